package id.pkd.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.plugin.api.Isian;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.plugin.BarisUrusan;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.umum.ValidasiGagalException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The urusan forms' save path, {@link DataUrusanService#simpan} as the form view calls it, on the
 * real Sosial and PMD plugins: rows of generated cells (numbers in Indonesian notation beyond and
 * within every bound, impossible dates, long and odd texts, unknown list items and references,
 * unknown fields) for the disaster register, the village register and the yearly IDM. For every
 * input: only a {@link ValidasiGagalException} with each problem at {@code baris[i].isian}, and a
 * refusal leaves the form's rows and the plugins' computed indicators as they were. Own region 64.64.
 */
class FormulirFuzzTest extends UjiFuzz {

    static final List<String[]> FORMULIR = List.of(
            new String[] {"urusan-sosial", "bencana"},
            new String[] {"urusan-pmd", "desa"},
            new String[] {"urusan-pmd", "idm"},
            new String[] {"urusan-sosial", "bansos"});

    @Autowired
    DataUrusanService data;

    @Autowired
    PluginDaerahService pluginDaerah;

    private static boolean siap;

    DaerahFuzz siapkan() {
        DaerahFuzz d = daerah("64.64");
        synchronized (FormulirFuzzTest.class) {
            if (!siap) {
                d.sebagai(Peran.ADMIN_DAERAH, () -> {
                    pluginDaerah.atur("urusan-sosial", true);
                    pluginDaerah.atur("urusan-pmd", true);
                    return null;
                });
                d.sebagai(
                        Peran.OPERATOR,
                        () -> data.simpan(
                                "urusan-pmd",
                                "desa",
                                null,
                                List.of(
                                        BarisUrusan.dari(Map.of(
                                                "kode", "64.64.01.2001", "nama", "Desa Satu", "kecamatan", "Uji")),
                                        BarisUrusan.dari(Map.of(
                                                "kode", "64.64.01.2002", "nama", "Desa Dua", "kecamatan", "Uji")))));
                siap = true;
            }
        }
        return d;
    }

    record Sel(int isian, String nilai) {}

    @Provide
    Arbitrary<Integer> formulir() {
        return Arbitraries.integers().between(0, FORMULIR.size() - 1);
    }

    @Provide
    Arbitrary<List<List<Sel>>> baris() {
        Arbitrary<String> nilai = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Masukan.teks()),
                net.jqwik.api.Tuple.of(4, Masukan.angka().map(FormulirFuzzTest::indonesia)),
                net.jqwik.api.Tuple.of(
                        2, Arbitraries.of("64.64.01.2001", "64.64.01.2002", "0,5", "0,8", "MAJU", "BANJIR", "ya")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<Sel> sel = Combinators.combine(Arbitraries.integers().between(0, 20), nilai)
                .as(Sel::new);
        return sel.list().ofMinSize(0).ofMaxSize(12).list().ofMinSize(0).ofMaxSize(4);
    }

    // No tries named: jqwik.tries.default decides (pom: 1,000 in the default run, 7,500 with -Plengkap), since this
    // path is the slowest to fuzz and CI has a time budget.
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void simpanFormulirHanyaMenolakDenganLetakDanTidakMengubahApaPun(
            @ForAll("formulir") int pilihan, @ForAll("baris") List<List<Sel>> masukan) {
        DaerahFuzz d = siapkan();
        String plugin = FORMULIR.get(pilihan)[0];
        String kode = FORMULIR.get(pilihan)[1];
        List<Isian> isian = d.sebagai(Peran.OPERATOR, () -> data.formulir(plugin, kode))
                .formulir()
                .isian();
        List<BarisUrusan> baris = new ArrayList<>();
        for (List<Sel> sel : masukan) {
            Map<String, String> nilai = new LinkedHashMap<>();
            sel.forEach(s -> nilai.put(
                    s.isian() < isian.size() ? isian.get(s.isian()).kode() : "tidak_dikenal_" + s.isian(), s.nilai()));
            baris.add(BarisUrusan.dari(nilai));
        }
        Integer tahun = kode.equals("desa") ? null : DaerahFuzz.TAHUN;
        Object sebelum = keadaan(d, plugin, kode, tahun);
        Throwable t = catchThrowable(() -> d.sebagai(Peran.OPERATOR, () -> data.simpan(plugin, kode, tahun, baris)));
        String kasus = plugin + "/" + kode + " " + potong(baris.toString());
        Statistik.untuk("DataUrusanService.simpan").catat(t == null ? "diterima" : "ditolak");
        if (t == null) {
            // what was accepted is computed without failing
            keadaan(d, plugin, kode, tahun);
            return;
        }
        assertThat(t).as("%s → %s", kasus, t).isInstanceOf(ValidasiGagalException.class);
        assertThat(((ValidasiGagalException) t).kesalahan())
                .as(kasus)
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.path()).matches("baris\\[\\d+\\](\\.[a-z_0-9]+)?"));
        assertThat(keadaan(d, plugin, kode, tahun))
                .as("penolakan %s tidak mengubah apa pun", kasus)
                .isEqualTo(sebelum);
    }

    /** The form's rows of the year and every computed indicator of the enabled plugins. */
    private Object keadaan(DaerahFuzz d, String plugin, String kode, Integer tahun) {
        return d.sebagai(Peran.OPERATOR, () -> {
            List<Object> hasil = new ArrayList<>(data.baris(plugin, kode, tahun));
            data.indikatorTerhitungAktif()
                    .forEach(i -> hasil.add(
                            data.hitung(i.pluginId() + "/" + i.indikator().kode(), DaerahFuzz.TAHUN)));
            return hasil;
        });
    }

    /** A number as a user types it (68,72); one that would expand to a huge text stays in E notation. */
    static String indonesia(java.math.BigDecimal n) {
        return Math.abs(n.scale()) > 60 ? n.toString() : n.toPlainString().replace('.', ',');
    }

    static String potong(String teks) {
        return teks.length() > 400 ? teks.substring(0, 400) + "…" : teks;
    }
}
