package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * The realisasi of one IKU Kepala Daerah per year of the period, which the region's LKJIP measures against the
 * targets. Saved apart from the definition: the realisasi is entered after the year, long after the targets were
 * set. A locked year is read-only.
 */
class RealisasiIkuEditor extends VerticalLayout {

    private final RealisasiIkuDaerahService layanan;
    private final Map<Integer, TextField> realisasi;
    private final Formulir formulir;
    private IkuDaerah terpilih;

    RealisasiIkuEditor(
            RealisasiIkuDaerahService layanan, PeriodeRpjmd periode, Set<Integer> terkunci, boolean bolehUbah) {
        this.layanan = layanan;
        setPadding(false);
        setId("editor-realisasi-iku");
        Map<String, HasValidation> isian = new HashMap<>();
        IsianPerTahun baris = new IsianPerTahun("iku-realisasi-", "realisasi", isian, periode, terkunci, bolehUbah);
        realisasi = baris.perTahun();
        formulir = new Formulir(isian);
        Button simpan = new Button("Simpan realisasi", e -> simpan());
        simpan.setId("simpan-realisasi-iku");
        simpan.setVisible(bolehUbah);
        add(new H4("Realisasi per tahun"), baris, simpan);
    }

    /** Shows an indicator's realisasi; hidden for a new indicator, which has none yet. */
    void isi(IkuDaerah i) {
        terpilih = i;
        formulir.bersihkan();
        setVisible(i != null);
        if (i != null) {
            realisasi.forEach((th, f) ->
                    f.setValue(IkuDaerahEditor.teks(layanan.realisasi(th).get(i.id()))));
        }
    }

    private void simpan() {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        Map<Integer, BigDecimal> nilai = new HashMap<>();
        realisasi.forEach((th, f) -> {
            if (!f.getValue().isBlank()) {
                try {
                    nilai.put(th, AngkaIndonesia.parse(f.getValue()));
                } catch (AngkaTidakSahException e) {
                    salah.tambah("realisasi." + th, e.getMessage());
                }
            } else {
                nilai.put(th, null);
            }
        });
        try {
            salah.lemparJikaAda();
            layanan.simpan(terpilih.id(), nilai);
            Formulir.berhasil("Realisasi IKU " + terpilih.kode() + " disimpan.");
            isi(terpilih);
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengisi realisasi IKU Kepala Daerah.");
        }
    }
}
