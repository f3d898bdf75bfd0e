package id.pkd.portal.organisasi;

import java.util.List;

/** An agency as typed on the agencies screen: no id for a new one; the urusan codes it holds (e.g. 1.06). */
public record IsianPerangkatDaerah(Long id, String kode, String nama, String singkatan, List<String> urusan) {}
