package id.pkd.portal.sdm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.ValidasiGagalException;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff composition of an agency per year, as the LKIP's "Sumber Daya Manusia" section prints it: one group of
 * counts per table, its running total beside it, and each refusal at the field or group it concerns.
 */
@Route("perangkat-daerah/sdm")
@PageTitle("Komposisi SDM | Portal Kinerja Daerah")
@Menu(title = "Komposisi SDM", order = 26)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class KomposisiSdmView extends VerticalLayout {

    private static final Set<Peran> PENGISI = Set.of(Peran.ADMIN_DAERAH, Peran.OPERATOR, Peran.PIMPINAN);

    private final KomposisiSdmService layanan;
    private final Select<PerangkatDaerah> pd = new Select<>();
    private final IntegerField tahun = new IntegerField("Tahun");
    private final Map<KategoriSdm, IntegerField> isian = new EnumMap<>(KategoriSdm.class);
    private final Map<KelompokSdm, Span> total = new EnumMap<>(KelompokSdm.class);
    private final Map<KelompokSdm, Span> galatKelompok = new EnumMap<>(KelompokSdm.class);
    private final Span pesan = new Span();

    KomposisiSdmView(
            KomposisiSdmService layanan,
            PerencanaanService perencanaan,
            PilihanTahunService pilihanTahun,
            AuthenticationContext auth) {
        this.layanan = layanan;
        boolean bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> PENGISI.contains(a.peran()))
                .orElse(false);
        List<PerangkatDaerah> semua = perencanaan.daftarPerangkatDaerah();
        pd.setLabel("Perangkat daerah");
        pd.setItems(semua);
        pd.setItemLabelGenerator(PerangkatDaerah::nama);
        pd.setId("sdm-pd");
        tahun.setValue(pilihanTahun.tahunBawaan());
        tahun.setStepButtonsVisible(true);
        tahun.setId("sdm-tahun");
        add(
                new H2("Komposisi Sumber Daya Manusia"),
                new Paragraph("Jumlah pegawai perangkat daerah per tahun menurut jabatan/eselon, status kepegawaian,"
                        + " golongan dan tingkat pendidikan, dicetak pada BAB I LKIP. Isian kosong berarti tidak"
                        + " dilaporkan; kelompok yang seluruhnya kosong tidak dicetak. Setiap perubahan tercatat dalam"
                        + " jejak audit."),
                new HorizontalLayout(pd, tahun));
        for (KelompokSdm g : KelompokSdm.values()) {
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
            for (KategoriSdm k : KategoriSdm.dari(g)) {
                IntegerField f = new IntegerField(k.label());
                f.setId("sdm-" + k.name());
                f.setMin(0);
                f.setMax(KomposisiSdmService.JUMLAH_MAKSIMAL);
                f.setSuffixComponent(new Span("orang"));
                f.setReadOnly(!bolehUbah);
                f.addValueChangeListener(e -> hitungTotal(g));
                isian.put(k, f);
                form.add(f);
            }
            Span t = new Span();
            t.setId("sdm-total-" + g.name());
            total.put(g, t);
            Span gk = new Span();
            gk.setId("sdm-galat-" + g.name());
            gk.getStyle().set("color", "var(--lumo-error-text-color)");
            galatKelompok.put(g, gk);
            add(new H3("Menurut " + g.label().toLowerCase()), form, t, gk);
        }
        pesan.setId("sdm-pesan");
        pesan.getStyle().set("color", "var(--lumo-error-text-color)");
        Button simpan = new Button("Simpan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-sdm");
        simpan.setVisible(bolehUbah);
        add(pesan, simpan);
        pd.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
        if (semua.isEmpty()) {
            addComponentAtIndex(1, new BelumAdaRencana("komposisi SDM per perangkat daerah"));
        } else {
            pd.setValue(semua.get(0));
        }
    }

    private void hitungTotal(KelompokSdm g) {
        int jumlah = KategoriSdm.dari(g).stream()
                .map(isian::get)
                .filter(f -> f.getValue() != null)
                .mapToInt(IntegerField::getValue)
                .sum();
        total.get(g).setText("Jumlah " + g.label().toLowerCase() + ": " + jumlah + " orang");
    }

    private void bersihkanGalat() {
        pesan.setText("");
        isian.values().forEach(f -> f.setInvalid(false));
        galatKelompok.values().forEach(s -> s.setText(""));
        tahun.setInvalid(false);
    }

    private void muat() {
        bersihkanGalat();
        if (pd.getValue() == null || tahun.getValue() == null) {
            return;
        }
        KomposisiSdm k = layanan.baca(pd.getValue().id(), tahun.getValue());
        isian.forEach((kategori, f) -> f.setValue(k.jumlah(kategori).orElse(null)));
        for (KelompokSdm g : KelompokSdm.values()) {
            hitungTotal(g);
        }
    }

    private void simpan() {
        bersihkanGalat();
        if (pd.getValue() == null || tahun.getValue() == null) {
            pesan.setText("Pilih perangkat daerah dan tahun lebih dulu.");
            return;
        }
        // A value the field itself refuses (letters, a fraction) must not be saved as "not reported".
        boolean takTerbaca = false;
        for (IntegerField f : isian.values()) {
            if (f.getValue() == null && f.isInvalid()) {
                takTerbaca = true;
            }
        }
        if (takTerbaca) {
            pesan.setText("Perbaiki isian yang ditandai lebih dulu.");
            return;
        }
        Map<KategoriSdm, Integer> jumlah = new EnumMap<>(KategoriSdm.class);
        isian.forEach((k, f) -> {
            if (f.getValue() != null) {
                jumlah.put(k, f.getValue());
            }
        });
        try {
            layanan.simpan(pd.getValue().id(), tahun.getValue(), jumlah);
            Notification.show("Komposisi SDM disimpan.");
        } catch (ValidasiGagalException e) {
            for (ValidasiGagalException.Kesalahan k : e.kesalahan()) {
                tampilkanGalat(k);
            }
        } catch (DataTerkunciException e) {
            pesan.setText(e.getMessage());
        }
    }

    private void tampilkanGalat(ValidasiGagalException.Kesalahan k) {
        for (KategoriSdm kategori : KategoriSdm.values()) {
            if (kategori.name().equals(k.path())) {
                IntegerField f = isian.get(kategori);
                f.setErrorMessage(k.pesan());
                f.setInvalid(true);
                return;
            }
        }
        for (KelompokSdm g : KelompokSdm.values()) {
            if (g.name().equals(k.path())) {
                galatKelompok.get(g).setText(k.pesan());
                return;
            }
        }
        if ("tahun".equals(k.path())) {
            tahun.setErrorMessage(k.pesan());
            tahun.setInvalid(true);
            return;
        }
        pesan.setText(k.pesan());
    }
}
