package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tampilan.KetikanCepat;
import id.pkd.portal.umum.Formulir;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region's RPJMD: a period with its visi and numbered misi, and its IKU Kepala Daerah with a target per year. The
 * tenant admin edits; the other roles read. A new tenant starts here with an empty period form.
 */
@Route("rpjmd")
@PageTitle("RPJMD | Portal Kinerja Daerah")
@Menu(title = "RPJMD", order = 21)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class RpjmdView extends VerticalLayout implements BeforeEnterObserver {

    private final RpjmdService rpjmd;
    private final IkuDaerahService iku;
    private final RealisasiIkuDaerahService realisasiIku;
    private final PersetujuanService persetujuan;
    private final boolean bolehUbah;
    private final Select<PeriodeRpjmd> pilihPeriode = new Select<>();
    private final Paragraph kosong = new Paragraph(
            "Belum ada periode RPJMD: mulai dengan tahun, visi dan misi daerah di bawah, lalu IKU Kepala Daerah.");
    private final PeriodeEditor editorPeriode;
    private final VerticalLayout bagianIku = new VerticalLayout();
    private final SasaranRpjmdEditor sasaranRpjmd;

    RpjmdView(
            RpjmdService rpjmd,
            IkuDaerahService iku,
            RealisasiIkuDaerahService realisasiIku,
            PersetujuanService persetujuan,
            AuthenticationContext auth,
            SasaranRpjmdEditor sasaranRpjmd) {
        this.sasaranRpjmd = sasaranRpjmd;
        this.rpjmd = rpjmd;
        this.iku = iku;
        this.realisasiIku = realisasiIku;
        this.persetujuan = persetujuan;
        this.bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        editorPeriode = new PeriodeEditor(rpjmd, bolehUbah, p -> muat(p.id()));
        pilihPeriode.setLabel("Periode");
        pilihPeriode.setId("pilih-periode");
        pilihPeriode.setItemLabelGenerator(PeriodeRpjmd::label);
        pilihPeriode.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                tampilkan(e.getValue());
            }
        });
        Button baru = new Button("Periode baru", e -> {
            pilihPeriode.clear();
            editorPeriode.isi(null);
            bagianIku.setVisible(false);
        });
        baru.setId("periode-baru");
        baru.setVisible(bolehUbah);
        kosong.setId("belum-ada-rpjmd");
        HorizontalLayout atas = new HorizontalLayout(pilihPeriode, baru);
        atas.setAlignItems(Alignment.BASELINE);
        bagianIku.setPadding(false);
        add(new H2("RPJMD"), kosong, atas, editorPeriode, bagianIku);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        muat(null);
    }

    /** Reads the periods again and shows {@code idTerpilih}, else the latest period. */
    private void muat(Long idTerpilih) {
        List<PeriodeRpjmd> semua = rpjmd.daftarPeriode().stream()
                .sorted(Comparator.comparingInt(PeriodeRpjmd::tahunAwal).reversed())
                .toList();
        kosong.setVisible(semua.isEmpty());
        pilihPeriode.setItems(semua);
        pilihPeriode.setVisible(!semua.isEmpty());
        if (semua.isEmpty()) {
            editorPeriode.isi(null);
            editorPeriode.setVisible(bolehUbah);
            bagianIku.setVisible(false);
            return;
        }
        PeriodeRpjmd p = semua.stream()
                .filter(x -> x.id().equals(idTerpilih))
                .findFirst()
                .orElse(semua.get(0));
        pilihPeriode.setValue(p);
        tampilkan(p);
    }

    private void tampilkan(PeriodeRpjmd p) {
        editorPeriode.setVisible(true);
        editorPeriode.isi(p);
        bagianIku.removeAll();
        bagianIku.setVisible(true);
        Set<Integer> terkunci = persetujuan.semua().stream()
                .filter(s -> !s.status().bolehDiubah() && p.memuat(s.tahun()))
                .map(Persetujuan::tahun)
                .collect(Collectors.toSet());
        Grid<IkuDaerah> tabel = new Grid<>();
        IkuDaerahEditor[] wadah = new IkuDaerahEditor[1];
        RealisasiIkuEditor realisasi = new RealisasiIkuEditor(realisasiIku, p, terkunci, bolehUbah);
        realisasi.setVisible(false);
        sasaranRpjmd.tampilkan(p, terkunci, bolehUbah);
        IkuDaerahEditor editor = new IkuDaerahEditor(iku, sasaranRpjmd.tautan(), p, terkunci, bolehUbah, id -> {
            // after a removal nothing is selected, so the editor goes with it
            wadah[0].setVisible(id != null);
            realisasi.setVisible(id != null);
            isiIku(p, tabel, id);
        });
        wadah[0] = editor;
        editor.setVisible(false);
        tabel.setId("tabel-iku");
        tabel.addColumn(IkuDaerah::kode).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(IkuDaerah::nama).setHeader("Indikator").setFlexGrow(1);
        tabel.addColumn(IkuDaerah::satuan).setHeader("Satuan").setAutoWidth(true);
        for (int th = p.tahunAwal(); th <= p.tahunAkhir(); th++) {
            int tahun = th;
            tabel.addColumn(i -> IkuDaerahEditor.teks(i.target(tahun)))
                    .setHeader(Integer.toString(tahun))
                    .setAutoWidth(true);
        }
        if (bolehUbah) {
            tabel.addComponentColumn(i -> tombolGeser(p, tabel, i))
                    .setHeader("Urutan")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        tabel.setAllRowsVisible(true);
        tabel.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.setVisible(true);
                editor.isi(e.getValue());
                realisasi.isi(e.getValue());
            }
        });
        Button tambah = new Button("Tambah IKU", e -> {
            tabel.asSingleSelect().clear();
            editor.setVisible(true);
            editor.isi(null);
            realisasi.isi(null);
        });
        tambah.setId("tambah-iku");
        KetikanCepat.lindungi(tambah, editor);
        tambah.setVisible(bolehUbah);
        bagianIku.add(sasaranRpjmd, new H3("IKU Kepala Daerah"), tambah, tabel, editor, realisasi);
        isiIku(p, tabel, null);
    }

    /**
     * Up and down for one row: real buttons, so Tab reaches them and Enter or Space moves the row; the label names
     * the indicator for a screen reader, the icon alone would not.
     */
    private HorizontalLayout tombolGeser(PeriodeRpjmd p, Grid<IkuDaerah> tabel, IkuDaerah i) {
        Button naik = new Button(VaadinIcon.ARROW_UP.create(), e -> geser(p, tabel, i, true));
        naik.setId("naik-iku-" + i.kode());
        naik.setAriaLabel("Pindahkan IKU " + i.kode() + " ke atas");
        naik.setTooltipText("Naik");
        Button turun = new Button(VaadinIcon.ARROW_DOWN.create(), e -> geser(p, tabel, i, false));
        turun.setId("turun-iku-" + i.kode());
        turun.setAriaLabel("Pindahkan IKU " + i.kode() + " ke bawah");
        turun.setTooltipText("Turun");
        for (Button b : List.of(naik, turun)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        HorizontalLayout tombol = new HorizontalLayout(naik, turun);
        tombol.setSpacing(false);
        return tombol;
    }

    private void geser(PeriodeRpjmd p, Grid<IkuDaerah> tabel, IkuDaerah i, boolean naik) {
        try {
            iku.geser(i.id(), naik);
            IkuDaerah terpilih = tabel.asSingleSelect().getValue();
            isiIku(p, tabel, terpilih == null ? null : terpilih.id());
            Formulir.berhasil("Urutan IKU " + i.kode() + " diubah.");
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }

    private void isiIku(PeriodeRpjmd p, Grid<IkuDaerah> tabel, Long idTerpilih) {
        List<IkuDaerah> semua = iku.daftar(p.id());
        tabel.setItems(semua);
        semua.stream()
                .filter(i -> idTerpilih != null && i.id() == idTerpilih)
                .findFirst()
                .ifPresent(tabel::select);
    }
}
