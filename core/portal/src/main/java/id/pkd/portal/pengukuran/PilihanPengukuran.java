package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The agency and year a measurement screen shows. Starts at the tenant's default year (one rule for every screen,
 * {@link PilihanTahunService#tahunBawaan()}); only years of an RPJMD period are offered, since only they can be
 * measured.
 */
class PilihanPengukuran extends HorizontalLayout {

    private final Select<PerangkatDaerah> perangkatDaerah = new Select<>();
    private final Select<Integer> tahun = new Select<>();

    PilihanPengukuran(PerencanaanService perencanaan, PilihanTahunService pilihanTahun, Runnable berubah) {
        perangkatDaerah.setLabel("Perangkat daerah");
        perangkatDaerah.setId("pilih-perangkat-daerah");
        perangkatDaerah.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        perangkatDaerah.setWidth("28em");
        tahun.setLabel("Tahun");
        tahun.setId("pilih-tahun");
        tahun.setItemLabelGenerator(String::valueOf);
        tahun.setWidth("8em");

        List<PerangkatDaerah> semuaPd = perencanaan.daftarPerangkatDaerah();
        List<Integer> semuaTahun = perencanaan.daftarPeriode().stream()
                .flatMap(p ->
                        IntStream.rangeClosed(p.tahunAwal(), p.tahunAkhir()).boxed())
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        perangkatDaerah.setItems(semuaPd);
        tahun.setItems(semuaTahun);
        if (!semuaPd.isEmpty() && !semuaTahun.isEmpty()) {
            perangkatDaerah.setValue(semuaPd.get(0));
            int bawaan = pilihanTahun.tahunBawaan();
            tahun.setValue(semuaTahun.contains(bawaan) ? bawaan : semuaTahun.get(0));
        }
        perangkatDaerah.addValueChangeListener(e -> berubah.run());
        tahun.addValueChangeListener(e -> berubah.run());
        setAlignItems(Alignment.BASELINE);
        add(perangkatDaerah, tahun);
    }

    /** Both chosen, or empty when the tenant has no agency or no RPJMD period yet. */
    Optional<Pilihan> pilihan() {
        if (perangkatDaerah.getValue() == null || tahun.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new Pilihan(perangkatDaerah.getValue().id(), tahun.getValue()));
    }

    record Pilihan(long perangkatDaerahId, int tahun) {}
}
