package id.pkd.portal.pengukuran;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataRusakException;
import id.pkd.portal.umum.VersiData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the frozen versions: the JSON of the measured figures and of the rules, and the
 * digest that proves a stored version is the one frozen.
 */
@Component
class ArsipPengukuranBeku {

    private static final Logger log = LoggerFactory.getLogger(ArsipPengukuranBeku.class);

    private final PengukuranBekuRepository beku;
    private final ObjectMapper json;
    private final VersiData versi;

    /**
     * The newest frozen version of an agency-year (or none), kept under the tenant's measurement version: read on
     * every Realisasi and Capaian page and for every row measured again after a save. The frozen figures are still
     * checked against their digest on every read ({@link #baca}).
     */
    private final VersiData.Tembolok<Optional<PengukuranBeku>> terakhirBerversi =
            new VersiData.Tembolok<>(VersiData.Jenis.PENGUKURAN, 256);

    private record KunciTerakhir(long perangkatDaerahId, int tahun) {}

    ArsipPengukuranBeku(PengukuranBekuRepository beku, ObjectMapper json, VersiData versi) {
        this.beku = beku;
        this.json = json;
        this.versi = versi;
    }

    Optional<PengukuranBeku> terakhir(long pdId, int tahun) {
        long tenant = TenantContext.wajib().value();
        return versi.ambil(
                terakhirBerversi, tenant, new KunciTerakhir(pdId, tahun), () -> beku.terakhir(tenant, pdId, tahun));
    }

    /** The newest version of each agency of the tenant for the year, by agency. */
    java.util.Map<Long, PengukuranBeku> terakhirSemua(int tahun) {
        java.util.Map<Long, PengukuranBeku> hasil = new java.util.HashMap<>();
        beku.terakhirSemua(TenantContext.wajib().value(), tahun).forEach(b -> hasil.put(b.perangkatDaerahId(), b));
        return hasil;
    }

    /** The rules an open year is measured with: those kept by a reopened indicator, else none. */
    Optional<AturanCapaian> aturanTetap(Optional<PengukuranBeku> terakhir) {
        return terakhir.filter(b -> !b.aktif() && b.aturanTetap()).map(this::aturan);
    }

    PengukuranKinerja baca(PengukuranBeku b) {
        periksa(b);
        return dariJson(b.isi(), PengukuranKinerja.class);
    }

    AturanCapaian aturan(PengukuranBeku b) {
        periksa(b);
        return dariJson(b.aturan(), AturanCapaian.class);
    }

    String keJson(Object nilai) {
        try {
            return json.writeValueAsString(nilai);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Angka kinerja tidak dapat dibekukan: " + e.getOriginalMessage(), e);
        }
    }

    <T> T dariJson(String teks, Class<T> jenis) {
        try {
            return json.readValue(teks, jenis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Angka kinerja beku tidak dapat dibaca: " + e.getOriginalMessage(), e);
        }
    }

    static String sha256(String isi, String aturan) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(isi.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(aturan.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version changed behind the portal's back must not be shown as the approved figures. */
    private static void periksa(PengukuranBeku b) {
        if (!sha256(b.isi(), b.aturan()).equals(b.sha256())) {
            log.error(
                    "Pengukuran beku id {} (daerah {}, tahun {}, versi {}) tidak cocok dengan sidik SHA-256-nya",
                    b.id(),
                    b.tenantId(),
                    b.tahun(),
                    b.versi());
            throw new DataRusakException("Angka kinerja beku tahun " + b.tahun() + " versi " + b.versi()
                    + " tidak cocok dengan sidik SHA-256-nya: data telah diubah di luar portal, sehingga tidak"
                    + " ditampilkan. Minta Admin Daerah memeriksa jejak audit dan memulihkan basis data.");
        }
    }
}
