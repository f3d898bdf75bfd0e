package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Pembulatan;
import id.pkd.portal.tampilan.FormatKinerja;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant admin sets where the kategori bands start and how capaian is rounded for print. */
@Route("pengaturan-capaian")
@PageTitle("Pengaturan Capaian | Portal Kinerja Daerah")
@Menu(title = "Pengaturan Capaian", order = 90)
@RolesAllowed("ADMIN_DAERAH")
class PengaturanCapaianView extends VerticalLayout {

    private final PengukuranKinerjaService pengukuran;
    private final TextField sangatTinggi = new TextField("Batas bawah Sangat Tinggi");
    private final TextField tinggi = new TextField("Batas bawah Tinggi");
    private final TextField sedang = new TextField("Batas bawah Sedang");
    private final TextField rendah = new TextField("Batas bawah Rendah");
    private final Select<Pembulatan> pembulatan = new Select<>();
    private final Map<String, TextField> batas = new LinkedHashMap<>();
    private final Formulir formulir;
    private final VerticalLayout legenda = new VerticalLayout();
    private final PembekuanPengukuran pembekuan;
    private final Paragraph catatanTerkunci = new Paragraph();

    PengaturanCapaianView(PengukuranKinerjaService pengukuran, PembekuanPengukuran pembekuan) {
        this.pengukuran = pengukuran;
        this.pembekuan = pembekuan;
        catatanTerkunci.setId("catatan-tahun-terkunci");
        batas.put("batasSangatTinggi", sangatTinggi);
        batas.put("batasTinggi", tinggi);
        batas.put("batasSedang", sedang);
        batas.put("batasRendah", rendah);
        formulir = new Formulir(batas);
        batas.forEach((nama, isian) -> {
            isian.setId(nama);
            isian.setHelperText("Termasuk dalam kategorinya, mis. 91 atau 90,01");
        });
        pembulatan.setLabel("Pembulatan");
        pembulatan.setId("pembulatan");
        pembulatan.setItems(Pembulatan.values());
        pembulatan.setItemLabelGenerator(p -> p == Pembulatan.HALF_UP ? "Pembulatan biasa" : "Dipotong");
        pembulatan.addValueChangeListener(e -> pembulatan.setHelperText(
                e.getValue() == null ? null : e.getValue().label()));
        Button simpan = new Button("Simpan pengaturan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-pengaturan");
        Button baku = new Button("Kembalikan ke Permendagri 86/2017", e -> tampilkan(AturanCapaian.BAKU));
        add(
                new H2("Pengaturan Capaian"),
                new Paragraph("Batas bawah tiap kategori capaian (dalam persen) dan cara membulatkan capaian menjadi"
                        + " 2 angka desimal. Berlaku untuk semua layar dan dokumen daerah ini, kecuali tahun yang"
                        + " sudah diajukan atau ditetapkan: tahun itu tetap memakai aturan saat diajukan."),
                new FormLayout(sangatTinggi, tinggi, sedang, rendah, pembulatan),
                new HorizontalLayout(simpan, baku),
                catatanTerkunci,
                legenda);
        AturanCapaian aturan = pengukuran.aturan();
        tampilkan(aturan);
        legenda.add(FormatKinerja.legenda(aturan.ambang()));
    }

    private void tampilkan(AturanCapaian aturan) {
        AmbangKategori a = aturan.ambang();
        sangatTinggi.setValue(AngkaIndonesia.formatRingkas(a.batasSangatTinggi()));
        tinggi.setValue(AngkaIndonesia.formatRingkas(a.batasTinggi()));
        sedang.setValue(AngkaIndonesia.formatRingkas(a.batasSedang()));
        rendah.setValue(AngkaIndonesia.formatRingkas(a.batasRendah()));
        pembulatan.setValue(aturan.pembulatan());
        formulir.bersihkan();
    }

    private void simpan() {
        formulir.bersihkan();
        Map<String, BigDecimal> nilai = new LinkedHashMap<>();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        batas.forEach((nama, isian) -> {
            try {
                nilai.put(nama, AngkaIndonesia.parse(isian.getValue()));
            } catch (AngkaTidakSahException e) {
                salah.tambah(nama, e.getMessage());
            }
        });
        try {
            salah.lemparJikaAda();
            if (pembulatan.getValue() == null) {
                throw IsianTidakSahException.pada("pembulatan", "Pilih cara pembulatan.");
            }
            AmbangKategori ambang = ambang(nilai);
            pengukuran.ubahAturan(ambang, pembulatan.getValue());
            Formulir.berhasil("Pengaturan capaian disimpan.");
            catatanTerkunci.setText(pembekuan
                    .catatanTahunTerkunci(null, "aturan capaian")
                    .orElse("Berlaku untuk semua tahun: belum ada tahun yang dikunci."));
            legenda.removeAll();
            legenda.add(FormatKinerja.legenda(ambang));
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    /** The limits, or the constructor's message at the first limit that does not descend. */
    private static AmbangKategori ambang(Map<String, BigDecimal> n) {
        try {
            return new AmbangKategori(
                    n.get("batasSangatTinggi"), n.get("batasTinggi"), n.get("batasSedang"), n.get("batasRendah"));
        } catch (IllegalArgumentException e) {
            String isian = n.get("batasSangatTinggi").compareTo(n.get("batasTinggi")) <= 0
                    ? "batasTinggi"
                    : n.get("batasTinggi").compareTo(n.get("batasSedang")) <= 0 ? "batasSedang" : "batasRendah";
            throw IsianTidakSahException.pada(isian, e.getMessage());
        }
    }
}
