package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.Kredensial;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is signed was approved: issuing waits until every agency-year the document covers is Ditetapkan with no
 * indicator reopened and some realisasi; a document whose year was reopened after issuing, or that a newer version
 * replaced, is not signed; drafts stay available throughout. Issuance and signature go to the audit trail.
 */
class TerbitHanyaDataDitetapkanTest extends PortalIntegrationTest {

    /** Balangan has realisasi for 2022 only; 2025 is a year of its RPJMD with targets and nothing measured. */
    static final int TAHUN_TANPA_REALISASI = 2025;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    SubjekDokumen subjek;
    long pdId;

    @BeforeEach
    void mulaiDariDraf() {
        subjek = sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0));
        pdId = Long.parseLong(subjek.kode().substring("pd:".length()));
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, 2022);
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, 2022);
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, TAHUN_TANPA_REALISASI);
    }

    List<String> kekurangan(int tahun) {
        return sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.kekurangan("IKHTISAR", subjek, tahun));
    }

    DokumenTerbit siapkan() {
        return sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", subjek, 2022));
    }

    DokumenTerbit tandatangani(DokumenTerbit d) {
        return sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.tandatangani(
                        d.id(), Kredensial.passphrase(PenerbitanTest.PASSPHRASE_DEMO.toCharArray())));
    }

    long jumlahTerbit() {
        return jdbc.sql("SELECT COUNT(*) FROM dokumen_terbit WHERE tenant_id = ?")
                .param(tenant("63.11").value())
                .query(Long.class)
                .single();
    }

    @Test
    void tahunDrafDitolakDenganAlasanTetapiDrafnyaTetapDapatDiunduh() {
        assertThat(kekurangan(2022)).anySatisfy(k -> assertThat(k)
                .contains("Realisasi tahun 2022")
                .contains("masih berstatus Draf")
                .contains("hanya diterbitkan dari data yang sudah ditetapkan"));
        long sebelum = jumlahTerbit();
        assertThatThrownBy(this::siapkan)
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageStartingWith("Dokumen belum dapat diterbitkan dan ditandatangani: ")
                .hasMessageContaining("masih berstatus Draf");
        assertThat(jumlahTerbit()).isEqualTo(sebelum);

        DokumenSiapTerbit draf = sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.draf("IKHTISAR", subjek, 2022));
        assertThat(draf.pdf()).isNotEmpty();
        assertThat(draf.blokTandaTangan()).isEmpty();
    }

    @Test
    void tahunTanpaRealisasiTidakPernahSiapDiterbitkanMeskiDitetapkan() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId, TAHUN_TANPA_REALISASI);
        assertThat(kekurangan(TAHUN_TANPA_REALISASI))
                .noneSatisfy(k -> assertThat(k).contains("masih berstatus"))
                .anySatisfy(k -> assertThat(k).contains("belum memiliki realisasi tahun 2025 sama sekali"));
        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", subjek, TAHUN_TANPA_REALISASI)))
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageContaining("belum memiliki realisasi tahun 2025 sama sekali");
    }

    @Test
    void indikatorYangDibukaKembaliMenahanPenerbitanSampaiDikunciLagi() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId, 2022);
        assertThat(kekurangan(2022)).noneSatisfy(k -> assertThat(k).contains("masih berstatus"));
        // the agency's own IKU-1: the illustrative agencies of the demo have an IKU-1 each
        long iku1 = jdbc.sql(
                        "SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'")
                .param(tenant("63.11").value())
                .param(pdId)
                .query(Long.class)
                .single();
        sebagai(Peran.ADMIN_DAERAH, "63.11", () -> {
            persetujuan.bukaIndikator(iku1, 2022, "Koreksi data PPKS");
            return null;
        });
        assertThat(kekurangan(2022)).anySatisfy(k -> assertThat(k).contains("sedang dibuka kembali"));
        assertThatThrownBy(this::siapkan)
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageContaining("sedang dibuka kembali");

        sebagai(Peran.PIMPINAN, "63.11", () -> {
            persetujuan.kunciIndikator(iku1, 2022);
            return null;
        });
        DokumenTerbit d = tandatangani(siapkan());
        assertThat(d.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);

        // Issuance and the signature are on the audit trail with number, version, hash, signer and method.
        List<String> jejak = jdbc.sql("SELECT CONCAT(isian, ' = ', nilai_baru) FROM jejak_audit"
                        + " WHERE tenant_id = ? AND jenis_data = ? AND data_id = ? ORDER BY id")
                .params(tenant("63.11").value(), PenerbitanService.JENIS_JEJAK, d.id())
                .query(String.class)
                .list();
        assertThat(jejak).hasSize(2);
        assertThat(jejak.get(0)).startsWith("penerbitan = nomor " + d.nomor() + "; versi " + d.versi() + "; sha256 ");
        assertThat(jejak.get(1))
                .startsWith("tanda tangan 1 = blok Kepala Perangkat Daerah; penanda tangan Drs. Urai Nur Iskandar")
                .contains("cara PKCS12")
                .endsWith("sha256 " + d.sha256());
    }

    @Test
    void dokumenYangTahunnyaDibukaKembaliAtauDigantikanVersiBaruTidakDitandatangani() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId, 2022);
        DokumenTerbit lama = siapkan();
        DokumenTerbit baru = siapkan();
        assertThat(baru.versi()).isEqualTo(lama.versi() + 1);
        assertThatThrownBy(() -> tandatangani(lama))
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageContaining("sudah digantikan versi " + baru.versi());

        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, 2022);
        assertThatThrownBy(() -> tandatangani(baru))
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageContaining("masih berstatus Draf");
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.dokumen(baru.id()))
                        .penandatangan())
                .isEmpty();
    }
}
