package id.pkd.portal.pertukaran;

import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the checks of one file found: the errors that refuse it and the warnings a user should see. */
final class Temuan {

    final long tenant;
    final List<Kesalahan> kesalahan = new ArrayList<>();
    final List<Kesalahan> peringatan = new ArrayList<>();
    final Set<String> nipDalamBerkas = new HashSet<>();
    int tahunAwal;
    int tahunAkhir;
    int tahun;

    Temuan(long tenant) {
        this.tenant = tenant;
    }

    void salah(String path, String pesan) {
        kesalahan.add(new Kesalahan(path, pesan));
    }

    void peringatan(String path, String pesan) {
        peringatan.add(new Kesalahan(path, pesan));
    }

    void wajib(String path, String teks, String nama) {
        if (kosong(teks)) {
            salah(path, nama + " wajib diisi.");
        }
    }

    static boolean kosong(String teks) {
        return teks == null || teks.isBlank();
    }

    static <T> List<T> daftar(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** NIPs are written with or without the spaces of the printed form. */
    static String nip(String teks) {
        return teks == null ? null : teks.replace(" ", "");
    }

    static Integer tahunDari(String teks) {
        try {
            return Integer.valueOf(teks);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumDari(Class<E> jenis, String nama) {
        if (nama == null) {
            return null;
        }
        try {
            return Enum.valueOf(jenis, nama);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
