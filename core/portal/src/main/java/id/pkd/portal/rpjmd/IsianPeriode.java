package id.pkd.portal.rpjmd;

import java.util.List;

/** An RPJMD period as typed on the RPJMD screen: no id for a new one; the misi in their order. */
public record IsianPeriode(Long id, Integer tahunAwal, Integer tahunAkhir, String visi, List<String> misi) {}
