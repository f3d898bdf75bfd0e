package id.pkd.portal.tandatangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PermintaanTandaTangan;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A key stored without the upload check (from before the trust model, or planted in the database) does not
 * sign: the official is told why before any document is issued.
 */
class KunciTanpaRantaiTest extends PortalIntegrationTest {

    static final char[] SANDI = "sandi-tanpa-rantai".toCharArray();

    @Autowired
    TandaTanganService tandaTangan;

    @Autowired
    KunciInduk kunciInduk;

    @Autowired
    JdbcClient jdbc;

    long pejabat;
    KunciPejabatSemula semula;

    @AfterEach
    void pulihkan() {
        if (semula != null) {
            semula.pulihkan();
        }
    }

    @Test
    void kunciBuatanSendiriYangTertanamTidakDipakaiMenandatangani() {
        long t = tenant("63.11").value();
        pejabat = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(t)
                .query(Long.class)
                .single();
        semula = KunciPejabatSemula.catat(jdbc, pejabat);
        jdbc.sql("DELETE FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabat)
                .update();
        byte[] p12 = SertifikatPalsu.p12("Pejabat Tertanam", "Pemerintah Kabupaten Balangan", SANDI);
        X509Certificate c = PadesSigner.fromPkcs12(p12, SANDI.clone()).certificate();
        jdbc.sql(
                        """
                        INSERT INTO kunci_pejabat (tenant_id, pejabat_id, p12_terenkripsi, nama_sertifikat, penerbit,
                            nomor_seri, berlaku_mulai, berlaku_sampai, sertifikat, diunggah_oleh, diunggah_pada)
                        VALUES (?, ?, ?, 'Pejabat Tertanam', 'Pejabat Tertanam', '1', ?, ?, ?, 'uji', ?)""")
                .params(
                        t,
                        pejabat,
                        kunciInduk.enkripsi(p12, PenandatanganPkcs12.konteks(t, pejabat)),
                        Timestamp.from(c.getNotBefore().toInstant()),
                        Timestamp.from(c.getNotAfter().toInstant()),
                        uncheckedEncoded(c),
                        Timestamp.from(Instant.now()))
                .update();
        assertThat(sebagai(Peran.PIMPINAN, "63.11", () -> tandaTangan.cara(pejabat)))
                .isEqualTo(JenisPenandatangan.PKCS12);

        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> tandaTangan.tandatangani(
                                pejabat,
                                "%PDF-1.4".getBytes(),
                                new PermintaanTandaTangan("uji", "Paringin", "Pejabat Tertanam", null),
                                Kredensial.passphrase(SANDI.clone()))))
                .isInstanceOf(TandaTanganGagalException.class)
                .hasMessageContaining("tidak dapat dipakai")
                .hasMessageContaining("self-signed");
    }

    static byte[] uncheckedEncoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
