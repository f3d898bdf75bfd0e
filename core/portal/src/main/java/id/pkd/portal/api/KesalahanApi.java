package id.pkd.portal.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.pkd.portal.database.UlangSambungan;
import id.pkd.portal.pekerjaan.AntreanPenuhException;
import id.pkd.portal.tenant.TanpaTenantException;
import id.pkd.portal.umum.DataRusakException;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * One error format for the whole API ({@link JawabanKesalahan}). It applies to the portal's own
 * REST controllers, which all serve {@code /api/**} (the UI is Vaadin, not controllers), so a
 * feature adding an endpoint in its own package gets the same answers; the controllers of
 * springdoc and Spring Boot keep theirs.
 */
@RestControllerAdvice(basePackages = "id.pkd.portal")
class KesalahanApi {

    private static final Logger log = LoggerFactory.getLogger(KesalahanApi.class);

    static final String PESAN_JSON_TIDAK_TERBACA = "Badan permintaan bukan JSON yang dapat dibaca.";
    static final String PESAN_KESALAHAN_SERVER =
            "Terjadi kesalahan pada server. Silakan coba lagi; jika berulang, hubungi Operator Portal.";
    static final String PESAN_LAYANAN_GANGGUAN =
            "Layanan sedang gangguan (basis data tidak dapat dihubungi). Coba lagi beberapa saat lagi.";
    static final String PESAN_BERSARANG =
            "Badan permintaan bersarang terlalu dalam: paling banyak " + BatasJson.KEDALAMAN_MAKS + " tingkat.";
    static final String PESAN_TERLALU_PANJANG = "Badan permintaan memuat angka atau teks yang terlalu panjang.";

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final String COBA_LAGI_DETIK = "30";

    @ExceptionHandler(ValidasiGagalException.class)
    ResponseEntity<JawabanKesalahan> validasiGagal(ValidasiGagalException e) {
        return jawab(new JawabanKesalahan(422, e.getMessage(), e.kesalahan()));
    }

    @ExceptionHandler(IsianTidakSahException.class)
    ResponseEntity<JawabanKesalahan> isianTidakSah(IsianTidakSahException e) {
        List<Kesalahan> kesalahan = e.pesanPerIsian().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(isian -> new Kesalahan(isian.getKey(), isian.getValue()))
                .toList();
        return jawab(new JawabanKesalahan(422, ValidasiGagalException.PESAN_UMUM, kesalahan));
    }

    /** Stored data that failed its integrity check: refused with the reason, not a server error. */
    @ExceptionHandler(DataRusakException.class)
    ResponseEntity<JawabanKesalahan> dataRusak(DataRusakException e) {
        return jawab(new JawabanKesalahan(409, e.getMessage()));
    }

    /**
     * A database rule the checks before it missed (a CHECK constraint, a unique key, a value out of
     * its column): the request's fault, so 422 and nothing stored, never a 500. The validator is
     * the first line of defence; this is logged so the gap can be closed there.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<JawabanKesalahan> aturanBasisData(DataIntegrityViolationException e) {
        String referensi = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        log.warn("Aturan basis data menolak permintaan API [referensi {}]", referensi, e);
        AturanBasisData.Terjemahan t = AturanBasisData.terjemahkan(e);
        return jawab(new JawabanKesalahan(
                422, ValidasiGagalException.PESAN_UMUM, List.of(new Kesalahan(t.path(), t.pesan())), referensi));
    }

    /** The document workers are all busy: the client retries later, like any overloaded service. */
    @ExceptionHandler(AntreanPenuhException.class)
    ResponseEntity<JawabanKesalahan> antreanPenuh(AntreanPenuhException e) {
        return ResponseEntity.status(503)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, COBA_LAGI_DETIK)
                .body(new JawabanKesalahan(503, e.getMessage()));
    }

    @ExceptionHandler(DataTidakDitemukanException.class)
    ResponseEntity<JawabanKesalahan> tidakDitemukan(DataTidakDitemukanException e) {
        return jawab(new JawabanKesalahan(404, e.getMessage()));
    }

    @ExceptionHandler({AccessDeniedException.class, TanpaTenantException.class})
    ResponseEntity<JawabanKesalahan> tanpaHak(RuntimeException e) {
        return jawab(new JawabanKesalahan(403, ApiSecurityConfig.PESAN_TANPA_HAK));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<JawabanKesalahan> jsonTidakTerbaca(HttpMessageNotReadableException e) {
        return jawab(jsonTidakTerbaca(e.getMostSpecificCause()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<JawabanKesalahan> parameterTidakSah(TypeMismatchException e) {
        String nama = e.getPropertyName() == null ? "" : e.getPropertyName();
        return jawab(new JawabanKesalahan(
                400,
                "Parameter permintaan tidak sah.",
                List.of(new Kesalahan(nama, "Nilai \"" + e.getValue() + "\" " + harus(e.getRequiredType())))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<JawabanKesalahan> lainnya(Exception e) {
        if (e instanceof ErrorResponse spring) {
            int status = spring.getStatusCode().value();
            if (status < 500) {
                return jawab(new JawabanKesalahan(status, pesanUntuk(status)));
            }
        }
        JawabanKesalahan jawaban = kesalahanServer(e);
        ResponseEntity.BodyBuilder b = ResponseEntity.status(jawaban.status()).contentType(MediaType.APPLICATION_JSON);
        if (jawaban.status() == 503) {
            b.header(HttpHeaders.RETRY_AFTER, COBA_LAGI_DETIK);
        }
        return b.body(jawaban);
    }

    /**
     * A failure of the server rather than of the request: 503 while the database cannot be reached
     * (the caller should retry), otherwise 500. Either way with a reference id that the log carries
     * beside the stack trace, so the caller never sees internals and the operator can still find
     * them.
     */
    static JawabanKesalahan kesalahanServer(Throwable e) {
        String referensi = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (basisDataTidakTersedia(e)) {
            log.warn("Basis data tidak tersedia pada permintaan API [referensi {}]", referensi, e);
            return new JawabanKesalahan(503, PESAN_LAYANAN_GANGGUAN, List.of(), referensi);
        }
        log.error("Kesalahan tak terduga pada permintaan API [referensi {}]", referensi, e);
        return new JawabanKesalahan(500, PESAN_KESALAHAN_SERVER, List.of(), referensi);
    }

    /** Whether the cause is the database being out of reach (not a bad statement or a rule). */
    static boolean basisDataTidakTersedia(Throwable e) {
        // A rollback that failed on the broken connection (TransactionSystemException) hides the first failure.
        if (UlangSambungan.sambunganPutus(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** What Jackson could not read, with the path into the document where it knows one. */
    static JawabanKesalahan jsonTidakTerbaca(Throwable sebab) {
        for (Throwable t = sebab; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatasBadanApi.BadanTerlaluBesarException besar) {
                return new JawabanKesalahan(413, besar.getMessage());
            }
            if (t instanceof StreamConstraintsException batas) {
                String pesan = batas.getOriginalMessage() == null ? "" : batas.getOriginalMessage();
                return new JawabanKesalahan(
                        422, pesan.contains("nesting depth") ? PESAN_BERSARANG : PESAN_TERLALU_PANJANG);
            }
        }
        if (sebab instanceof JsonParseException e) {
            String letak = e.getLocation() == null
                    ? ""
                    : " (baris " + e.getLocation().getLineNr() + ", kolom "
                            + e.getLocation().getColumnNr() + ")";
            return new JawabanKesalahan(400, "Badan permintaan bukan JSON yang sah" + letak + ".");
        }
        if (sebab instanceof JsonMappingException e && !e.getPath().isEmpty()) {
            return new JawabanKesalahan(
                    400, PESAN_JSON_TIDAK_TERBACA, List.of(new Kesalahan(path(e.getPath()), pesanIsian(e))));
        }
        return new JawabanKesalahan(400, PESAN_JSON_TIDAK_TERBACA);
    }

    /** {@code perangkatDaerah[0].program[2].anggaran} */
    static String path(List<JsonMappingException.Reference> jalur) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : jalur) {
            if (r.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pesanIsian(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "Isian ini tidak dikenal.";
        }
        if (e instanceof InvalidFormatException f) {
            return "Nilai \"" + f.getValue() + "\" " + harus(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "Nilai " + harus(m.getTargetType());
        }
        return "Nilai tidak dapat dibaca.";
    }

    private static String harus(Class<?> jenis) {
        if (jenis == null) {
            return "tidak sesuai jenis yang diharapkan.";
        }
        if (jenis.isEnum()) {
            return "harus salah satu dari: "
                    + Arrays.stream(jenis.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "))
                    + ".";
        }
        if (Number.class.isAssignableFrom(jenis)
                || jenis == BigDecimal.class
                || (jenis.isPrimitive() && jenis != boolean.class && jenis != char.class)) {
            return "harus berupa angka.";
        }
        if (jenis == Boolean.class || jenis == boolean.class) {
            return "harus true atau false.";
        }
        if (jenis == LocalDate.class) {
            return "harus berupa tanggal dengan bentuk yyyy-mm-dd.";
        }
        if (jenis == String.class) {
            return "harus berupa teks.";
        }
        if (jenis.isArray() || Collection.class.isAssignableFrom(jenis)) {
            return "harus berupa daftar (array JSON).";
        }
        return "harus berupa objek JSON.";
    }

    private static String pesanUntuk(int status) {
        return switch (status) {
            case 404 -> "Alamat API tidak ditemukan.";
            case 405 -> "Metode HTTP ini tidak didukung pada alamat ini.";
            case 406 -> "API hanya menjawab dengan application/json.";
            case 413 -> "Badan permintaan terlalu besar.";
            case 415 -> "Badan permintaan harus berjenis application/json.";
            default -> status >= 500 ? PESAN_KESALAHAN_SERVER : "Permintaan tidak dapat diproses.";
        };
    }

    private static ResponseEntity<JawabanKesalahan> jawab(JawabanKesalahan jawaban) {
        return ResponseEntity.status(jawaban.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(jawaban);
    }
}
