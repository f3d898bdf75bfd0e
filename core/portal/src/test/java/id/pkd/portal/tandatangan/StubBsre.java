package id.pkd.portal.tandatangan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.PermintaanTandaTangan;
import id.pkd.reports.signing.PkiDemo;
import id.pkd.reports.signing.TampilanTandaTangan;
import id.pkd.reports.signing.VerificationResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: a local stand-in for a BSrE Esign Client Service (JSON API v2) that signs for real with a test key
 * through DSS and answers with BSrE-style errors: {@code {"error": "...", "status_code": n}}. 2031 (wrong
 * passphrase) is BSrE's; the other codes are this stub's own.
 */
final class StubBsre implements AutoCloseable {

    static final String PENGGUNA = "portal-uji";
    static final String SANDI = "rahasia-layanan";
    static final String NIK = "6201011207690001";
    static final String NIK_TIDAK_TERDAFTAR = "6201019999999999";
    static final String NIK_DICABUT = "6201010101700002";
    static final String PASSPHRASE = "Bsre#2022";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] SANDI_KUNCI = "stub".toCharArray();

    private final HttpServer server;
    private final PadesSigner penanda;
    private final X509Certificate sertifikatCa;
    final AtomicInteger permintaanTandaTangan = new AtomicInteger();
    /** Runs while a signature request is being served, before it is answered: what the portal holds meanwhile. */
    volatile Runnable saatMenandatangani = () -> {};

    StubBsre() throws IOException {
        Instant kini = Instant.now();
        byte[] ca = PkiDemo.buatCa(
                "Stub BSrE CA", SANDI_KUNCI, kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        penanda = PadesSigner.fromPkcs12(
                PkiDemo.terbitkan(
                        ca,
                        SANDI_KUNCI,
                        "Drs. Gusti Rusdiansyah, M.Si",
                        NIK,
                        SANDI_KUNCI,
                        kini.minus(Duration.ofHours(1)),
                        kini.plus(Duration.ofDays(30))),
                SANDI_KUNCI);
        sertifikatCa = PkiDemo.sertifikatCa(ca, SANDI_KUNCI);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/sign/pdf", this::tandatangani);
        server.createContext("/api/v2/verify/pdf", this::verifikasi);
        server.createContext("/api/v2/user/check/status", this::status);
        server.start();
    }

    String alamat() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    X509Certificate sertifikat() {
        return penanda.certificate();
    }

    /** The stub's CA, which the portal operator installs as a root as a real installation does BSrE's. */
    X509Certificate sertifikatCa() {
        return sertifikatCa;
    }

    private void tandatangani(HttpExchange x) throws IOException {
        JsonNode isi = masuk(x);
        if (isi == null) {
            return;
        }
        String nik = isi.path("nik").asText();
        if (!nik.equals(NIK) && !nik.equals(NIK_DICABUT)) {
            jawab(x, 400, Map.of("error", "User tidak terdaftar", "status_code", 1111));
            return;
        }
        if (nik.equals(NIK_DICABUT)) {
            jawab(x, 400, Map.of("error", "Sertifikat user telah dicabut (REVOKE)", "status_code", 2051));
            return;
        }
        if (!PASSPHRASE.equals(isi.path("passphrase").asText())) {
            jawab(x, 400, Map.of("error", "Passphrase anda salah", "status_code", 2031));
            return;
        }
        saatMenandatangani.run();
        JsonNode p = isi.path("signatureProperties").path(0);
        byte[] pdf = Base64.getDecoder().decode(isi.path("file").path(0).asText());
        TampilanTandaTangan tampilan = "VISIBLE".equals(p.path("tampilan").asText())
                ? new TampilanTandaTangan(
                        p.path("page").asInt(),
                        (float) p.path("originX").asDouble(),
                        (float) p.path("originY").asDouble(),
                        (float) p.path("width").asDouble(),
                        (float) p.path("height").asDouble(),
                        Base64.getDecoder().decode(p.path("imageBase64").asText()))
                : null;
        byte[] hasil = penanda.sign(
                pdf,
                new PermintaanTandaTangan(
                        p.path("reason").asText(null), p.path("location").asText(null), null, tampilan));
        permintaanTandaTangan.incrementAndGet();
        jawab(
                x,
                200,
                Map.of(
                        "time",
                        Instant.now().toString(),
                        "file",
                        List.of(Base64.getEncoder().encodeToString(hasil))));
    }

    private void verifikasi(HttpExchange x) throws IOException {
        JsonNode isi = masuk(x);
        if (isi == null) {
            return;
        }
        VerificationResult r = new PdfSignatureVerifier(List.of(sertifikat()))
                .verify(Base64.getDecoder().decode(isi.path("file").asText()));
        jawab(
                x,
                200,
                Map.of(
                        "conclusion", r.status() == VerificationResult.Status.SAH ? "VALID" : "INVALID",
                        "description", r.pesan(),
                        "signatureCount", r.tandaTangan().size()));
    }

    private void status(HttpExchange x) throws IOException {
        JsonNode isi = masuk(x);
        if (isi == null) {
            return;
        }
        String nik = isi.path("nik").asText();
        if (nik.equals(NIK)) {
            jawab(x, 200, Map.of("status", "ISSUE", "message", "Sertifikat aktif"));
        } else if (nik.equals(NIK_DICABUT)) {
            jawab(x, 200, Map.of("status", "REVOKE", "message", "Sertifikat dicabut"));
        } else {
            jawab(x, 400, Map.of("error", "User tidak terdaftar", "status_code", 1111));
        }
    }

    private JsonNode masuk(HttpExchange x) throws IOException {
        String harus = "Basic "
                + Base64.getEncoder().encodeToString((PENGGUNA + ":" + SANDI).getBytes(StandardCharsets.UTF_8));
        if (!harus.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            jawab(x, 401, Map.of("error", "Unauthorized", "status_code", 401));
            return null;
        }
        if (!"POST".equals(x.getRequestMethod())) {
            jawab(x, 405, Map.of("error", "Method not allowed", "status_code", 405));
            return null;
        }
        return JSON.readTree(x.getRequestBody());
    }

    private static void jawab(HttpExchange x, int status, Object isi) throws IOException {
        byte[] b = JSON.writeValueAsBytes(isi);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
