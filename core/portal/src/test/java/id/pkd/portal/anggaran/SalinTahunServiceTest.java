package id.pkd.portal.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Copying a year's budget into the next on a tenant of its own (11.04). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalinTahunServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "11.04";

    @Autowired
    SalinTahunService salin;

    @Autowired
    AnggaranService anggaran;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    long pd1;
    long pd2;
    long pd3;

    @BeforeAll
    void siapkan() {
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1104", "SL.1", "SL.2", "SL.3");
        pd1 = idPd("SL.1");
        pd2 = idPd("SL.2");
        pd3 = idPd("SL.3");
    }

    long idPd(String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(tenant(DAERAH).value(), kode)
                .query(Long.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }

    /** A program with one sub kegiatan that has pagu, spending per quarter and an indicator with its target. */
    BarisProgram rencana(long pd, int th) {
        return admin(() -> {
            BarisProgram p = anggaran.tambah(pd, th, null, "2.13.04");
            BarisProgram k = anggaran.tambah(pd, th, p.id(), "2.13.04.2.01");
            BarisProgram s = anggaran.tambah(pd, th, k.id(), "2.13.04.2.01.04");
            return anggaran.simpanSubKegiatan(
                    pd,
                    th,
                    new IsianSubKegiatan(
                            s.id(),
                            new BigDecimal("479030000"),
                            SumberDana.APBD_PROVINSI,
                            Map.of(1, new BigDecimal("100000000")),
                            List.of(new BarisProgram.IndikatorAnggaran(
                                    null,
                                    "Desa yang laporan keuangannya tepat waktu",
                                    "desa",
                                    new BigDecimal("154")))));
        });
    }

    @Test
    void satuPerangkatDaerahDisalinTanpaRealisasi() {
        rencana(pd1, 2026);
        SalinTahunService.HasilSalin h = admin(() -> salin.salin(pd1, 2026));
        assertThat(h).isEqualTo(new SalinTahunService.HasilSalin(1, 3, 1));
        RencanaAnggaran baru = admin(() -> anggaran.rencana(pd1, 2027));
        BarisProgram sub = baru.kode("2.13.04.2.01.04").orElseThrow();
        assertThat(sub.anggaran()).isEqualByComparingTo("479030000");
        assertThat(sub.sumberDana()).isEqualTo(SumberDana.APBD_PROVINSI);
        assertThat(sub.realisasi()).isEqualByComparingTo("0");
        assertThat(sub.triwulan()).isEmpty();
        assertThat(sub.indikator()).singleElement().satisfies(i -> assertThat(i.target())
                .isEqualByComparingTo("154"));
        assertThat(sub.indukId())
                .isEqualTo(baru.kode("2.13.04.2.01").orElseThrow().id());

        IsianTidakSahException lagi =
                catchThrowableOfType(IsianTidakSahException.class, () -> admin(() -> salin.salin(pd1, 2026)));
        assertThat(lagi.pesanPerIsian().get("tahun"))
                .startsWith("Tahun 2027 Dinas Uji SL.1 sudah berisi program; penyalinan hanya ke tahun yang masih"
                        + " kosong.");
        assertThat(admin(() -> anggaran.rencana(pd1, 2027)).baris()).hasSize(3);
        assertThat(catchThrowableOfType(IsianTidakSahException.class, () -> admin(() -> salin.salin(pd1, 2029)))
                        .pesanPerIsian())
                .containsEntry("tahun", "Tahun 2029 belum berisi program untuk disalin.");
    }

    @Test
    void semuaPerangkatDaerahSekaligusAtauTidakSamaSekali() {
        rencana(pd2, 2028);
        rencana(pd3, 2028);
        admin(() -> anggaran.tambah(pd3, 2029, null, "2.13.02"));
        assertThatThrownBy(() -> admin(() -> salin.salin(null, 2028))).isInstanceOf(IsianTidakSahException.class);
        assertThat(admin(() -> anggaran.rencana(pd2, 2029)).baris())
                .as("nothing copied")
                .isEmpty();

        admin(() -> {
            anggaran.hapus(
                    pd3, 2029, anggaran.rencana(pd3, 2029).baris().getFirst().id());
            return null;
        });
        admin(() -> persetujuan.ajukan(pd2, 2029));
        assertThatThrownBy(() -> admin(() -> salin.salin(null, 2028))).isInstanceOf(DataTerkunciException.class);
        assertThat(admin(() -> anggaran.rencana(pd3, 2029)).baris()).isEmpty();
    }
}
