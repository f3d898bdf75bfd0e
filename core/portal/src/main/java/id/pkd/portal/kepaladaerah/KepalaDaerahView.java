package id.pkd.portal.kepaladaerah;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.tampilan.DialogHapus;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PemilihTanggal;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The region's heads for their terms: who signs the LKJIP and the PK of each head of agency. The tenant admin edits;
 * the other roles read. A rejected save keeps everything typed and marks the fields; a term whose years are locked
 * is refused with the lock's reason.
 */
@Route("kepala-daerah")
@PageTitle("Kepala Daerah | Portal Kinerja Daerah")
@Menu(title = "Kepala Daerah", order = 21.5)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class KepalaDaerahView extends VerticalLayout implements BeforeEnterObserver {

    private final KepalaDaerahService layanan;
    private final boolean bolehUbah;
    private final Grid<KepalaDaerah> tabel = new Grid<>();
    private final Paragraph kosong = new Paragraph("Belum ada kepala daerah tercatat: LKJIP dan Perjanjian Kinerja"
            + " kepala perangkat daerah mengambil penanda tangannya dari sini.");
    private final H3 judul = new H3();
    private final Select<StatusKepalaDaerah> status = new Select<>();
    private final TextField jabatan = new TextField("Jabatan");
    private final TextField nama = new TextField("Nama beserta gelar");
    private final TextField wakil = new TextField("Wakil");
    private final DatePicker mulai = PemilihTanggal.tanggal("Mulai menjabat", null);
    private final DatePicker selesai = PemilihTanggal.tanggal("Akhir masa jabatan", null);
    private final Select<KepalaDaerahService.Akun> akun = new Select<>();
    private final Button simpan = new Button("Simpan", e -> simpan());
    private final Button hapus = new Button("Hapus", e -> hapus());
    private final Formulir formulir;
    private Long id;

    KepalaDaerahView(KepalaDaerahService layanan, AuthenticationContext auth) {
        this.layanan = layanan;
        this.bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        kosong.setId("belum-ada-kepala-daerah");
        tabel.setId("tabel-kepala-daerah");
        tabel.addColumn(KepalaDaerah::jabatanTercetak).setHeader("Jabatan").setAutoWidth(true);
        tabel.addColumn(KepalaDaerah::nama).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(k -> k.wakil() == null ? "-" : k.wakil())
                .setHeader("Wakil")
                .setFlexGrow(1);
        tabel.addColumn(k -> ZonaWaktuDaerah.tanggal(k.mulai()) + " – " + ZonaWaktuDaerah.tanggal(k.selesai()))
                .setHeader("Masa jabatan")
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);
        tabel.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                isi(e.getValue());
            }
        });
        status.setLabel("Status");
        status.setId("status-kepala-daerah");
        status.setItems(StatusKepalaDaerah.values());
        status.setItemLabelGenerator(StatusKepalaDaerah::label);
        jabatan.setId("jabatan-kepala-daerah");
        jabatan.setMaxLength(300);
        jabatan.setHelperText("Tanpa awalan Pj./Plt.: dokumen mencetaknya dari status.");
        nama.setId("nama-kepala-daerah");
        nama.setMaxLength(200);
        wakil.setId("wakil-kepala-daerah");
        wakil.setMaxLength(200);
        mulai.setId("mulai-kepala-daerah");
        selesai.setId("selesai-kepala-daerah");
        akun.setLabel("Akun penanda tangan");
        akun.setId("akun-kepala-daerah");
        akun.setEmptySelectionAllowed(true);
        akun.setEmptySelectionCaption("Tanpa akun");
        akun.setItemLabelGenerator(a -> a == null ? "Tanpa akun" : a.label());
        akun.setHelperText("Akun Pimpinan yang menandatangani sebagai kepala daerah (kepala daerah tidak ber-NIP).");
        simpan.setId("simpan-kepala-daerah");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        simpan.setTooltipText("Ctrl+S");
        hapus.setId("hapus-kepala-daerah");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button baru = new Button("Kepala daerah baru", e -> {
            tabel.asSingleSelect().clear();
            isi(null);
        });
        baru.setId("kepala-daerah-baru");
        formulir = new Formulir(Map.of(
                "status", status,
                "jabatan", jabatan,
                "nama", nama,
                "wakil", wakil,
                "mulai", mulai,
                "selesai", selesai,
                "pengguna", akun));
        FormLayout form = new FormLayout(status, jabatan, nama, wakil, mulai, selesai, akun);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        List.of(jabatan, nama, wakil).forEach(f -> f.setReadOnly(!bolehUbah));
        List.of(mulai, selesai).forEach(f -> f.setReadOnly(!bolehUbah));
        status.setReadOnly(!bolehUbah);
        akun.setReadOnly(!bolehUbah);
        simpan.setVisible(bolehUbah);
        baru.setVisible(bolehUbah);
        add(new H2("Kepala Daerah"), kosong, baru, tabel, judul, form, new HorizontalLayout(simpan, hapus));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        akun.setItems(bolehUbah ? layanan.akunPimpinan() : List.of());
        muat(null);
    }

    private void muat(Long idTerpilih) {
        List<KepalaDaerah> semua = layanan.daftar();
        kosong.setVisible(semua.isEmpty());
        tabel.setVisible(!semua.isEmpty());
        tabel.setItems(semua);
        KepalaDaerah k = semua.stream()
                .filter(x -> idTerpilih == null || x.id() == idTerpilih)
                .findFirst()
                .orElse(null);
        if (k != null) {
            tabel.select(k);
        }
        isi(k);
    }

    private void isi(KepalaDaerah k) {
        formulir.bersihkan();
        id = k == null ? null : k.id();
        hapus.setVisible(bolehUbah && k != null);
        judul.setText(k == null ? "Kepala daerah baru" : k.jabatanTercetak() + " " + k.nama());
        status.setValue(k == null ? StatusKepalaDaerah.DEFINITIF : k.status());
        jabatan.setValue(k == null ? layanan.jabatanBawaan() : k.jabatan());
        nama.setValue(k == null ? "" : k.nama());
        wakil.setValue(k == null || k.wakil() == null ? "" : k.wakil());
        mulai.setValue(k == null ? null : k.mulai());
        selesai.setValue(k == null ? null : k.selesai());
        akun.setValue(
                k == null || k.penggunaId() == null
                        ? null
                        : akun.getListDataView()
                                .getItems()
                                .filter(a -> a.id() == k.penggunaId())
                                .findFirst()
                                .orElse(null));
    }

    private void simpan() {
        try {
            KepalaDaerah k = layanan.simpan(new IsianKepalaDaerah(
                    id,
                    status.getValue(),
                    jabatan.getValue(),
                    nama.getValue(),
                    wakil.getValue(),
                    mulai.getValue(),
                    selesai.getValue(),
                    akun.getValue() == null ? null : akun.getValue().id()));
            Formulir.berhasil(k.jabatanTercetak() + " " + k.nama() + " disimpan.");
            muat(k.id());
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengubah data kepala daerah.");
        }
    }

    /** Reads what depends on the selected term first; the dialog deletes only when nothing refuses it. */
    private void hapus() {
        if (id == null) {
            return;
        }
        long terpilih = id;
        try {
            KetergantunganKepalaDaerah k = layanan.ketergantungan(terpilih);
            DialogHapus.buka(
                    "Hapus " + k.kepala().jabatanTercetak() + " " + k.kepala().nama() + "?",
                    k.uraian(),
                    k.bolehDihapus(),
                    k.alasanDitolak(),
                    "-kepala-daerah",
                    () -> {
                        try {
                            layanan.hapus(terpilih);
                            Formulir.berhasil(k.kepala().jabatanTercetak() + " "
                                    + k.kepala().nama() + " dihapus.");
                            muat(null);
                        } catch (IsianTidakSahException | DataTerkunciException e) {
                            Formulir.gagal(e.getMessage());
                        } catch (AccessDeniedException e) {
                            Formulir.gagal("Hanya Admin Daerah yang dapat menghapus data kepala daerah.");
                        }
                    });
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat menghapus data kepala daerah.");
        }
    }
}
