package id.pkd.portal.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perjanjiankinerja.DaerahUjiPk;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Renstra's "copy a year's targets" on a region of its own (75.05, targets 50…70 for 2025…2029): only an empty
 * target of the new year is filled, a filled one is never overwritten, each filled target is audited.
 */
class SalinTargetRenstraTest extends PortalIntegrationTest {

    static final String DAERAH = "75.05";

    @Autowired
    SalinTargetRenstraService salin;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hanyaTargetKosongYangDiisiDanTercatat() {
        long t = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji7505", "REN.1")
                .value();
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t)
                .query(Long.class)
                .single();
        long periode = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(t)
                .query(Long.class)
                .single();
        long iku = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND kode = 'IKU-1'")
                .param(t)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = 2027")
                .params(t, iku)
                .update();

        assertThat(admin(() -> salin.salin(pd, periode, 2026, 2027))).isEqualTo(1);
        assertThat(target(t, iku, 2027)).isEqualByComparingTo("55");
        assertThat(admin(() -> jejak.riwayat("indikator", iku)))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(org.assertj.core.groups.Tuple.tuple("target 2027", "55"));

        assertThatThrownBy(() -> admin(() -> salin.salin(pd, periode, 2025, 2028)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry(
                                "tahunTujuan",
                                "Tidak ada indikator bertarget tahun 2025 yang targetnya tahun 2028 masih kosong."
                                        + " Tidak ada yang disalin."));
        assertThat(target(t, iku, 2028)).as("a typed target stays").isEqualByComparingTo("65");
        assertThatThrownBy(() -> admin(() -> salin.salin(pd, periode, 2025, 2030)))
                .isInstanceOf(IsianTidakSahException.class);
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> salin.salin(pd, periode, 2025, 2026)))
                .isInstanceOf(AccessDeniedException.class);
    }

    BigDecimal target(long t, long indikator, int tahun) {
        return jdbc.sql("SELECT nilai FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                .params(t, indikator, tahun)
                .query(BigDecimal.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
