package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.AkarTepercayaService;
import id.pkd.portal.tandatangan.AlgoritmaKunci;
import id.pkd.portal.tandatangan.CaDaerahService;
import id.pkd.portal.tandatangan.JenisPenandatangan;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.KunciPejabatSemula;
import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.VerificationResult;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's per-tenant CA (issue 11, part 1): the operator creates Balangan's CA, Balangan's admin issues an
 * official's key from it, the official signs an LKIP without a passphrase, and `/verifikasi` calls it sah for
 * Balangan only. Kobar's admin cannot issue from Balangan's CA.
 */
class CaDaerahTest extends PortalIntegrationTest {

    @Autowired
    CaDaerahService ca;

    @Autowired
    AkarTepercayaService akar;

    @Autowired
    TandaTanganService tandaTangan;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PdfSignatureVerifier verifier;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DaerahService daerah;

    KunciPejabatSemula kunciSemula;

    @BeforeEach
    void tahun2022Ditetapkan() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdIdBalangan(), 2022);
    }

    /** The official's demo key back as it was, so the other signing tests find it. */
    @AfterEach
    void pulihkan() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdIdBalangan(), 2022);
        if (kunciSemula != null) {
            kunciSemula.pulihkan();
        }
    }

    long pdIdBalangan() {
        String kode = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0).kode());
        return Long.parseLong(kode.substring("pd:".length()));
    }

    /** Balangan's CA, created once (by this class or the browser test). */
    static void pastikanCa(CaDaerahService ca, long tenantId, AlgoritmaKunci algoritma) {
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
            if (!ca.daerahBerCa().contains(tenantId)) {
                ca.buat(tenantId, algoritma);
            }
            return null;
        });
    }

    void catatKunciSemula(long pejabat) {
        kunciSemula = KunciPejabatSemula.catat(jdbc, pejabat);
    }

    @Test
    void kunciDariCaBalanganMenandatanganiLkipYangSahHanyaUntukBalangan() throws Exception {
        long balangan = tenant("63.11").value();
        long kobar = tenant("62.01").value();
        pastikanCa(ca, balangan, AlgoritmaKunci.EC_P256);
        CaDaerahService.InfoCa info =
                sebagai(Peran.ADMIN_DAERAH, "63.11", () -> ca.caDaerahIni()).orElseThrow();
        assertThat(info.nama()).isEqualTo("CA Kabupaten Balangan — Portal Kinerja Daerah");
        X509Certificate akarCa = akar.jangkar(balangan).stream()
                .filter(c -> c.getSubjectX500Principal().getName().contains(info.nama()))
                .findFirst()
                .orElseThrow();
        assertThat(akarCa.getBasicConstraints()).isZero();
        assertThat(akarCa.getNotAfter().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(3650)));
        assertThat(akar.jangkar(kobar)).doesNotContain(akarCa);
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'ca_daerah'")
                        .param(balangan)
                        .query(String.class)
                        .list())
                .as("the region's trail records its CA")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(info.nama());
        // One CA per region.
        assertThatThrownBy(() -> SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL, null, () -> ca.buat(balangan, AlgoritmaKunci.RSA_3072)))
                .isInstanceOfSatisfying(
                        IsianTidakSahException.class,
                        e -> assertThat(e.pesanPerIsian().get("daerah")).contains("sudah memiliki CA daerah"));

        SubjekDokumen s = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.pembuat("LKIP").subjek(2022).get(0));
        DokumenTerbit d = sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("LKIP", s, 2022));
        long pejabat = d.blok().get(0).pejabatId();
        catatKunciSemula(pejabat);
        var diterbitkan = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> ca.terbitkan(pejabat));
        assertThat(diterbitkan.penerbit()).isEqualTo(info.nama());
        X509Certificate daun = sertifikatTersimpan(pejabat);
        String nip = jdbc.sql("SELECT nip FROM pejabat WHERE id = ?")
                .param(pejabat)
                .query(String.class)
                .single();
        var subjek = org.bouncycastle.asn1.x500.X500Name.getInstance(
                daun.getSubjectX500Principal().getEncoded());
        assertThat(teks(subjek.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.SERIALNUMBER)[0]
                        .getFirst()
                        .getValue()))
                .isEqualTo(nip);
        assertThat(teks(subjek.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN)[0]
                        .getFirst()
                        .getValue()))
                .isEqualTo(diterbitkan.nama());
        assertThat(daun.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(daun.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(daun.getBasicConstraints()).isEqualTo(-1);
        assertThat(Duration.between(
                        daun.getNotBefore().toInstant(), daun.getNotAfter().toInstant()))
                .isBetween(Duration.ofDays(730), Duration.ofDays(732));
        daun.verify(akarCa.getPublicKey());
        assertThat(sebagai(Peran.PIMPINAN, "63.11", () -> tandaTangan.cara(pejabat)))
                .isEqualTo(JenisPenandatangan.CA_DAERAH);

        // No passphrase: the portal holds the only copy of the key, so only the official's own account may use it.
        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(new char[0]))))
                .isInstanceOf(TandaTanganGagalException.class)
                .hasMessageContaining("hanya dapat dipakai oleh akun pejabat itu sendiri");
        DokumenTerbit lkip = SebagaiSistem.jalankanSebagai(
                "pimpinan.balangan",
                Peran.PIMPINAN,
                tenant("63.11"),
                () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(new char[0])));
        assertThat(lkip.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
        assertThat(lkip.penandatangan())
                .extracting(DokumenTerbit.Penanda::jenis)
                .containsExactly("CA_DAERAH");
        assertSahUntukBalangan(lkip);
        byte[] pdf = sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.pdf(lkip.id()));
        // The same document under Kobar's trust: Balangan's CA means nothing there.
        VerificationResult dibawahKobar = verifier.verify(pdf, akar.jangkar(kobar));
        assertThat(dibawahKobar.status()).isEqualTo(VerificationResult.Status.TIDAK_DIPERCAYA);

        // Issued again: a new key replaces it (audited); what the old one signed stays sah.
        var baru = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> ca.terbitkan(pejabat));
        assertThat(baru.nomorSeri()).isNotEqualTo(diterbitkan.nomorSeri());
        assertThat(sertifikatTersimpan(pejabat)).isNotEqualTo(daun);
        assertSahUntukBalangan(lkip);
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'kunci_pejabat'"
                                + " AND data_id = ? ORDER BY urut")
                        .params(balangan, pejabat)
                        .query(String.class)
                        .list())
                .filteredOn(n -> n.contains("diterbitkan CA daerah"))
                .hasSize(2)
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(baru.nomorSeri());
    }

    @Test
    void adminKobarTidakMenerbitkanDariCaBalangan() {
        pastikanCa(ca, tenant("63.11").value(), AlgoritmaKunci.EC_P256);
        long pejabatBalangan = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? ORDER BY id DESC LIMIT 1")
                .param(tenant("63.11").value())
                .query(Long.class)
                .single();
        long pejabatKobar = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? ORDER BY id DESC LIMIT 1")
                .param(tenant("62.01").value())
                .query(Long.class)
                .single();
        byte[] semula = jdbc.sql("SELECT sertifikat FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabatBalangan)
                .query(byte[].class)
                .optional()
                .orElse(null);
        // The region is always the signed-in one: Balangan's official is not Kobar's to issue for.
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> ca.terbitkan(pejabatBalangan)))
                .isInstanceOf(DataTidakDitemukanException.class);
        // And Kobar's own official gets nothing from Balangan's CA: Kobar has none of its own.
        assertThat(sebagai(Peran.ADMIN_DAERAH, "62.01", () -> ca.caDaerahIni())).isEmpty();
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> ca.terbitkan(pejabatKobar)))
                .isInstanceOfSatisfying(
                        IsianTidakSahException.class,
                        e -> assertThat(e.pesanPerIsian().get("ca")).contains("belum memiliki CA daerah"));
        // Only the portal operator creates a CA, and only the admin issues.
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "62.01",
                        () -> ca.buat(tenant("62.01").value(), AlgoritmaKunci.EC_P256)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> sebagai(Peran.PIMPINAN, "63.11", () -> ca.terbitkan(pejabatBalangan)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT sertifikat FROM kunci_pejabat WHERE pejabat_id = ?")
                        .param(pejabatBalangan)
                        .query(byte[].class)
                        .optional()
                        .orElse(null))
                .isEqualTo(semula);
    }

    @Test
    void caRsaDibuatUntukDaerahnyaSendiri() throws Exception {
        // A region of its own: Kobar stays without a CA (the test above relies on it).
        long uji = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '74.21'")
                .query(Long.class)
                .optional()
                .orElseGet(() -> SebagaiSistem.jalankan(
                                Peran.OPERATOR_PORTAL,
                                null,
                                () -> daerah.daftarkan(new DaerahBaru(
                                        "74.21",
                                        "Kabupaten Uji CA",
                                        JenisDaerah.KABUPATEN,
                                        null,
                                        new PenggunaBaru(
                                                "admin.uji.ca",
                                                "Rahasia-Uji-CA-2026!",
                                                "Admin Uji CA",
                                                Peran.ADMIN_DAERAH,
                                                null,
                                                null))))
                        .id());
        pastikanCa(ca, uji, AlgoritmaKunci.RSA_3072);
        X509Certificate c = akar.jangkar(uji).stream()
                .filter(x -> x.getSubjectX500Principal().getName().contains("CA Kabupaten Uji CA"))
                .findFirst()
                .orElseThrow();
        assertThat(c.getPublicKey())
                .isInstanceOfSatisfying(
                        java.security.interfaces.RSAPublicKey.class,
                        k -> assertThat(k.getModulus().bitLength()).isEqualTo(3072));
        c.verify(c.getPublicKey());
        assertThat(c.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(akar.jangkar(tenant("63.11").value())).doesNotContain(c);
        // The private key is stored only under the master key: no PKCS#8 RSA key header in the row.
        byte[] tersimpan = jdbc.sql("SELECT kunci_terenkripsi FROM ca_daerah WHERE tenant_id = ?")
                .param(uji)
                .query(byte[].class)
                .single();
        assertThat(new String(tersimpan, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(
                        new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01},
                        java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    void assertSahUntukBalangan(DokumenTerbit d) {
        PenerbitanService.HasilVerifikasi h =
                penerbitan.verifikasiToken(d.token()).orElseThrow();
        assertThat(h.tandaTangan().status()).as(h.tandaTangan().pesan()).isEqualTo(VerificationResult.Status.SAH);
        assertThat(h.terdaftar()).get().satisfies(i -> assertThat(i.namaPemerintah())
                .isEqualTo("Pemerintah Kabupaten Balangan"));
    }

    static String teks(org.bouncycastle.asn1.ASN1Encodable nilai) {
        return ((org.bouncycastle.asn1.ASN1String) nilai).getString();
    }

    X509Certificate sertifikatTersimpan(long pejabat) throws Exception {
        byte[] der = jdbc.sql("SELECT sertifikat FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabat)
                .query(byte[].class)
                .single();
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
