package id.pkd.portal.realisasi;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.pembanding.PembandingIndikator;
import id.pkd.portal.pembanding.PembandingIndikatorService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.ValidasiGagalException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national and provincial figures of the indicator chosen on the realisasi screen, for its year: the LKIP's
 * per-IKU analysis compares the realisasi with them. Recording one of a level and kind again replaces it.
 */
class EditorPembanding extends VerticalLayout {

    private final PembandingIndikatorService layanan;
    private final Grid<PembandingIndikator> daftar = new Grid<>();
    private final Select<PembandingIndikator.Tingkat> tingkat = new Select<>();
    private final Select<PembandingIndikator.Jenis> jenis = new Select<>();
    private final TextField wilayah = new TextField("Wilayah");
    private final TextField nilai = new TextField("Nilai");
    private final TextField sumber = new TextField("Sumber");
    private final Button simpan = new Button("Simpan pembanding", e -> simpan());
    private final HorizontalLayout isian;
    private final Map<String, HasValidation> kolom;
    private long indikatorId;
    private int tahun;
    private boolean bolehUbah;

    EditorPembanding(PembandingIndikatorService layanan) {
        this.layanan = layanan;
        setPadding(false);
        setId("pembanding");
        tingkat.setLabel("Tingkat");
        tingkat.setId("pembanding-tingkat");
        tingkat.setItems(PembandingIndikator.Tingkat.values());
        tingkat.setItemLabelGenerator(PembandingIndikator.Tingkat::label);
        tingkat.setValue(PembandingIndikator.Tingkat.PROVINSI);
        jenis.setLabel("Jenis");
        jenis.setId("pembanding-jenis");
        jenis.setItems(PembandingIndikator.Jenis.values());
        jenis.setItemLabelGenerator(PembandingIndikator.Jenis::label);
        jenis.setValue(PembandingIndikator.Jenis.REALISASI);
        wilayah.setId("pembanding-wilayah");
        wilayah.setPlaceholder("Provinsi Kalimantan Selatan");
        nilai.setId("pembanding-nilai");
        nilai.setWidth("8em");
        sumber.setId("pembanding-sumber");
        sumber.setPlaceholder("BPS Provinsi …");
        simpan.setId("pembanding-simpan");
        kolom = Map.of("tingkat", tingkat, "jenis", jenis, "wilayah", wilayah, "nilai", nilai, "sumber", sumber);
        daftar.setId("pembanding-daftar");
        daftar.setAllRowsVisible(true);
        daftar.addColumn(p -> p.tingkat().label()).setHeader("Tingkat").setAutoWidth(true);
        daftar.addColumn(p -> p.jenis().label()).setHeader("Jenis").setAutoWidth(true);
        daftar.addColumn(PembandingIndikator::wilayah).setHeader("Wilayah").setFlexGrow(1);
        daftar.addColumn(p -> AngkaIndonesia.formatRingkas(p.nilai()))
                .setHeader("Nilai")
                .setAutoWidth(true);
        daftar.addColumn(PembandingIndikator::sumber).setHeader("Sumber").setFlexGrow(1);
        daftar.addComponentColumn(p -> {
                    Button hapus = new Button("Hapus", e -> hapus(p));
                    hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    hapus.setVisible(bolehUbah);
                    return hapus;
                })
                .setAutoWidth(true);
        isian = new HorizontalLayout(tingkat, jenis, wilayah, nilai, sumber, simpan);
        isian.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        isian.setWrap(true);
        add(
                new H3("Pembanding nasional/provinsi"),
                new Paragraph("Target atau realisasi nasional/provinsi tahun yang sama; LKIP membandingkan realisasi"
                        + " indikator ini dengannya dan menyebut sumbernya."),
                daftar,
                isian);
    }

    /** Shows the indicator's figures of the year; the form only when the year is open and the role may write. */
    void tampilkan(long indikatorId, int tahun, boolean bolehUbah) {
        this.indikatorId = indikatorId;
        this.tahun = tahun;
        this.bolehUbah = bolehUbah;
        isian.setVisible(bolehUbah);
        bersihkan();
        muat();
    }

    private void muat() {
        daftar.setItems(layanan.daftar(indikatorId, tahun));
    }

    private void bersihkan() {
        kolom.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void simpan() {
        bersihkan();
        BigDecimal angka;
        try {
            angka = AngkaIndonesia.parse(nilai.getValue());
        } catch (AngkaTidakSahException e) {
            nilai.setErrorMessage(e.getMessage());
            nilai.setInvalid(true);
            return;
        }
        try {
            layanan.simpan(
                    indikatorId,
                    tahun,
                    new PembandingIndikator.Isian(
                            tingkat.getValue(), jenis.getValue(), wilayah.getValue(), angka, sumber.getValue()));
            Formulir.berhasil("Pembanding disimpan.");
            nilai.clear();
            muat();
        } catch (ValidasiGagalException e) {
            for (ValidasiGagalException.Kesalahan k : e.kesalahan()) {
                HasValidation f = kolom.get(k.path());
                if (f == null) {
                    Formulir.gagal(k.pesan());
                } else {
                    f.setErrorMessage(k.pesan());
                    f.setInvalid(true);
                }
            }
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Peran Anda tidak berwenang mengubah pembanding.");
        }
    }

    private void hapus(PembandingIndikator p) {
        try {
            layanan.hapus(indikatorId, tahun, p.id());
            Formulir.berhasil("Pembanding dihapus.");
            muat();
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Peran Anda tidak berwenang mengubah pembanding.");
        }
    }
}
