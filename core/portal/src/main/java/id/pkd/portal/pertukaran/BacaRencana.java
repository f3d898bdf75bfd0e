package id.pkd.portal.pertukaran;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.pertukaran.FormatRencana.Dokumen;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link FormatRencana} file into its records. A file that is not JSON, has a key the
 * format does not know or a value of the wrong kind is refused here, with the path of the value.
 */
@Component
class BacaRencana {

    private final ObjectMapper json;

    BacaRencana(ObjectMapper json) {
        this.json = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    Dokumen baca(byte[] isi) {
        try {
            JsonNode akar = json.readTree(isi);
            if (akar == null || !akar.isObject()) {
                throw ValidasiGagalException.pada(
                        "", "Isi berkas harus sebuah objek JSON berformat " + FormatRencana.VERSI + ".");
            }
            buangCatatan(akar);
            return json.treeToValue(akar, Dokumen.class);
        } catch (StreamConstraintsException e) {
            // A limit of the reader (nesting depth, length): it has no location, and it is not a typo.
            throw ValidasiGagalException.pada(
                    "",
                    e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")
                            ? "Berkas bersarang terlalu dalam."
                            : "Berkas memuat angka atau teks yang terlalu panjang.");
        } catch (JsonMappingException e) {
            throw ValidasiGagalException.pada(path(e), pesanJackson(e));
        } catch (JsonProcessingException e) {
            throw ValidasiGagalException.pada(
                    "",
                    e.getLocation() == null
                            ? "Berkas bukan JSON yang sah."
                            : "Berkas bukan JSON yang sah (baris "
                                    + e.getLocation().getLineNr() + ").");
        } catch (IOException e) {
            throw ValidasiGagalException.pada("", "Berkas tidak dapat dibaca.");
        }
    }

    /** Keys starting with "_" carry notes for people; the import ignores them at every level. */
    private static void buangCatatan(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            List<String> buang = new ArrayList<>();
            obj.fieldNames().forEachRemaining(n -> {
                if (n.startsWith("_")) {
                    buang.add(n);
                }
            });
            obj.remove(buang);
        }
        node.forEach(BacaRencana::buangCatatan);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String pesanJackson(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "Kunci \"" + u.getPropertyName() + "\" tidak dikenal dalam format " + FormatRencana.VERSI + ".";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "Nilai \"" + f.getValue() + "\" tidak sesuai jenisnya (" + jenis(f.getTargetType()) + ").";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "Jenis nilai salah: seharusnya " + jenis(m.getTargetType()) + ".";
        }
        return "Nilai tidak dapat dibaca.";
    }

    private static String jenis(Class<?> c) {
        if (c == null) {
            return "nilai";
        }
        if (Number.class.isAssignableFrom(c) || c == int.class) {
            return "angka";
        }
        if (c == String.class) {
            return "teks";
        }
        if (List.class.isAssignableFrom(c)) {
            return "daftar";
        }
        if (c == java.time.LocalDate.class) {
            return "tanggal yyyy-MM-dd";
        }
        return "objek";
    }
}
