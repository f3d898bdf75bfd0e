package id.pkd.portal.demo;

import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.rpjmd.IsianSasaranRpjmd;
import id.pkd.portal.rpjmd.IsianTujuanRpjmd;
import id.pkd.portal.rpjmd.SasaranRpjmdService;
import id.pkd.portal.rpjmd.TautanSasaranRenstra;
import id.pkd.portal.rpjmd.TautanSasaranRpjmdService;
import id.pkd.portal.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Balangan's tujuan and sasaran RPJMD 2021–2026, with its IKU Kepala Daerah and the agencies' Renstra sasaran linked,
 * entered through the RPJMD screen's services. The misi is the source's (the LKIP 2022 of the Dinas Sosial cites misi
 * 5, the demo's only misi); the LKIP says the Dinas's PPKS and village indicators serve the RPJMD's tujuan and sasaran,
 * so its sasaran S1 (PPKS) and S4 (desa) are linked as the source has them. The wording of the tujuan and sasaran, and
 * every other link, is invented and marked "Ilustratif: "; the public works agency stays unlinked on purpose, so the
 * pohon kinerja shows its "Belum ditautkan" branch.
 */
@Component
class SasaranRpjmdDemo {

    private static final Logger log = LoggerFactory.getLogger(SasaranRpjmdDemo.class);

    /** A demo sasaran: its tujuan's code, its own code and wording, its IKU and the agencies' sasaran it holds. */
    record Sasaran(String tujuan, String kode, String uraian, List<String> iku, Map<String, List<String>> renstra) {}

    static final Map<String, String> TUJUAN = Map.of(
            "T5.1", "Meningkatnya kualitas hidup dan kesejahteraan sosial masyarakat",
            "T5.2", "Terwujudnya pemerintahan yang akuntabel serta desa yang mandiri");

    static final String DINSOS = "Dinas Sosial";

    static final List<Sasaran> SASARAN = List.of(
            new Sasaran(
                    "T5.1",
                    "S5.1.1",
                    "Meningkatnya kualitas sumber daya manusia",
                    List.of("IKD-1"),
                    Map.of("Dinas Pendidikan", List.of("S1", "S2"), "Dinas Kesehatan", List.of("S1", "S2"))),
            new Sasaran(
                    "T5.1",
                    "S5.1.2",
                    "Menurunnya kemiskinan dan meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial",
                    List.of("IKD-2", "IKD-3"),
                    Map.of(DINSOS, List.of("S1"))),
            new Sasaran(
                    "T5.1",
                    "S5.1.3",
                    "Meningkatnya kesetaraan gender serta perlindungan perempuan dan anak",
                    List.of(),
                    Map.of(DINSOS, List.of("S2", "S3"))),
            new Sasaran("T5.2", "S5.2.1", "Meningkatnya kemandirian desa", List.of(), Map.of(DINSOS, List.of("S4"))),
            new Sasaran(
                    "T5.2",
                    "S5.2.2",
                    "Meningkatnya akuntabilitas kinerja pemerintah daerah",
                    List.of("IKD-4"),
                    Map.of("Badan Perencanaan", List.of("S1", "S2"), "Inspektorat", List.of("S1", "S2"))));

    private final PerencanaanService perencanaan;
    private final SasaranRpjmdService sasaran;
    private final TautanSasaranRpjmdService tautan;
    private final IkuDaerahService iku;

    SasaranRpjmdDemo(
            PerencanaanService perencanaan,
            SasaranRpjmdService sasaran,
            TautanSasaranRpjmdService tautan,
            IkuDaerahService iku) {
        this.perencanaan = perencanaan;
        this.sasaran = sasaran;
        this.tautan = tautan;
        this.iku = iku;
    }

    /**
     * Loads them while the 2021–2026 period has no tujuan RPJMD, so a demo database made before gets them too; a
     * refusal (a year locked on that database) is logged and the rest goes on: the demo is an extra.
     */
    void muat(TenantId tenant) {
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> {
            PeriodeRpjmd periode = perencanaan.daftarPeriode().stream()
                    .filter(p -> p.tahunAwal() == 2021)
                    .findFirst()
                    .orElse(null);
            if (periode == null || !sasaran.pohon(periode.id()).isEmpty()) {
                return null;
            }
            try {
                isi(periode);
                log.info("Tujuan dan sasaran RPJMD demo dimuat");
            } catch (RuntimeException e) {
                log.warn("Tujuan dan sasaran RPJMD demo tidak lengkap dimuat: {}", e.getMessage());
            }
            return null;
        });
    }

    private void isi(PeriodeRpjmd periode) {
        Map<String, Long> tujuan = new java.util.HashMap<>();
        for (String kode : List.of("T5.1", "T5.2")) {
            tujuan.put(
                    kode,
                    sasaran.simpanTujuan(new IsianTujuanRpjmd(
                                    null, periode.id(), 1, kode, RencanaIlustratif.AWALAN + TUJUAN.get(kode)))
                            .id());
        }
        List<IkuDaerah> semuaIku = iku.daftar(periode.id());
        List<TautanSasaranRenstra> renstra = tautan.sasaranRenstra(periode.id());
        for (Sasaran s : SASARAN) {
            long id = sasaran.simpanSasaran(
                            periode.id(),
                            new IsianSasaranRpjmd(
                                    null, tujuan.get(s.tujuan()), s.kode(), RencanaIlustratif.AWALAN + s.uraian()))
                    .id();
            semuaIku.stream().filter(i -> s.iku().contains(i.kode())).forEach(i -> tautan.tautkanIku(i.id(), id));
            renstra.stream()
                    .filter(r -> s.renstra().entrySet().stream()
                            .anyMatch(e -> namaPd(r).startsWith(e.getKey())
                                    && e.getValue().contains(r.kode())))
                    .forEach(r -> tautan.tautkanSasaranRenstra(r.sasaranId(), id));
        }
    }

    /** The agency's name without the illustrative marker, as the table above names it. */
    private static String namaPd(TautanSasaranRenstra r) {
        String n = r.namaPerangkatDaerah();
        return n.startsWith(RencanaIlustratif.AWALAN) ? n.substring(RencanaIlustratif.AWALAN.length()) : n;
    }
}
