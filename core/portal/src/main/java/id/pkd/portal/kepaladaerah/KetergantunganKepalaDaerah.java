package id.pkd.portal.kepaladaerah;

import java.util.ArrayList;
import java.util.List;

/**
 * What hangs on a term before it goes. Every entry refuses the removal: a document naming its signer (issued or
 * waiting for the signature) and a PK naming it as pihak kedua are recorded evidence pointing at its pejabat row,
 * other rows point at that pejabat row too (a stored signing key, an acting post, a superior), and a year of the term
 * under review or locked keeps the signer its accounting was approved with.
 */
public record KetergantunganKepalaDaerah(
        KepalaDaerah kepala,
        List<String> dokumen,
        List<String> perjanjianKinerja,
        List<String> rujukanLain,
        List<String> tahunTerkunci) {

    public KetergantunganKepalaDaerah {
        dokumen = List.copyOf(dokumen);
        perjanjianKinerja = List.copyOf(perjanjianKinerja);
        rujukanLain = List.copyOf(rujukanLain);
        tahunTerkunci = List.copyOf(tahunTerkunci);
    }

    public boolean bolehDihapus() {
        return dokumen.isEmpty() && perjanjianKinerja.isEmpty() && rujukanLain.isEmpty() && tahunTerkunci.isEmpty();
    }

    /** The lines the confirmation dialog lists, in Bahasa Indonesia. */
    public List<String> uraian() {
        List<String> hasil = new ArrayList<>();
        dokumen.forEach(d -> hasil.add("Dokumen " + d + " mencantumkannya sebagai penanda tangan."));
        perjanjianKinerja.forEach(p -> hasil.add("Perjanjian Kinerja " + p + " mencantumkannya sebagai pihak."));
        hasil.addAll(rujukanLain);
        hasil.addAll(tahunTerkunci);
        if (hasil.isEmpty()) {
            hasil.add("Tidak ada dokumen, Perjanjian Kinerja atau tahun terkunci yang bergantung padanya.");
        }
        return hasil;
    }

    /** Why the removal is refused; empty when it may go. */
    public String alasanDitolak() {
        if (bolehDihapus()) {
            return "";
        }
        String siapa = kepala.jabatanTercetak() + " " + kepala.nama();
        if (!dokumen.isEmpty() || !perjanjianKinerja.isEmpty() || !rujukanLain.isEmpty()) {
            return siapa + " tidak dapat dihapus karena sudah dirujuk dokumen, tanda tangan, Perjanjian Kinerja atau"
                    + " data pejabat lain. Dokumen yang sudah ditandatangani atau diterbitkan tetap menyebut penanda"
                    + " tangannya; rujukan lain ganti terlebih dahulu.";
        }
        return siapa + " tidak dapat dihapus karena tahun masa jabatannya sedang diproses atau sudah ditetapkan: "
                + String.join(" ", tahunTerkunci);
    }
}
