package id.pkd.portal.plugin;

import id.pkd.portal.jejak.JejakAuditService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * A real plugin jar posing as "urusan-sosial" whose calculator for ppks-tertangani throws, loaded
 * into its own plugin portal, and the urusan data service over it with the application's real
 * repositories: Balangan's IKU sourced from that indicator then meets a plugin failing at run time.
 */
public final class PluginMelemparUji {

    public static final String ALASAN = "pembagi hilang di plugin";

    /** The service over the throwing plugin; closing stops its plugin portal. */
    public record Terpasang(DataUrusanService data, PluginPortal portal) implements AutoCloseable {
        @Override
        public void close() {
            portal.hentikan();
        }
    }

    private PluginMelemparUji() {}

    public static Terpasang pasang(Path direktori, ApplicationContext konteks) throws Exception {
        return pasang(
                direktori,
                konteks,
                "uji.melempar",
                "throw new IllegalStateException(\"%s\");".formatted(ALASAN),
                konteks.getBean(PelaksanaPlugin.class));
    }

    /**
     * The plugin with {@code badanHitung} as the body of its calculator's {@code hitung(Data data, int tahun)},
     * run by {@code pelaksana}.
     */
    static Terpasang pasang(
            Path direktori, ApplicationContext konteks, String paket, String badanHitung, PelaksanaPlugin pelaksana)
            throws Exception {
        PluginUji.buatDariSumber(
                direktori,
                "urusan-sosial",
                paket,
                """
                package %s;
                import id.pkd.plugin.api.*;
                import java.util.List;
                import java.util.Optional;
                @org.pf4j.Extension
                public class UrusanUji implements UrusanPlugin {
                    public static class Lempar implements PenghitungIndikator {
                        public Optional<Hasil> hitung(Data data, int tahun) {
                            %s
                        }
                    }
                    public Urusan urusan() { return new Urusan("1.06", "Sosial"); }
                    public List<DefinisiIndikator> indikator() {
                        return List.of(new DefinisiIndikator("ppks-tertangani", "Persentase PPKS tertangani", "%%",
                                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK));
                    }
                    public List<Formulir> formulir() {
                        return List.of(Formulir.tahunan("uji", "Formulir uji", Formulir.Rincian.barisBerulang(),
                                List.of(Isian.jumlah("jumlah", "Jumlah"))));
                    }
                    public List<IndikatorTerhitung> indikatorTerhitung() {
                        return List.of(IndikatorTerhitung.dihitungOleh("ppks-tertangani", Lempar.class));
                    }
                    public List<BagianLaporan> bagianLaporan() { return List.of(); }
                }
                """
                        .formatted(paket, badanHitung),
                Map.of());
        PluginPortal portal = new PluginPortal(direktori.toString());
        if (portal.terpasang().isEmpty()) {
            throw new IllegalStateException("Plugin uji tidak termuat: " + portal.gagal());
        }
        DataUrusanService data = new DataUrusanService(
                portal,
                konteks.getBean(PluginDaerahRepository.class),
                konteks.getBean(DataUrusanRepository.class),
                konteks.getBean(JejakAuditService.class),
                konteks.getBean(Clock.class),
                konteks.getBean(PenjagaDataUrusan.class),
                pelaksana,
                konteks.getBean(id.pkd.portal.umum.VersiData.class));
        return new Terpasang(data, portal);
    }
}
