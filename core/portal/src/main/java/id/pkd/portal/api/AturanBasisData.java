package id.pkd.portal.api;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * What a database rule that refused a write means for the caller, in Bahasa Indonesia: the named
 * CHECK constraints of the plan tables by their field, and the generic cases (too long, out of
 * range, duplicate) by their SQL state. A constraint not listed still gets a truthful message.
 */
final class AturanBasisData {

    record Terjemahan(String path, String pesan) {}

    private static final Map<String, Terjemahan> ATURAN = Map.of(
            "ck_realisasi_sumber",
                    new Terjemahan(
                            "nilai",
                            "Realisasi berupa nilai, atau pembilang (≥ 0), penyebut (> 0) dan skala (> 0) — tidak"
                                    + " keduanya."),
            "ck_realisasi_triwulan", new Terjemahan("triwulan", "Triwulan 1 sampai 4, atau kosong untuk setahun."),
            "ck_program_kegiatan_rupiah",
                    new Terjemahan(
                            "anggaran",
                            "Anggaran dan realisasi sub kegiatan wajib diisi dan tidak boleh negatif; program dan"
                                    + " kegiatan tidak memiliki anggaran sendiri."),
            "ck_pejabat_nip", new Terjemahan("nip", "NIP terdiri dari 18 angka."),
            "ck_pejabat_eselon", new Terjemahan("eselon", "Eselon II.a, II.b, III.a, III.b, IV.a, IV.b atau JF."),
            "ck_pk_pihak_kedua", new Terjemahan("pihakKedua", "Pihak kedua: NIP pejabat, atau nama dan jabatan."),
            "ck_indikator_varian",
                    new Terjemahan(
                            "varianRendah",
                            "Varian rumus A atau B hanya untuk indikator semakin rendah semakin baik."));

    private AturanBasisData() {}

    static Terjemahan terjemahkan(Throwable e) {
        String pesan = "";
        String sqlState = "";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                pesan = pesan + " " + t.getMessage();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        String kecil = pesan.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Terjemahan> a : ATURAN.entrySet()) {
            if (kecil.contains(a.getKey())) {
                return a.getValue();
            }
        }
        if (sqlState.equals("22001") || kecil.contains("data too long")) {
            return new Terjemahan("", "Sebuah teks lebih panjang dari yang dapat disimpan.");
        }
        if (sqlState.equals("22003") || kecil.contains("out of range")) {
            return new Terjemahan("", "Sebuah angka melebihi batas yang dapat disimpan.");
        }
        if (sqlState.equals("23000") && kecil.contains("duplicate")) {
            return new Terjemahan("", "Data yang sama sudah tercatat.");
        }
        return new Terjemahan("", "Data melanggar aturan penyimpanan; tidak ada yang disimpan.");
    }
}
