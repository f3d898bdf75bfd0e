package id.pkd.portal.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The tenant admin's API tokens: create one (its plaintext is shown once), revoke one. */
@Route("token-api")
@PageTitle("Token API | Portal Kinerja Daerah")
@Menu(title = "Token API", order = 35)
@RolesAllowed("ADMIN_DAERAH")
class TokenApiView extends VerticalLayout {

    /** Times in the region's own zone (WIB, WITA or WIT). */
    private final DateTimeFormatter waktu;

    private final ApiTokenService tokens;
    private final Grid<ApiToken> tabel = new Grid<>(ApiToken.class, false);
    private final TextField nama = new TextField("Nama token");
    private final Select<HakToken> hak = new Select<>();
    private final Select<PeranToken> peran = new Select<>();
    private final Formulir formulir = new Formulir(Map.of("nama", nama, "hak", hak, "peran", peran));

    TokenApiView(ApiTokenService tokens, WaktuDaerah waktuDaerah) {
        this.tokens = tokens;
        this.waktu = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id-ID"))
                .withZone(waktuDaerah.zona().zoneId());
        tabel.addColumn(ApiToken::nama).setHeader("Nama").setFlexGrow(2);
        tabel.addColumn(t -> t.prefiks() + "…")
                .setHeader("Prefiks")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tabel.addColumn(t -> t.hak().label()).setHeader("Hak").setFlexGrow(1);
        tabel.addColumn(t -> t.peran() == null ? "Tanpa peran" : t.peran().label())
                .setHeader("Peran persetujuan")
                .setFlexGrow(1);
        tabel.addColumn(t -> waktu(t.dibuatPada()) + " oleh " + t.dibuatOleh())
                .setHeader("Dibuat")
                .setFlexGrow(2);
        tabel.addColumn(t -> t.terakhirDipakai() == null ? "Belum pernah" : waktu(t.terakhirDipakai()))
                .setHeader("Terakhir dipakai")
                .setFlexGrow(1);
        tabel.addColumn(t -> t.aktif() ? "Aktif" : "Dicabut " + waktu(t.dicabutPada()) + " oleh " + t.dicabutOleh())
                .setHeader("Status")
                .setFlexGrow(2);
        tabel.addComponentColumn(this::tombolCabut).setAutoWidth(true).setFlexGrow(0);
        tabel.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tabel.setAllRowsVisible(true);

        nama.setId("nama-token");
        nama.setHelperText("Mis. nama aplikasi yang memakai token, 3–100 karakter");
        nama.setMaxLength(ApiTokenService.PANJANG_NAMA_MAKSIMAL);
        hak.setId("hak-token");
        hak.setLabel("Hak");
        hak.setItems(HakToken.values());
        hak.setItemLabelGenerator(HakToken::label);
        hak.setValue(HakToken.BACA);
        peran.setId("peran-token");
        peran.setLabel("Peran alur persetujuan");
        peran.setItems(PeranToken.values());
        peran.setItemLabelGenerator(p -> p == null ? "Tanpa peran" : p.label());
        peran.setEmptySelectionAllowed(true);
        peran.setEmptySelectionCaption("Tanpa peran");
        peran.setHelperText("Hak yang sama dengan pengguna berperan itu pada alur persetujuan realisasi;"
                + " hanya untuk token berhak Baca dan tulis");
        Button buat = new Button("Buat token", e -> buat());
        buat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Token API"),
                new Paragraph("Token API memberi aplikasi lain akses ke data daerah ini melalui API JSON"
                        + " (/api/v1, dokumentasi di /swagger-ui.html). Setiap token hanya berlaku untuk daerah"
                        + " ini. Cabut token yang tidak dipakai lagi atau yang mungkin bocor."),
                tabel,
                new H3("Buat token"),
                new FormLayout(nama, hak, peran),
                buat);
        muat();
    }

    private void buat() {
        formulir.bersihkan();
        try {
            TokenBaru baru = tokens.buat(nama.getValue(), hak.getValue(), peran.getValue());
            nama.clear();
            peran.clear();
            muat();
            tampilkanSekali(baru);
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    /** The only time the plaintext is shown; closing the dialog drops it. */
    private void tampilkanSekali(TokenBaru baru) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token API baru: " + baru.token().nama());
        dialog.setCloseOnOutsideClick(false);
        TextField teks = new TextField("Token");
        teks.setId("token-baru");
        teks.setReadOnly(true);
        teks.setValue(baru.teks());
        teks.setWidthFull();
        dialog.add(
                new Paragraph("Salin token ini sekarang dan simpan di tempat yang aman. Token tidak akan"
                        + " ditampilkan lagi; jika hilang, cabut token ini dan buat yang baru."),
                teks);
        dialog.setWidth("36em");
        Button tutup = new Button("Sudah saya salin", e -> dialog.close());
        tutup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(tutup);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                teks.clear();
            }
        });
        dialog.open();
    }

    private Component tombolCabut(ApiToken token) {
        if (!token.aktif()) {
            return new Span();
        }
        Button cabut = new Button("Cabut", e -> konfirmasiCabut(token));
        cabut.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cabut.setAriaLabel("Cabut token " + token.nama());
        return cabut;
    }

    private void konfirmasiCabut(ApiToken token) {
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setHeader("Cabut token \"" + token.nama() + "\"?");
        konfirmasi.setText("Aplikasi yang memakai token ini akan langsung ditolak. Token yang dicabut tidak"
                + " dapat diaktifkan lagi.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Cabut");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            tokens.cabut(token.id());
            Formulir.berhasil("Token " + token.nama() + " dicabut.");
            muat();
        });
        konfirmasi.open();
    }

    private void muat() {
        tabel.setItems(tokens.daftar());
    }

    private String waktu(Instant waktu) {
        return this.waktu.format(waktu);
    }
}
