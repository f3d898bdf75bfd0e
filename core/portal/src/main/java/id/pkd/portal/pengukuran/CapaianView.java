package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.tampilan.FormatKinerja;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The year's capaian of an agency: the average over its IKU, each sasaran with its indicators,
 * filters by urusan, sasaran and bidang, and an indicator's realisasi over the RPJMD period.
 */
@Route("capaian")
@PageTitle("Capaian Kinerja | Portal Kinerja Daerah")
@Menu(title = "Capaian Kinerja", order = 50)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class CapaianView extends VerticalLayout {

    /** A row of the tree: a sasaran (or the group of PK indicators) or one indicator. */
    private record Simpul(String kode, String uraian, RingkasanSasaran sasaran, BarisCapaian indikator) {

        static Simpul dari(BarisCapaian b) {
            return new Simpul(b.indikator().kode(), b.indikator().nama(), null, b);
        }

        <T> Optional<T> ambil(Function<BarisCapaian, Optional<T>> dariIndikator) {
            return indikator == null ? Optional.empty() : dariIndikator.apply(indikator);
        }

        /**
         * A node is a place in this page's tree, built anew with every measurement: the tree grid keys its hierarchy
         * and its cache by the node, and a record's own hash walked the whole row (indicator, target, realisasi,
         * capaian) on each of those lookups, 1.6 % of the portal's CPU under load (issue 16's profile).
         */
        @Override
        public boolean equals(Object lain) {
            return this == lain;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final PengukuranKinerjaService pengukuran;
    private final Map<String, String> namaUrusan = new LinkedHashMap<>();
    private final PilihanPengukuran pilihan;
    private final Select<String> urusan = saringan("Urusan", "saring-urusan", "Semua urusan");
    private final Select<String> sasaran = saringan("Sasaran", "saring-sasaran", "Semua sasaran");
    private final Select<String> bidang = saringan("Bidang", "saring-bidang", "Semua bidang");
    private final HorizontalLayout ringkasan = new HorizontalLayout();
    private final Div legenda = new Div();
    private final TreeGrid<Simpul> tabel = new TreeGrid<>();
    private final Div rincian = new Div();
    private PengukuranKinerja hasil;

    CapaianView(
            PengukuranKinerjaService pengukuran,
            PerencanaanService perencanaan,
            PluginDaerahService plugin,
            PilihanTahunService pilihanTahun) {
        this.pengukuran = pengukuran;
        plugin.indikatorAktif()
                .forEach(i ->
                        namaUrusan.putIfAbsent(i.urusan().kode(), i.urusan().nama()));
        pilihan = new PilihanPengukuran(perencanaan, pilihanTahun, this::ukur);
        urusan.setItemLabelGenerator(k -> k == null ? "" : k + " " + namaUrusan.getOrDefault(k, ""));
        sasaran.setItemLabelGenerator(k -> k == null || hasil == null
                ? Objects.toString(k, "")
                : hasil.sasaran().stream()
                        .filter(s -> s.kode().equals(k))
                        .map(s -> s.kode() + " " + s.uraian())
                        .findFirst()
                        .orElse(k));
        sasaran.setWidth("24em");
        urusan.setWidth("20em");
        bidang.setWidth("18em");
        List.of(urusan, sasaran, bidang).forEach(s -> s.addValueChangeListener(e -> tampilkanTabel()));
        rincian.setId("rincian-capaian");
        rincian.setWidthFull();
        siapkanTabel();

        HorizontalLayout penyaring = new HorizontalLayout(urusan, sasaran, bidang);
        penyaring.getStyle().set("flex-wrap", "wrap");
        add(new H2("Capaian Kinerja"), pilihan, ringkasan, legenda, penyaring, tabel, rincian);
        ukur();
    }

    private static Select<String> saringan(String label, String id, String semua) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(semua);
        s.setItemLabelGenerator(k -> Objects.toString(k, ""));
        return s;
    }

    private void siapkanTabel() {
        tabel.addHierarchyColumn(Simpul::kode).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(Simpul::uraian)
                .setHeader("Sasaran / indikator")
                .setFlexGrow(1)
                .setWidth("18em");
        tabel.addColumn(s -> s.indikator() == null
                        ? ""
                        : Objects.toString(s.indikator().indikator().satuan(), ""))
                .setHeader("Satuan")
                .setAutoWidth(true);
        kolomAngka("Target", s -> FormatKinerja.angka(s.ambil(BarisCapaian::target)));
        kolomAngka(
                "Realisasi",
                s -> s.indikator() != null && s.indikator().tidakDapatDihitung() != null
                        ? s.indikator().tidakDapatDihitung()
                        : FormatKinerja.angka(s.ambil(BarisCapaian::realisasi)));
        kolomAngka(
                "Capaian (%)",
                s -> FormatKinerja.persen(
                        s.sasaran() != null ? s.sasaran().rataRataTerbulat() : s.ambil(BarisCapaian::capaianTerbulat)));
        tabel.addColumn(FormatKinerja.<Simpul>lencanaTabel(
                        s -> s.sasaran() != null ? s.sasaran().kategori() : s.ambil(BarisCapaian::kategori)))
                .setHeader("Kategori")
                .setAutoWidth(true);
        kolomAngka(
                "Capaian thd. kondisi akhir (%)",
                s -> FormatKinerja.persen(s.ambil(BarisCapaian::capaianKondisiAkhirTerbulat)));
        kolomAngka("Realisasi tahun lalu", s -> FormatKinerja.angka(s.ambil(BarisCapaian::realisasiTahunLalu)));
        kolomAngka("Perubahan", s -> FormatKinerja.selisih(s.ambil(BarisCapaian::perubahanTahunLalu)));
        tabel.setAllRowsVisible(true);
        tabel.addClassName("tabel-capaian");
        tabel.asSingleSelect().addValueChangeListener(e -> tampilkanRincian(e.getValue()));
    }

    private void kolomAngka(String judul, ValueProvider<Simpul, String> nilai) {
        tabel.addColumn(nilai)
                .setHeader(judul)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void ukur() {
        ringkasan.removeAll();
        legenda.removeAll();
        rincian.removeAll();
        hasil = pilihan.pilihan()
                .map(p -> pengukuran.ukur(p.perangkatDaerahId(), p.tahun()))
                .map(CapaianView::yangDitampilkan)
                .orElse(null);
        if (hasil == null) {
            ringkasan.add(new BelumAdaRencana("capaian kinerja"));
            // a TreeGrid takes only a hierarchical provider, an empty one too
            tabel.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
            return;
        }
        ringkasan.add(
                Tampilan.kartu(
                        "rata-rata-iku",
                        "Rata-rata capaian IKU",
                        Tampilan.besar(FormatKinerja.persen(hasil.rataRataIkuTerbulat())),
                        FormatKinerja.lencana(hasil.kategoriIku())),
                Tampilan.kartu(
                        "jumlah-iku",
                        "Indikator kinerja utama",
                        Tampilan.besar(String.valueOf(hasil.iku().size())),
                        new Span(sebaranKategori())));
        legenda.add(
                new Span("Kategori capaian:"),
                FormatKinerja.legenda(hasil.aturan().ambang()));
        isiSaringan(urusan, hasil.sasaran().stream().map(RingkasanSasaran::urusan));
        isiSaringan(sasaran, hasil.sasaran().stream().map(RingkasanSasaran::kode));
        isiSaringan(bidang, hasil.semuaIndikator().stream().map(BarisCapaian::bidang));
        tampilkanTabel();
    }

    /**
     * What the page keeps of a measurement while it is open: the rows, the summary and, for an indicator's history,
     * the plan's targets and realisasi. The budget lines, programs, officials and the rest of the plan are never
     * shown here, and held by every open page they were a third of its live heap (issue 16: ≤ 250 kB per UI).
     */
    private static PengukuranKinerja yangDitampilkan(PengukuranKinerja h) {
        RencanaTahunan r = h.rencana();
        RencanaTahunan riwayat = new RencanaTahunan(
                r.perangkatDaerah(),
                r.periode(),
                r.tahun(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                r.target(),
                List.of(),
                List.of(),
                r.pkIndikator(),
                List.of(),
                List.of(),
                r.realisasi().stream()
                        .filter(x -> x.triwulan() == RealisasiIndikator.TAHUNAN)
                        .toList());
        return new PengukuranKinerja(
                riwayat,
                h.aturan(),
                h.sasaran(),
                h.indikatorPerjanjian(),
                h.rataRataIku(),
                h.rataRataIkuTerbulat(),
                h.kategoriIku(),
                List.of(),
                Map.of(),
                h.totalAnggaran(),
                h.totalRealisasiAnggaran(),
                h.penyerapanTotal());
    }

    private String sebaranKategori() {
        Map<Kategori, Long> jumlah = new LinkedHashMap<>();
        hasil.iku().forEach(b -> b.kategori().ifPresent(k -> jumlah.merge(k, 1L, Long::sum)));
        List<String> bagian = new ArrayList<>();
        jumlah.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> bagian.add(e.getValue() + " " + e.getKey().label()));
        return String.join(", ", bagian);
    }

    /** New items for a filter; the chosen value stays when the new year still has it. */
    private static void isiSaringan(Select<String> saringan, java.util.stream.Stream<String> nilai) {
        String dipilih = saringan.getValue();
        List<String> pilihan =
                nilai.filter(Objects::nonNull).distinct().sorted().toList();
        saringan.setItems(pilihan);
        saringan.setValue(pilihan.contains(dipilih) ? dipilih : null);
    }

    private void tampilkanTabel() {
        if (hasil == null) {
            return;
        }
        Predicate<BarisCapaian> cocok =
                b -> (urusan.getValue() == null || urusan.getValue().equals(b.urusan()))
                        && (sasaran.getValue() == null || sasaran.getValue().equals(b.sasaranKode()))
                        && (bidang.getValue() == null || bidang.getValue().equals(b.bidang()));
        TreeData<Simpul> data = new TreeData<>();
        for (RingkasanSasaran s : hasil.sasaran()) {
            tambahCabang(data, new Simpul(s.kode(), s.uraian(), s, null), s.indikator(), cocok);
        }
        tambahCabang(
                data,
                new Simpul("PK", "Indikator Perjanjian Kinerja (di bawah kepala dinas)", null, null),
                hasil.indikatorPerjanjian(),
                cocok);
        tabel.setDataProvider(new TreeDataProvider<>(data));
        tabel.expand(data.getRootItems());
    }

    private static void tambahCabang(
            TreeData<Simpul> data, Simpul induk, List<BarisCapaian> indikator, Predicate<BarisCapaian> cocok) {
        List<Simpul> anak = indikator.stream().filter(cocok).map(Simpul::dari).toList();
        if (!anak.isEmpty()) {
            data.addItem(null, induk);
            data.addItems(induk, anak);
        }
    }

    private void tampilkanRincian(Simpul dipilih) {
        rincian.removeAll();
        if (dipilih == null) {
            return;
        }
        if (dipilih.indikator() != null) {
            rincian.add(riwayat(dipilih.indikator()));
            return;
        }
        rincian.add(new H3(dipilih.kode() + " " + dipilih.uraian()));
        if (dipilih.sasaran() != null) {
            rincian.add(new Paragraph("Rata-rata capaian: "
                    + FormatKinerja.persen(dipilih.sasaran().rataRataTerbulat()) + " ("
                    + dipilih.sasaran().kategori().map(Kategori::label).orElse(FormatKinerja.KOSONG) + ")"));
        }
        Grid<Simpul> daftar = new Grid<>();
        daftar.addColumn(Simpul::kode).setHeader("Kode").setAutoWidth(true);
        daftar.addColumn(Simpul::uraian).setHeader("Indikator").setFlexGrow(1);
        daftar.addColumn(s -> FormatKinerja.persen(s.ambil(BarisCapaian::capaianTerbulat)))
                .setHeader("Capaian (%)")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        daftar.addColumn(FormatKinerja.<Simpul>lencanaTabel(s -> s.ambil(BarisCapaian::kategori)))
                .setHeader("Kategori")
                .setAutoWidth(true);
        daftar.setItems(tabel.getTreeData().getChildren(dipilih));
        daftar.setAllRowsVisible(true);
        daftar.setClassName("daftar-indikator-sasaran");
        rincian.add(daftar);
    }

    /** Target and realisasi of each year of the period, with capaian as a bar. */
    private Component riwayat(BarisCapaian b) {
        record Tahun(
                int tahun, Optional<BigDecimal> target, Optional<BigDecimal> realisasi, Optional<Capaian> capaian) {}
        RencanaTahunan r = hasil.rencana();
        AturanCapaian aturan = hasil.aturan();
        Indikator i = b.indikator();
        List<Tahun> baris = IntStream.rangeClosed(
                        r.periode().tahunAwal(), r.periode().tahunAkhir())
                .mapToObj(t -> {
                    Optional<BigDecimal> target = t == r.tahun() ? r.targetTahunIni(i.id()) : r.target(i.id(), t);
                    Optional<BigDecimal> realisasi =
                            r.realisasi(i.id(), t, 0).flatMap(x -> x.nilaiTerbit(aturan.pembulatan()));
                    Optional<Capaian> capaian = target.flatMap(
                            tg -> realisasi.flatMap(re -> Capaian.hitung(i.polaritas(), i.varianRendah(), tg, re)));
                    return new Tahun(t, target, realisasi, capaian);
                })
                .toList();
        Grid<Tahun> tabelRiwayat = new Grid<>();
        tabelRiwayat.addColumn(Tahun::tahun).setHeader("Tahun").setAutoWidth(true);
        tabelRiwayat
                .addColumn(t -> FormatKinerja.angka(t.target()))
                .setHeader("Target")
                .setTextAlign(ColumnTextAlign.END);
        tabelRiwayat
                .addColumn(t -> FormatKinerja.angka(t.realisasi()))
                .setHeader("Realisasi")
                .setTextAlign(ColumnTextAlign.END);
        tabelRiwayat
                .addColumn(t -> FormatKinerja.persen(t.capaian().map(c -> c.terbulat(aturan.pembulatan()))))
                .setHeader("Capaian (%)")
                .setTextAlign(ColumnTextAlign.END);
        tabelRiwayat
                .addComponentColumn(t -> batang(t.capaian(), aturan))
                .setHeader("")
                .setFlexGrow(1);
        tabelRiwayat.setItems(baris);
        tabelRiwayat.setAllRowsVisible(true);
        tabelRiwayat.setClassName("riwayat-indikator");
        Div kotak = new Div(
                new H3(i.kode() + " " + i.nama()),
                new Paragraph("Realisasi periode RPJMD " + r.periode().label() + " (satuan: "
                        + Objects.toString(i.satuan(), FormatKinerja.KOSONG) + ")"),
                tabelRiwayat);
        kotak.setWidthFull();
        return kotak;
    }

    /** A bar as long as the capaian (up to 150 %), in its kategori's colour. */
    private static Component batang(Optional<Capaian> capaian, AturanCapaian aturan) {
        Div latar = new Div();
        latar.getStyle()
                .set("width", "12em")
                .set("height", "0.8em")
                .set("background", "var(--lumo-contrast-10pct)")
                .set("border-radius", "0.4em");
        capaian.ifPresent(c -> {
            double persen =
                    Math.max(0, Math.min(150, c.terbulat(aturan.pembulatan()).doubleValue()));
            Div isi = new Div();
            isi.getStyle()
                    .set("width", (persen / 1.5) + "%")
                    .set("height", "100%")
                    .set("background", aturan.kategori(c).warna())
                    .set("border-radius", "0.4em");
            latar.add(isi);
        });
        return latar;
    }
}
