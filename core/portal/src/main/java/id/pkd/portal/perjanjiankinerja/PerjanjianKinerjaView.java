package id.pkd.portal.perjanjiankinerja;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.IndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.tampilan.KetikanCepat;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Perjanjian Kinerja of one official for one year: pick the agency, year and official, then the sasaran list;
 * Enter or a double click opens a sasaran in the form beside it. The tenant admin edits; the others read. A locked
 * year is read-only with the reason shown.
 */
@Route("perjanjian-kinerja")
@PageTitle("Perjanjian Kinerja | Portal Kinerja Daerah")
@Menu(title = "Perjanjian Kinerja", order = 24)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class PerjanjianKinerjaView extends VerticalLayout implements BeforeEnterObserver {

    private final PerencanaanService perencanaan;
    private final PerjanjianKinerjaService layanan;
    private final PilihanTahunService pilihanTahun;
    private final SalinPerjanjianService salin;
    private final KepalaDaerahService kepalaDaerah;
    private final boolean bolehUbah;
    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Select<Integer> pilihTahun = new Select<>();
    private final Select<PejabatPk> pilihPejabat = new Select<>();
    private final Paragraph pihak = new Paragraph();
    private final Paragraph terkunci = new Paragraph();
    private final TextField namaKedua = new TextField("Nama pihak kedua");
    private final TextField jabatanKedua = new TextField("Jabatan pihak kedua");
    private final Button simpanKedua = new Button("Simpan pihak kedua");
    private final HorizontalLayout pihakKedua = new HorizontalLayout(namaKedua, jabatanKedua, simpanKedua);
    private final Grid<SasaranPk> daftar = new Grid<>();
    private final Button tambah = new Button("Tambah sasaran");
    private final Button ubah = new Button("Ubah");
    private final Button hapus = new Button("Hapus");
    private final Button salinKe = new Button("Salin ke tahun lain…");
    private final FormSasaranPk form = new FormSasaranPk();
    private final Formulir formulirKedua =
            new Formulir(Map.of("pihakKeduaNama", namaKedua, "pihakKeduaJabatan", jabatanKedua));
    private PerjanjianPejabat kini;

    PerjanjianKinerjaView(
            PerencanaanService perencanaan,
            PerjanjianKinerjaService layanan,
            PilihanTahunService pilihanTahun,
            SalinPerjanjianService salin,
            KepalaDaerahService kepalaDaerah,
            AuthenticationContext auth) {
        this.perencanaan = perencanaan;
        this.layanan = layanan;
        this.pilihanTahun = pilihanTahun;
        this.salin = salin;
        this.kepalaDaerah = kepalaDaerah;
        this.bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        setSizeFull();
        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        pilihTahun.setLabel("Tahun");
        pilihTahun.setId("pilih-tahun");
        pilihPejabat.setLabel("Pejabat (pihak pertama)");
        pilihPejabat.setId("pilih-pejabat");
        pilihPejabat.setItemLabelGenerator(PejabatPk::label);
        pilihPejabat.setWidth("40em");
        pilihPd.addValueChangeListener(e -> muatPejabat());
        pilihTahun.addValueChangeListener(e -> muatPejabat());
        pilihPejabat.addValueChangeListener(e -> muat());

        pihak.setId("pihak");
        terkunci.setId("tahun-terkunci");
        namaKedua.setId("pihak-kedua-nama");
        jabatanKedua.setId("pihak-kedua-jabatan");
        jabatanKedua.setWidth("24em");
        simpanKedua.setId("simpan-pihak-kedua");
        simpanKedua.addClickListener(e -> simpanPihakKedua());
        pihakKedua.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        daftar.setId("daftar-sasaran");
        daftar.addColumn(SasaranPk::kode).setHeader("Kode").setAutoWidth(true).setFlexGrow(0);
        daftar.addColumn(SasaranPk::uraian).setHeader("Sasaran").setFlexGrow(2);
        daftar.addColumn(s -> s.atasanLabel() == null ? "–" : s.atasanLabel())
                .setHeader("Mendukung")
                .setFlexGrow(2);
        daftar.addColumn(s -> s.indikator().stream()
                        .map(i -> i.nama() + ": " + i.targetDenganSatuan())
                        .collect(Collectors.joining("; ")))
                .setHeader("Indikator dan target")
                .setFlexGrow(3);
        daftar.addItemDoubleClickListener(e -> buka(e.getItem()));
        daftar.asSingleSelect().addValueChangeListener(e -> atur());
        Shortcuts.addShortcutListener(daftar, () -> buka(daftar.asSingleSelect().getValue()), Key.ENTER)
                .listenOn(daftar);
        daftar.setMinHeight("16em");

        tambah.setId("tambah-sasaran");
        KetikanCepat.lindungi(tambah, form);
        tambah.addClickListener(e -> buka(null));
        ubah.setId("ubah-sasaran");
        ubah.addClickListener(e -> buka(daftar.asSingleSelect().getValue()));
        hapus.setId("hapus-sasaran");
        hapus.addClickListener(e -> konfirmasiHapus(daftar.asSingleSelect().getValue()));
        form.simpan.addClickListener(e -> simpan());
        form.batal.addClickListener(e -> tutupForm());
        form.setVisible(false);
        salinKe.setId("salin-ke-tahun");
        salinKe.addClickListener(
                e -> new DialogSalinPerjanjian(salin, kini, pilihanTahun.daftarTahun(), pilihTahun::setValue).open());
        HorizontalLayout tombol = new HorizontalLayout(tambah, ubah, hapus, salinKe);
        tombol.setVisible(bolehUbah);
        add(
                new H2("Perjanjian Kinerja"),
                new HorizontalLayout(pilihPd, pilihTahun),
                pilihPejabat,
                pihak,
                pihakKedua,
                terkunci,
                tombol,
                daftar,
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PerangkatDaerah> semuaPd = perencanaan.daftarPerangkatDaerah();
        List<Integer> tahun = pilihanTahun.daftarTahun();
        if (semuaPd.isEmpty() || perencanaan.daftarPeriode().isEmpty() || tahun.isEmpty()) {
            removeAll();
            add(new H2("Perjanjian Kinerja"), new BelumAdaRencana("Perjanjian Kinerja pejabat"));
            return;
        }
        pilihTahun.setItems(tahun);
        pilihTahun.setValue(tahun.contains(pilihanTahun.tahunBawaan()) ? pilihanTahun.tahunBawaan() : tahun.getLast());
        pilihPd.setItems(semuaPd);
        pilihPd.setValue(semuaPd.getFirst());
    }

    private void muatPejabat() {
        if (pilihPd.getValue() == null || pilihTahun.getValue() == null) {
            return;
        }
        try {
            List<PejabatPk> pejabat = layanan.pejabat(pilihPd.getValue().id(), pilihTahun.getValue());
            Long dulu = pilihPejabat.getValue() == null
                    ? null
                    : pilihPejabat.getValue().pejabat().id();
            pilihPejabat.setItems(pejabat);
            pilihPejabat.setValue(pejabat.stream()
                    .filter(p -> p.pejabat().id().equals(dulu))
                    .findFirst()
                    .orElse(pejabat.isEmpty() ? null : pejabat.getFirst()));
            if (pejabat.isEmpty()) {
                kini = null;
                pihak.setText("Belum ada pejabat di perangkat daerah ini: tambahkan di layar Pejabat.");
                atur();
            }
        } catch (IsianTidakSahException e) {
            Formulir.gagal(String.join(" ", e.pesanPerIsian().values()));
        }
    }

    private void muat() {
        PejabatPk p = pilihPejabat.getValue();
        if (p == null || pilihTahun.getValue() == null) {
            return;
        }
        tampilkan(layanan.baca(p.pejabat().id(), pilihTahun.getValue()));
    }

    private void tampilkan(PerjanjianPejabat pk) {
        kini = pk;
        pihak.setText("Pihak pertama: " + pk.pejabat().nama() + ", " + pk.jabatanTercetak() + " ("
                + pk.pejabat().eselon()
                + "). Pihak kedua: "
                + (pk.pihakKeduaNama() == null
                        ? pihakKeduaBawaan(pk)
                        : pk.pihakKeduaNama() + ", " + pk.pihakKeduaJabatan())
                + (pk.atasanTanpaPk() ? ". Atasan belum memiliki Perjanjian Kinerja tahun ini." : "."));
        pihakKedua.setVisible(pk.kepala() && bolehUbah && !pk.terkunci());
        namaKedua.setValue(pk.pihakKeduaNama() == null ? "" : pk.pihakKeduaNama());
        jabatanKedua.setValue(pk.pihakKeduaJabatan() == null ? "" : pk.pihakKeduaJabatan());
        formulirKedua.bersihkan();
        terkunci.setText(
                pk.terkunci()
                        ? "Tahun " + pk.tahun()
                                + " sedang diverifikasi atau sudah ditetapkan: Perjanjian Kinerja hanya dapat dibaca."
                        : "");
        daftar.setItems(pk.sasaran());
        tutupForm();
    }

    /** A head of agency's agreement with no pihak kedua named: the head of region recorded for its year. */
    private String pihakKeduaBawaan(PerjanjianPejabat pk) {
        if (!pk.kepala()) {
            return "belum diisi";
        }
        return kepalaDaerah
                .awalTahun(pk.tahun())
                .map(k -> k.nama() + ", " + k.jabatanTercetak() + " (bawaan dari menu Kepala Daerah)")
                .orElse("belum diisi (catat kepala daerah di menu Kepala Daerah)");
    }

    private void atur() {
        boolean bisa = bolehUbah && kini != null && !kini.terkunci() && !form.isVisible();
        tambah.setEnabled(bisa);
        ubah.setEnabled(bisa && daftar.asSingleSelect().getValue() != null);
        hapus.setEnabled(bisa && daftar.asSingleSelect().getValue() != null);
        // copying needs something to copy; the target year's own lock is the service's to check
        salinKe.setEnabled(bolehUbah && kini != null && kini.perjanjianId() != null && !form.isVisible());
    }

    private void buka(SasaranPk s) {
        if (!bolehUbah || kini == null || kini.terkunci()) {
            return;
        }
        form.buka(s, kini);
        form.setVisible(true);
        atur();
    }

    private void tutupForm() {
        form.setVisible(false);
        atur();
    }

    private void simpan() {
        try {
            IsianSasaranPk isian = form.baca();
            PerjanjianPejabat pk = layanan.simpanSasaran(kini.pejabat().id(), kini.tahun(), isian);
            Formulir.berhasil("Sasaran " + isian.kode().strip() + " disimpan.");
            tampilkan(pk);
            muatPejabatDiam();
        } catch (IsianTidakSahException e) {
            form.tampilkan(e);
            if (e.pesanPerIsian().containsKey("pihakKeduaNama")) {
                formulirKedua.tampilkan(e);
            }
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }

    private void simpanPihakKedua() {
        try {
            tampilkan(layanan.simpanPihakKedua(
                    kini.pejabat().id(), kini.tahun(), namaKedua.getValue(), jabatanKedua.getValue()));
            Formulir.berhasil("Pihak kedua disimpan.");
            muatPejabatDiam();
        } catch (IsianTidakSahException e) {
            formulirKedua.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }

    /** The officials' "belum ada PK" marks follow a save, keeping the official chosen. */
    private void muatPejabatDiam() {
        PerjanjianPejabat tetap = kini;
        List<PejabatPk> pejabat = layanan.pejabat(tetap.perangkatDaerahId(), tetap.tahun());
        pilihPejabat.setItems(pejabat);
        pejabat.stream()
                .filter(p -> p.pejabat().id().equals(tetap.pejabat().id()))
                .findFirst()
                .ifPresent(pilihPejabat::setValue);
    }

    private void konfirmasiHapus(SasaranPk s) {
        if (s == null) {
            return;
        }
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setHeader("Hapus sasaran " + s.kode() + "?");
        konfirmasi.setText("Indikator dan target sasaran ini ikut terhapus: "
                + s.indikator().stream().map(IndikatorPk::nama).collect(Collectors.joining(", "))
                + ". Sasaran yang masih menjadi acuan sasaran bawahan tidak dapat dihapus.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            try {
                tampilkan(layanan.hapusSasaran(kini.pejabat().id(), kini.tahun(), s.id()));
                Formulir.berhasil("Sasaran " + s.kode() + " dihapus.");
            } catch (IsianTidakSahException x) {
                Formulir.gagal(String.join(" ", x.pesanPerIsian().values()));
            } catch (DataTerkunciException x) {
                Formulir.gagal(x.getMessage());
            }
        });
        konfirmasi.open();
    }
}
