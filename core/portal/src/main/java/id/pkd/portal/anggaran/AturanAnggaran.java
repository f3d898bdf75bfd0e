package id.pkd.portal.anggaran;

import id.pkd.portal.umum.BatasKolom;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bounds of a sub kegiatan's figures and indicators, as the editor and the XLSX import check them. */
final class AturanAnggaran {

    /** indikator_program.nama and .satuan. */
    static final int PANJANG_NAMA_INDIKATOR = 600;

    static final int PANJANG_SATUAN = 40;

    private AturanAnggaran() {}

    /**
     * The message for a rupiah amount that does not fit DECIMAL(19,2) or is negative; null when it fits. Judged from
     * precision and scale, so an absurd exponent is never written out.
     */
    static String salahRupiah(BigDecimal nilai) {
        if (nilai.signum() < 0) {
            return "Tidak boleh negatif.";
        }
        if ((long) nilai.precision() - nilai.scale() > BatasKolom.BULAT_RUPIAH) {
            return "Terlalu besar: paling banyak " + BatasKolom.BULAT_RUPIAH + " angka di depan koma.";
        }
        if (nilai.scale() > 0 && nilai.stripTrailingZeros().scale() > BatasKolom.DESIMAL_RUPIAH) {
            return "Paling banyak 2 angka desimal (sen).";
        }
        return null;
    }

    static String salahTarget(BigDecimal nilai) {
        if ((long) nilai.precision() - nilai.scale() > BatasKolom.BULAT_ANGKA) {
            return "Terlalu besar: paling banyak " + BatasKolom.BULAT_ANGKA + " angka di depan koma.";
        }
        if (nilai.scale() > 0 && nilai.stripTrailingZeros().scale() > BatasKolom.DESIMAL_ANGKA) {
            return "Paling banyak " + BatasKolom.DESIMAL_ANGKA + " angka desimal.";
        }
        return null;
    }

    /**
     * Checks every field of a sub kegiatan at once (fields {@code anggaran}, {@code sumberDana},
     * {@code triwulan1}–{@code triwulan4}, {@code indikator.N.nama|satuan|target}) and gives the cleaned input.
     */
    static IsianSubKegiatan periksa(IsianSubKegiatan isian) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        if (isian.anggaran() == null) {
            salah.tambah("anggaran", "Pagu anggaran wajib diisi.");
        } else if (salahRupiah(isian.anggaran()) != null) {
            salah.tambah("anggaran", salahRupiah(isian.anggaran()));
        }
        if (isian.sumberDana() == null) {
            salah.tambah("sumberDana", "Pilih sumber dana.");
        }
        Map<Integer, BigDecimal> tw = new TreeMap<>();
        isian.triwulan().forEach((k, v) -> {
            if (k < 1 || k > 4) {
                salah.tambah("triwulan", "Triwulan hanya I sampai IV.");
            } else if (v != null) {
                String s = salahRupiah(v);
                if (s != null) {
                    salah.tambah("triwulan" + k, s);
                }
                tw.put(k, v);
            }
        });
        List<BarisProgram.IndikatorAnggaran> indikator = new ArrayList<>();
        for (int i = 0; i < isian.indikator().size(); i++) {
            BarisProgram.IndikatorAnggaran ind = isian.indikator().get(i);
            String nama = salah.teksWajib(
                    ind.nama(), "indikator." + i + ".nama", "Nama indikator wajib diisi.", PANJANG_NAMA_INDIKATOR);
            String satuan =
                    salah.teksWajib(ind.satuan(), "indikator." + i + ".satuan", "Satuan wajib diisi.", PANJANG_SATUAN);
            if (ind.target() != null && salahTarget(ind.target()) != null) {
                salah.tambah("indikator." + i + ".target", salahTarget(ind.target()));
            }
            indikator.add(new BarisProgram.IndikatorAnggaran(ind.id(), nama, satuan, ind.target()));
        }
        salah.lemparJikaAda();
        return new IsianSubKegiatan(isian.id(), isian.anggaran(), isian.sumberDana(), tw, indikator);
    }

    /** The year's total of the quarters entered. */
    static BigDecimal jumlah(Map<Integer, BigDecimal> triwulan) {
        return triwulan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
