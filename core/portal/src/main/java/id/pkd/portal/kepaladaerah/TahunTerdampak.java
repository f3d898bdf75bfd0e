package id.pkd.portal.kepaladaerah;

import java.time.LocalDate;
import java.util.TreeSet;

/** Which years' accounting a change of a Kepala Daerah term touches, for the lock guard. */
final class TahunTerdampak {

    private TahunTerdampak() {}

    /**
     * The years whose documents the change could alter: every year of the old and the new term when the signer
     * (name, office, status) changes; only the years a moved start or end passes over when just the dates move.
     */
    static TreeSet<Integer> dari(KepalaDaerah lama, IsianKepalaDaerah baru) {
        TreeSet<Integer> tahun = new TreeSet<>();
        if (lama == null
                || lama.status() != baru.status()
                || !lama.jabatan().equals(baru.jabatan().strip())
                || !lama.nama().equals(baru.nama().strip())) {
            tambah(tahun, baru.mulai(), baru.selesai());
            if (lama != null) {
                tambah(tahun, lama.mulai(), lama.selesai());
            }
            return tahun;
        }
        if (!lama.mulai().equals(baru.mulai())) {
            tambah(tahun, min(lama.mulai(), baru.mulai()), max(lama.mulai(), baru.mulai()));
        }
        if (!lama.selesai().equals(baru.selesai())) {
            tambah(tahun, min(lama.selesai(), baru.selesai()), max(lama.selesai(), baru.selesai()));
        }
        return tahun;
    }

    /** A removed term: every year of it, since each of its documents loses the signer. */
    static TreeSet<Integer> dariHapus(KepalaDaerah lama) {
        TreeSet<Integer> tahun = new TreeSet<>();
        tambah(tahun, lama.mulai(), lama.selesai());
        return tahun;
    }

    private static void tambah(TreeSet<Integer> tahun, LocalDate dari, LocalDate sampai) {
        for (int th = dari.getYear(); th <= sampai.getYear(); th++) {
            tahun.add(th);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
