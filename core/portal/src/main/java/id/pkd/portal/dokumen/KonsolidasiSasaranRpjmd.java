package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.rpjmd.CapaianIkuDaerah;
import id.pkd.portal.rpjmd.SasaranRpjmd;
import id.pkd.portal.rpjmd.TautanSasaranRenstra;
import id.pkd.portal.rpjmd.TautanSasaranRpjmdService;
import id.pkd.reports.document.Blok;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The LKJIP's consolidation per sasaran RPJMD: each sasaran with its IKU Kepala Daerah (target, realisasi, capaian and
 * kategori as {@code CapaianIkuDaerahService} measured them) and the agencies whose Renstra sasaran support it, each
 * with the mean of those sasaran's capaian (the engine's unrounded means, averaged with {@link Capaian#rataRata} and
 * rounded once). A region without sasaran RPJMD gets nothing here, so its LKJIP keeps the layout it had.
 */
@Component
class KonsolidasiSasaranRpjmd {

    private final TautanSasaranRpjmdService tautan;

    KonsolidasiSasaranRpjmd(TautanSasaranRpjmdService tautan) {
        this.tautan = tautan;
    }

    /** The section's heading and table, or nothing when the year's period has no sasaran RPJMD. */
    List<Blok> blok(
            int tahun,
            CapaianIkuDaerah iku,
            List<PengukuranKinerja> semua,
            HurufBagian huruf,
            Map<String, Object> data) {
        if (iku.periode().isEmpty()) {
            return List.of();
        }
        long periode = iku.periode().get().id();
        List<SasaranRpjmd> sasaran = tautan.sasaranRpjmd(periode);
        if (sasaran.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> sasaranIku = tautan.sasaranIku(periode);
        List<TautanSasaranRenstra> renstra = tautan.sasaranRenstra(periode);
        List<Blok.Baris> baris = new ArrayList<>();
        List<Map<String, Object>> dataSasaran = new ArrayList<>();
        for (SasaranRpjmd s : sasaran) {
            baris.add(Blok.Baris.grup("Sasaran " + s.label()));
            List<CapaianIkuDaerah.Baris> ikuSasaran = iku.baris().stream()
                    .filter(x -> Objects.equals(sasaranIku.get(x.iku().id()), s.id()))
                    .toList();
            ikuSasaran.forEach(x -> baris.add(barisIku(x)));
            List<Map<String, Object>> dataPd = new ArrayList<>();
            for (PengukuranKinerja m : semua) {
                long pd = m.rencana().perangkatDaerah().id();
                List<String> kode = renstra.stream()
                        .filter(r -> r.perangkatDaerahId() == pd && Objects.equals(r.sasaranRpjmdId(), s.id()))
                        .map(TautanSasaranRenstra::kode)
                        .toList();
                if (kode.isEmpty()) {
                    continue;
                }
                List<Capaian> capaian = m.sasaran().stream()
                        .filter(x -> kode.contains(x.kode()))
                        .map(RingkasanSasaran::rataRata)
                        .flatMap(Optional::stream)
                        .toList();
                Optional<Capaian> rata = Capaian.rataRata(capaian);
                AturanCapaian aturan = m.aturan();
                Optional<BigDecimal> terbulat = rata.map(c -> c.terbulat(aturan.pembulatan()));
                String nama = m.rencana().perangkatDaerah().nama();
                baris.add(Blok.Baris.biasa(
                        "Perangkat daerah: " + nama + " (sasaran " + String.join(", ", kode) + ")",
                        "",
                        "",
                        persen(terbulat),
                        rata.map(aturan::kategori).map(Kategori::label).orElse("-")));
                dataPd.add(peta("perangkatDaerah", nama, "sasaran", kode, "rataRata", terbulat.orElse(null)));
            }
            if (ikuSasaran.isEmpty() && dataPd.isEmpty()) {
                baris.add(Blok.Baris.biasa(
                        "Belum ada IKU atau sasaran perangkat daerah yang ditautkan.", "", "", "", ""));
            }
            dataSasaran.add(peta(
                    "kode", s.kode(),
                    "uraian", s.uraian(),
                    "iku", ikuSasaran.stream().map(x -> x.iku().kode()).toList(),
                    "perangkatDaerah", dataPd));
        }
        List<CapaianIkuDaerah.Baris> lepas = iku.baris().stream()
                .filter(x -> !sasaranIku.containsKey(x.iku().id()))
                .toList();
        if (!lepas.isEmpty()) {
            baris.add(Blok.Baris.grup("IKU Kepala Daerah yang belum ditautkan ke sasaran RPJMD"));
            lepas.forEach(x -> baris.add(barisIku(x)));
        }
        data.put("sasaranRpjmd", dataSasaran);
        return List.of(
                new Blok.Judul(2, huruf.judul("Capaian per Sasaran RPJMD Tahun " + tahun), "bab-3-sasaran-rpjmd"),
                new Blok.Tabel(
                        "Tabel 3.4 Capaian per Sasaran RPJMD Tahun " + tahun,
                        List.of(
                                Blok.Kolom.teks("Sasaran RPJMD / Indikator / Perangkat Daerah", 8),
                                Blok.Kolom.angka("Target", 2),
                                Blok.Kolom.angka("Realisasi", 2),
                                Blok.Kolom.angka("Capaian (%)", 2),
                                Blok.Kolom.teks("Kategori", 3)),
                        baris));
    }

    private static Blok.Baris barisIku(CapaianIkuDaerah.Baris x) {
        String satuan = x.iku().satuan();
        return Blok.Baris.biasa(
                x.iku().kode() + " " + x.iku().nama(),
                nilaiSatuan(x.target(), satuan),
                nilaiSatuan(x.realisasi(), satuan),
                persen(x.capaianTerbulat()),
                x.kategori().map(Kategori::label).orElse("-"));
    }
}
