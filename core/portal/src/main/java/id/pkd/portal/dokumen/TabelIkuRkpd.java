package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.reports.document.Blok;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The RKPD chapter's tables of the urusan's key indicators (IKU): their history and the year's capaian. */
final class TabelIkuRkpd {

    private TabelIkuRkpd() {}

    /**
     * The key indicators of the urusan over every year from the first with a published realisasi to the chapter's
     * year: a year in between without one prints "-", it is not left out.
     */
    static List<Blok> riwayat(
            PengukuranKinerja m,
            List<BarisCapaian> iku,
            int tahun,
            String namaUrusan,
            BlokRkpd nomor,
            List<Map<String, Object>> data) {
        RencanaTahunan r = m.rencana();
        int awal = PembuatRkpd.tahunTercatat(r, iku, tahun).get(0);
        List<Blok.Kolom> kolom = new ArrayList<>();
        kolom.add(Blok.Kolom.teks("No", 1));
        kolom.add(Blok.Kolom.teks("Indikator", 8));
        for (int t = awal; t <= tahun; t++) {
            kolom.add(Blok.Kolom.angka(String.valueOf(t), 2));
        }
        List<Blok.Baris> riwayat = new ArrayList<>();
        int no = 0;
        for (BarisCapaian i : iku) {
            List<String> sel = new ArrayList<>();
            sel.add(String.valueOf(++no));
            sel.add(i.indikator().nama());
            Map<String, Object> nilai = new LinkedHashMap<>();
            for (int t = awal; t <= tahun; t++) {
                Optional<BigDecimal> v = t == tahun
                        ? i.realisasi()
                        : r.realisasi(i.indikator().id(), t, RealisasiIndikator.TAHUNAN)
                                .flatMap(c -> c.nilaiTerbit(m.aturan().pembulatan()));
                sel.add(nilaiSatuan(v, i.indikator().satuan()));
                nilai.put(String.valueOf(t), v.orElse(null));
            }
            riwayat.add(new Blok.Baris(sel, Blok.GayaBaris.BIASA));
            data.add(peta("indikator", i.indikator().nama(), "realisasi", nilai));
        }
        String rentang = awal == tahun ? String.valueOf(tahun) : awal + " – " + tahun;
        return nomor.tabel(
                "Capaian Indikator Kinerja Utama Urusan " + namaUrusan + " Tahun " + rentang, kolom, riwayat);
    }

    static List<Blok> capaian(List<BarisCapaian> iku, int tahun, String namaUrusan, BlokRkpd nomor) {
        List<Blok.Baris> capaian = new ArrayList<>();
        for (BarisCapaian i : iku) {
            capaian.add(Blok.Baris.biasa(
                    i.indikator().nama(),
                    nilaiSatuan(i.target(), i.indikator().satuan()),
                    nilaiSatuan(i.realisasi(), i.indikator().satuan()),
                    persen(i.capaianTerbulat()),
                    i.kategori().map(Kategori::label).orElse("-")));
        }
        return nomor.tabel(
                "Capaian Kinerja Urusan " + namaUrusan + " Tahun " + tahun,
                List.of(
                        Blok.Kolom.teks("Indikator", 8),
                        Blok.Kolom.angka("Target", 2),
                        Blok.Kolom.angka("Realisasi", 2),
                        Blok.Kolom.angka("Capaian (%)", 2),
                        Blok.Kolom.teks("Kategori", 3)),
                capaian);
    }
}
