package id.pkd.portal.tandatangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.IsianTidakSahException;
import java.time.Duration;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's walk-through at the certificate upload: a PKCS#12 asking for 4.9 million rounds held
 * the admin's screen for about 90 s. It is refused at once at the file field, and the official's
 * stored key stays what it was.
 */
class BatasUnggahPkcs12Test extends PortalIntegrationTest {

    @Autowired
    KunciPejabatService kunci;

    @Autowired
    JdbcClient jdbc;

    @Test
    void berkasDengan4Koma9JutaPutaranDitolakDiIsianBerkas() throws Exception {
        long sekretaris = jdbc.sql("SELECT id FROM pejabat WHERE nip = '197608142000122003' AND tenant_id = ?")
                .param(tenant("63.11").value())
                .query(Long.class)
                .single();
        String sebelum = kunciTersimpan(sekretaris);
        byte[] p12 = new Pfx(
                        new ContentInfo(
                                PKCSObjectIdentifiers.data,
                                new DEROctetString(new AuthenticatedSafe(new ContentInfo[0]).getEncoded())),
                        new MacData(
                                new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), new byte[32]),
                                new byte[16],
                                4_900_000))
                .getEncoded();
        long mulai = System.nanoTime();
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH, "63.11", () -> kunci.unggah(sekretaris, p12, "sandi".toCharArray())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("berkas")
                        .containsValue("Berkas PKCS#12 meminta 4900000 putaran penurunan kunci; paling banyak"
                                + " 1000000. Ekspor ulang berkas dengan pengaturan bawaan aplikasinya."));
        assertThat(Duration.ofNanos(System.nanoTime() - mulai)).isLessThan(Duration.ofSeconds(2));
        assertThat(kunciTersimpan(sekretaris)).isEqualTo(sebelum);
    }

    private String kunciTersimpan(long pejabat) {
        return jdbc.sql("SELECT COALESCE(GROUP_CONCAT(CONCAT(id, ':', nomor_seri) ORDER BY id), '-') FROM kunci_pejabat"
                        + " WHERE pejabat_id = ?")
                .param(pejabat)
                .query(String.class)
                .single();
    }
}
