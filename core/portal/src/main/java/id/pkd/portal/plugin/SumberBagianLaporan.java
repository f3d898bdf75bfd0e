package id.pkd.portal.plugin;

import java.util.List;

/**
 * The sections the current tenant's enabled urusan plugins contribute to a document; none when
 * no enabled plugin contributes to that place.
 */
public interface SumberBagianLaporan {

    List<BagianLaporanUrusan> bagian(BagianLaporanUrusan.Tempat tempat, long perangkatDaerahId, int tahun);
}
