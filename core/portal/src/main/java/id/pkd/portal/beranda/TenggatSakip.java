package id.pkd.portal.beranda;

import java.time.LocalDate;

/** One deadline of the SAKIP year: what is due, for which year, on which day, and how far away that is. */
public record TenggatSakip(String kode, String uraian, LocalDate tanggal, long sisaHari, String tautan) {

    /** "12 hari lagi", "hari ini", "lewat 3 hari". */
    public String keterangan() {
        if (sisaHari == 0) {
            return "hari ini";
        }
        return sisaHari > 0 ? sisaHari + " hari lagi" : "lewat " + (-sisaHari) + " hari";
    }

    public boolean lewat() {
        return sisaHari < 0;
    }
}
