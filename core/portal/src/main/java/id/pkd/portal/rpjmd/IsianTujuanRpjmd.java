package id.pkd.portal.rpjmd;

/** What the editor sends for a tujuan: {@code id} null adds one to the period; {@code misiKe} counts from 1. */
public record IsianTujuanRpjmd(Long id, long periodeId, Integer misiKe, String kode, String uraian) {}
