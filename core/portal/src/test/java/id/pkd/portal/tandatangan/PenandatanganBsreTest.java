package id.pkd.portal.tandatangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.GambarTandaTangan;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.PermintaanTandaTangan;
import id.pkd.reports.signing.TampilanTandaTangan;
import id.pkd.reports.signing.VerificationResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing through a BSrE Esign Client Service: a local stub that signs for real and answers BSrE's errors. The
 * tenant Kotawaringin Barat uses it for the length of this test; Balangan keeps its local PKCS#12.
 */
@ExtendWith(OutputCaptureExtension.class)
class PenandatanganBsreTest extends PortalIntegrationTest {

    static StubBsre stub;

    @Autowired
    PengaturanBsreService bsre;

    @Autowired
    TandaTanganService tandaTangan;

    @Autowired
    PdfSignatureVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AkarTepercayaService akar;

    @BeforeAll
    static void mulai() throws Exception {
        stub = new StubBsre();
    }

    @AfterAll
    static void selesai() {
        stub.close();
    }

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        long t = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '62.01'")
                .query(Long.class)
                .single();
        return SebagaiSistem.jalankan(peran, new TenantId(t), kerja);
    }

    @Test
    void tandaTanganLewatBsreSahDanKesalahanBsreDitampilkanApaAdanya(CapturedOutput log) throws Exception {
        long kepala = jdbc.sql("SELECT id FROM pejabat WHERE nip = '196907121994031004' AND tenant_id = ?")
                .param(tenant("62.01").value())
                .query(Long.class)
                .single();
        // The verification page trusts the roots the portal operator installed, e.g. the BSrE root.
        byte[] caStub = stub.sertifikatCa().getEncoded();
        long akarStub = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> akar.pasang(null, caStub))
                .id();
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, () -> {
                    bsre.simpan("bukan alamat", "", "", true);
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKeys("alamat", "pengguna", "sandi"));
        long urutSebelum = urutJejakTerakhir();
        try {
            sebagai(Peran.ADMIN_DAERAH, () -> {
                bsre.simpan(stub.alamat(), StubBsre.PENGGUNA, StubBsre.SANDI, true);
                return null;
            });
            // Where the region's signatures are made is audited like any setting, without the account itself.
            assertThat(jejakBsreSejak(urutSebelum))
                    .contains("alamat=" + stub.alamat(), "pengguna=(diganti)", "sandi=(diganti)", "aktif=ya")
                    .noneMatch(e -> e.contains(StubBsre.SANDI) || e.contains(StubBsre.PENGGUNA));
            long urutTersimpan = urutJejakTerakhir();
            sebagai(Peran.ADMIN_DAERAH, () -> {
                bsre.simpan(stub.alamat(), StubBsre.PENGGUNA, "", true);
                return null;
            });
            assertThat(jejakBsreSejak(urutTersimpan))
                    .as("saved again unchanged")
                    .isEmpty();
            byte[] sandiTersimpan = jdbc.sql("SELECT sandi_terenkripsi FROM pengaturan_bsre")
                    .query(byte[].class)
                    .list()
                    .get(0);
            assertThat(new String(sandiTersimpan, StandardCharsets.ISO_8859_1)).doesNotContain(StubBsre.SANDI);
            assertThat(sebagai(Peran.ADMIN_DAERAH, () -> bsre.baca()))
                    .get()
                    .extracting(PengaturanBsreService.PengaturanBsre::pengguna)
                    .isEqualTo(StubBsre.PENGGUNA);
            assertThat(sebagai(Peran.PIMPINAN, () -> tandaTangan.cara(kepala))).isEqualTo(JenisPenandatangan.BSRE);
            assertThat(sebagai(Peran.ADMIN_DAERAH, () -> bsre.statusPengguna(StubBsre.NIK)))
                    .isEqualTo("ISSUE");
            assertThat(sebagai(Peran.ADMIN_DAERAH, () -> bsre.statusPengguna(StubBsre.NIK_DICABUT)))
                    .isEqualTo("REVOKE");

            byte[] pdf = pdfKosong();
            PermintaanTandaTangan permintaan = new PermintaanTandaTangan(
                    "PKD/62.01/UJI/2022/0001 · verifikasi: http://localhost:8080/verifikasi/uji",
                    "Pangkalan Bun",
                    null,
                    new TampilanTandaTangan(
                            1,
                            300,
                            80,
                            230,
                            50,
                            GambarTandaTangan.png(
                                    "Drs. Gusti Rusdiansyah, M.Si",
                                    null,
                                    "hari ini",
                                    "http://x/verifikasi/uji",
                                    230,
                                    50)));

            assertThatThrownBy(() -> sebagai(
                            Peran.PIMPINAN,
                            () -> tandaTangan.tandatangani(
                                    kepala,
                                    pdf,
                                    permintaan,
                                    new Kredensial(StubBsre.NIK, "salah-sekali".toCharArray()))))
                    .isInstanceOf(TandaTanganGagalException.class)
                    .hasMessage("BSrE: Passphrase anda salah (kode 2031)");
            assertThatThrownBy(() -> sebagai(
                            Peran.PIMPINAN,
                            () -> tandaTangan.tandatangani(
                                    kepala,
                                    pdf,
                                    permintaan,
                                    new Kredensial(StubBsre.NIK_TIDAK_TERDAFTAR, StubBsre.PASSPHRASE.toCharArray()))))
                    .hasMessage("BSrE: User tidak terdaftar (kode 1111)");
            assertThatThrownBy(() -> sebagai(
                            Peran.PIMPINAN,
                            () -> tandaTangan.tandatangani(
                                    kepala,
                                    pdf,
                                    permintaan,
                                    new Kredensial(StubBsre.NIK_DICABUT, StubBsre.PASSPHRASE.toCharArray()))))
                    .hasMessage("BSrE: Sertifikat user telah dicabut (REVOKE) (kode 2051)");
            assertThatThrownBy(() -> sebagai(
                            Peran.PIMPINAN,
                            () -> tandaTangan.tandatangani(
                                    kepala, pdf, permintaan, new Kredensial("123", StubBsre.PASSPHRASE.toCharArray()))))
                    .hasMessage("NIK harus 16 angka.");
            assertThat(stub.permintaanTandaTangan.get()).isZero();

            byte[] bertandaTangan = sebagai(
                    Peran.PIMPINAN,
                    () -> tandaTangan.tandatangani(
                            kepala, pdf, permintaan, new Kredensial(StubBsre.NIK, StubBsre.PASSPHRASE.toCharArray())));
            assertThat(stub.permintaanTandaTangan.get()).isEqualTo(1);
            VerificationResult r = verifier.verify(bertandaTangan);
            assertThat(r.status()).as(r.pesan()).isEqualTo(VerificationResult.Status.SAH);
            assertThat(r.tandaTangan()).singleElement().satisfies(t -> assertThat(t.indikasi())
                    .isEqualTo("TOTAL_PASSED"));

            KlienBsre klien = sebagai(Peran.ADMIN_DAERAH, () -> bsre.klien(tenantKobar()));
            assertThat(klien.verifikasi(bertandaTangan).kesimpulan()).isEqualTo("VALID");

            // A wrong service password is the portal's problem, said so.
            sebagai(Peran.ADMIN_DAERAH, () -> {
                bsre.simpan(stub.alamat(), StubBsre.PENGGUNA, "sandi-keliru", true);
                return null;
            });
            assertThatThrownBy(() -> sebagai(
                            Peran.PIMPINAN,
                            () -> tandaTangan.tandatangani(
                                    kepala,
                                    pdf,
                                    permintaan,
                                    new Kredensial(StubBsre.NIK, StubBsre.PASSPHRASE.toCharArray()))))
                    .hasMessage("BSrE: Unauthorized (kode 401)");
            assertThat(log.getAll()).doesNotContain(StubBsre.PASSPHRASE).doesNotContain("salah-sekali");
        } finally {
            sebagai(Peran.ADMIN_DAERAH, () -> {
                bsre.simpan(stub.alamat(), StubBsre.PENGGUNA, StubBsre.SANDI, false);
                return null;
            });
            SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
                akar.hapus(akarStub);
                return null;
            });
        }
        assertThat(sebagai(Peran.PIMPINAN, () -> tandaTangan.cara(kepala))).isEqualTo(JenisPenandatangan.PKCS12);
    }

    private long urutJejakTerakhir() {
        return jdbc.sql("SELECT COALESCE(MAX(urut), 0) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenantKobar())
                .query(Long.class)
                .single();
    }

    /** The BSrE entries of Kobar's trail after {@code urut}, as {@code isian=nilai_baru}. */
    private List<String> jejakBsreSejak(long urut) {
        return jdbc.sql("SELECT CONCAT(isian, '=', COALESCE(nilai_baru, '~')) FROM jejak_audit"
                        + " WHERE tenant_id = ? AND jenis_data = ? AND urut > ? ORDER BY urut")
                .params(tenantKobar(), PengaturanBsreService.JENIS_JEJAK, urut)
                .query(String.class)
                .list();
    }

    private long tenantKobar() {
        return jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '62.01'")
                .query(Long.class)
                .single();
    }

    private static byte[] pdfKosong() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
