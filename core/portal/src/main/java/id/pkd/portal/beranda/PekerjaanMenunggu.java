package id.pkd.portal.beranda;

/** Work waiting for the signed-in user: how many, what, and the page where it is done. */
public record PekerjaanMenunggu(String kode, String uraian, long jumlah, String tautan) {}
