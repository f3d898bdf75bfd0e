package id.pkd.portal.tandatangan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client of a BSrE Esign Client Service, JSON API v2. Field names follow public integrations of that API:
 * {@code POST /api/v2/sign/pdf} with {@code nik}, {@code passphrase}, {@code signatureProperties} (list; {@code
 * tampilan} VISIBLE/INVISIBLE, {@code imageBase64}, {@code page}, {@code originX}, {@code originY}, {@code width},
 * {@code height}, {@code reason}, {@code location}) and {@code file} (list of base64 PDFs), answered with
 * {@code {"file": [base64]}}; {@code POST /api/v2/verify/pdf} with {@code file}; {@code POST
 * /api/v2/user/check/status} with {@code nik}, answered with {@code {"status": "ISSUE"}} when the user may sign.
 * Errors come as {@code {"error": "...", "status_code": 2031}} and are passed to the user as they are.
 * Assumed: basic authentication, and coordinates in PDF points from the bottom left of the page.
 */
class KlienBsre {

    private static final ObjectMapper JSON = new ObjectMapper();

    record SifatTandaTangan(
            byte[] gambarPng,
            int halaman,
            float originX,
            float originY,
            float lebar,
            float tinggi,
            String alasan,
            String lokasi) {}

    record HasilVerifikasi(String kesimpulan, String keterangan, int jumlahTandaTangan) {}

    private final URI alamat;
    private final String otorisasi;
    private final HttpClient http;

    KlienBsre(String alamat, String pengguna, String sandi) {
        this.alamat = URI.create(alamat.endsWith("/") ? alamat : alamat + "/");
        this.otorisasi = "Basic "
                + Base64.getEncoder().encodeToString((pengguna + ":" + sandi).getBytes(StandardCharsets.UTF_8));
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    byte[] tandatangani(String nik, char[] passphrase, SifatTandaTangan sifat, byte[] pdf) {
        Map<String, Object> properti = new LinkedHashMap<>();
        properti.put("tampilan", "VISIBLE");
        properti.put("imageBase64", Base64.getEncoder().encodeToString(sifat.gambarPng()));
        properti.put("page", sifat.halaman());
        properti.put("originX", sifat.originX());
        properti.put("originY", sifat.originY());
        properti.put("width", sifat.lebar());
        properti.put("height", sifat.tinggi());
        properti.put("reason", sifat.alasan());
        properti.put("location", sifat.lokasi());
        Map<String, Object> isi = new LinkedHashMap<>();
        isi.put("nik", nik);
        isi.put("passphrase", new String(passphrase));
        isi.put("signatureProperties", List.of(properti));
        isi.put("file", List.of(Base64.getEncoder().encodeToString(pdf)));
        JsonNode jawaban = kirim("api/v2/sign/pdf", isi);
        JsonNode berkas = jawaban.path("file");
        if (!berkas.isArray() || berkas.isEmpty()) {
            throw new TandaTanganGagalException("Layanan BSrE tidak mengembalikan berkas bertanda tangan.");
        }
        return Base64.getDecoder().decode(berkas.get(0).asText());
    }

    /** The user's certificate status at BSrE, e.g. {@code ISSUE} when they may sign. */
    String statusPengguna(String nik) {
        return kirim("api/v2/user/check/status", Map.of("nik", nik))
                .path("status")
                .asText("");
    }

    HasilVerifikasi verifikasi(byte[] pdf) {
        JsonNode j =
                kirim("api/v2/verify/pdf", Map.of("file", Base64.getEncoder().encodeToString(pdf)));
        return new HasilVerifikasi(
                j.path("conclusion").asText(""),
                j.path("description").asText(""),
                j.path("signatureCount").asInt());
    }

    private JsonNode kirim(String jalur, Object isi) {
        HttpResponse<byte[]> r;
        try {
            HttpRequest permintaan = HttpRequest.newBuilder(alamat.resolve(jalur))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", otorisasi)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(isi)))
                    .build();
            r = http.send(permintaan, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TandaTanganGagalException("Layanan BSrE tidak dapat dihubungi (" + alamat.getHost() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandaTanganGagalException("Permintaan ke layanan BSrE dibatalkan.", e);
        }
        JsonNode j;
        try {
            j = JSON.readTree(r.body());
        } catch (IOException e) {
            j = null;
        }
        if (j != null && j.hasNonNull("error")) {
            String kode = j.hasNonNull("status_code")
                    ? " (kode " + j.get("status_code").asText() + ")"
                    : "";
            throw new TandaTanganGagalException("BSrE: " + j.get("error").asText() + kode);
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new TandaTanganGagalException(
                    "Layanan BSrE menolak akun portal (HTTP " + r.statusCode() + "). Periksa pengguna dan sandi BSrE.");
        }
        if (r.statusCode() / 100 != 2 || j == null) {
            throw new TandaTanganGagalException("Layanan BSrE menjawab dengan kesalahan HTTP " + r.statusCode() + ".");
        }
        return j;
    }
}
