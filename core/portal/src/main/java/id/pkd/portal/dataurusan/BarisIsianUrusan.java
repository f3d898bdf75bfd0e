package id.pkd.portal.dataurusan;

import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.plugin.BarisUrusan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of a plugin form as the grid holds it: the text of each field as typed (in the form's field order; the key
 * for a choice field), and the problems the service found in it by field code ({@code ""} for the row as a whole).
 * A few strings: a form of 154 rows costs 154 of these, not 154 panels of fields.
 */
final class BarisIsianUrusan {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d/M/uuuu");

    final String rincian;
    final String namaRincian;
    final String[] nilai;
    int nomor;
    Map<String, String> masalah = Map.of();

    private BarisIsianUrusan(String rincian, String namaRincian, String[] nilai) {
        this.rincian = rincian;
        this.namaRincian = namaRincian;
        this.nilai = nilai;
    }

    /** A stored row (canonical values) as the user types it. */
    static BarisIsianUrusan dari(List<Isian> isian, BarisUrusan b) {
        String[] nilai = new String[isian.size()];
        for (int i = 0; i < isian.size(); i++) {
            nilai[i] = awal(isian.get(i), b.nilai().get(isian.get(i).kode()));
        }
        return new BarisIsianUrusan(b.rincian(), b.namaRincian(), nilai);
    }

    /** The row as typed, for the service to check and save. */
    BarisUrusan keBarisUrusan(List<Isian> isian) {
        Map<String, String> hasil = new LinkedHashMap<>();
        for (int i = 0; i < isian.size(); i++) {
            hasil.put(isian.get(i).kode(), nilai[i]);
        }
        return new BarisUrusan(rincian, namaRincian, hasil);
    }

    String judul() {
        return namaRincian != null ? namaRincian : "Baris " + (nomor + 1);
    }

    static boolean bernilaiPilihan(Isian i) {
        return switch (i.jenis()) {
            case PILIHAN, KELAS, YA_TIDAK, RUJUKAN -> true;
            default -> false;
        };
    }

    private static String awal(Isian i, String nilai) {
        if (bernilaiPilihan(i)) {
            return nilai;
        }
        if (nilai == null) {
            return "";
        }
        if (nilai.equals("tidak-diketahui")) {
            return "tidak diketahui";
        }
        if (i.jenis() == JenisIsian.TANGGAL) {
            return LocalDate.parse(nilai).format(TANGGAL);
        }
        if (i.bernilaiAngka()) {
            return AngkaIndonesia.formatRingkas(new BigDecimal(nilai));
        }
        return nilai;
    }
}
