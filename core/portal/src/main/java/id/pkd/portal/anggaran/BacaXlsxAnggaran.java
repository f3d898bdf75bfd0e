package id.pkd.portal.anggaran;

import id.pkd.portal.plugin.LembarXlsx;
import id.pkd.portal.umum.ValidasiGagalException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a budget spreadsheet into rows of text by column, checking only the file's shape: an XLSX (judged by
 * content), a header row with the required columns, each column once, at most {@link #BARIS_MAKSIMAL} rows.
 */
@Component
class BacaXlsxAnggaran {

    /** A regency agency has a few hundred rows at most; a larger file is a mistake (a whole-region export). */
    static final int BARIS_MAKSIMAL = 3_000;

    List<BarisBerkas> baca(byte[] isi) {
        LembarXlsx lembar = LembarXlsx.baca(isi);
        Map<KolomAnggaran, Integer> kolom = new EnumMap<>(KolomAnggaran.class);
        List<ValidasiGagalException.Kesalahan> salah = new ArrayList<>();
        String letakJudul = "Baris " + lembar.nomorJudul();
        for (int k = 0; k < lembar.judul().size(); k++) {
            KolomAnggaran ka = KolomAnggaran.dari(lembar.judul().get(k));
            if (ka != null && kolom.putIfAbsent(ka, k) != null) {
                salah.add(new ValidasiGagalException.Kesalahan(letakJudul, "Kolom " + ka.judul() + " ada dua kali."));
            }
        }
        for (KolomAnggaran ka : KolomAnggaran.values()) {
            if (ka.wajib() && !kolom.containsKey(ka)) {
                salah.add(new ValidasiGagalException.Kesalahan(
                        letakJudul, "Kolom " + ka.judul() + " tidak ditemukan di baris judul."));
            }
        }
        if (!salah.isEmpty()) {
            throw new ValidasiGagalException(salah);
        }
        if (lembar.baris().size() > BARIS_MAKSIMAL) {
            throw LembarXlsx.gagal("Berkas berisi lebih dari " + BARIS_MAKSIMAL + " baris data.");
        }
        List<BarisBerkas> hasil = new ArrayList<>();
        for (LembarXlsx.Baris b : lembar.baris()) {
            Map<KolomAnggaran, String> sel = new EnumMap<>(KolomAnggaran.class);
            kolom.forEach((ka, k) -> {
                String t = b.sel(k);
                if (t != null) {
                    sel.put(ka, t);
                }
            });
            hasil.add(new BarisBerkas(b.nomor(), sel));
        }
        return hasil;
    }
}
