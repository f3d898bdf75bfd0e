package id.pkd.portal.rpjmd;

/** What the editor sends for a sasaran: {@code id} null adds one; another {@code tujuanId} moves it there. */
public record IsianSasaranRpjmd(Long id, Long tujuanId, String kode, String uraian) {}
