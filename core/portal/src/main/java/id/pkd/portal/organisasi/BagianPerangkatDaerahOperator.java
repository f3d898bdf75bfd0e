package id.pkd.portal.organisasi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.pkd.portal.pengguna.BagianDetailPengguna;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import java.util.Map;

/** On an operator's page, for the Admin Daerah: the agency the operator works for, or the whole region. */
@org.springframework.stereotype.Component
class BagianPerangkatDaerahOperator implements BagianDetailPengguna {

    private final OperatorPerangkatDaerahService layanan;
    private final PerangkatDaerahService perangkatDaerah;

    BagianPerangkatDaerahOperator(OperatorPerangkatDaerahService layanan, PerangkatDaerahService perangkatDaerah) {
        this.layanan = layanan;
        this.perangkatDaerah = perangkatDaerah;
    }

    @Override
    public Component buat(Pengguna pengguna) {
        Div bagian = new Div();
        if (pengguna.peran() != Peran.OPERATOR) {
            return bagian;
        }
        List<PerangkatDaerah> semua = perangkatDaerah.daftar();
        Select<PerangkatDaerah> pilih = new Select<>();
        pilih.setId("operator-perangkat-daerah");
        pilih.setLabel("Perangkat daerah operator");
        pilih.setHelperText("Kosong: operator seluruh daerah. Notifikasi persetujuan hanya ke operator perangkat"
                + " daerah yang bersangkutan dan operator seluruh daerah.");
        pilih.setEmptySelectionAllowed(true);
        pilih.setEmptySelectionCaption("Seluruh perangkat daerah");
        pilih.setItems(semua);
        pilih.setItemLabelGenerator(p -> p == null ? "Seluruh perangkat daerah" : p.namaPendek());
        pilih.setWidth("28em");
        layanan.perangkatDaerah(pengguna.id())
                .flatMap(id -> semua.stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresent(pilih::setValue);
        Formulir formulir = new Formulir(Map.of("perangkatDaerah", pilih));
        Button simpan = new Button("Simpan perangkat daerah", e -> {
            try {
                layanan.atur(
                        pengguna.id(),
                        pilih.getValue() == null ? null : pilih.getValue().id());
                formulir.bersihkan();
                Formulir.berhasil("Perangkat daerah operator disimpan.");
            } catch (IsianTidakSahException x) {
                formulir.tampilkan(x);
            }
        });
        simpan.setId("simpan-operator-perangkat-daerah");
        HorizontalLayout baris = new HorizontalLayout(pilih, simpan);
        baris.setDefaultVerticalComponentAlignment(
                com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        bagian.add(baris);
        return bagian;
    }
}
