package id.pkd.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.fuzz.DaerahFuzz.Jawaban;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.springframework.http.HttpMethod;

/**
 * {@code PUT /api/v1/rencana} with the small valid plan mutated in one to three places: any value
 * replaced by a text around a column size, a number beyond or within a DECIMAL column, null, a
 * boolean, an empty object or list, nesting up to 900 deep inside it; a key or element removed; an element
 * duplicated (duplicate codes); a value changed slightly (often accepted). For every input: no 5xx;
 * a refusal is 4xx with every {@code kesalahan} at a path, and changes nothing (export and capaian
 * byte-identical); an accepted plan followed by the original restores the original export and
 * capaian exactly. Own region 64.62.
 */
class RencanaFuzzTest extends UjiFuzz {

    static final int PERCOBAAN = 700;

    enum Jenis {
        TEKS,
        ANGKA,
        NULL,
        BOOLEAN,
        OBJEK_KOSONG,
        DAFTAR_KOSONG,
        HAPUS,
        GANDAKAN,
        BERSARANG,
        UBAH_SEDIKIT
    }

    record Mutasi(int letak, Jenis jenis, String teks, BigDecimal angka, int kedalaman) {
        @Override
        public String toString() {
            String t = teks.length() > 30 ? teks.substring(0, 30) + "…(" + teks.length() + ")" : teks;
            return jenis + "@" + letak + "[" + t + "|" + angka + "|" + kedalaman + "]";
        }
    }

    @Provide
    Arbitrary<List<Mutasi>> mutasi() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(2, Arbitraries.of(Jenis.class)),
                                net.jqwik.api.Tuple.of(2, Arbitraries.just(Jenis.UBAH_SEDIKIT))),
                        Masukan.teks(),
                        Masukan.angka(),
                        // the server refuses beyond 100 levels; Jackson itself will not write a document beyond 1,000
                        Arbitraries.of(3, 20, 99, 101, 150, 900))
                .as(Mutasi::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                // one mutation half of the time, so that a fair share of plans is accepted
                .map(l -> l.size() > 1 && l.get(0).letak() % 2 == 0 ? l.subList(0, 1) : l);
    }

    @Property(tries = PERCOBAAN, shrinking = ShrinkingMode.BOUNDED)
    void imporRencanaTidakPernah5xxDanPenolakanTidakMengubahApaPun(@ForAll("mutasi") List<Mutasi> mutasi) {
        DaerahFuzz d = daerah("64.62");
        String asli = sidikJariAsli(d);
        ObjectNode doc = d.rencanaAsli();
        mutasi.forEach(m -> terapkan(doc, m));
        Jawaban j = d.panggil(HttpMethod.PUT, "/api/v1/rencana", doc.toString());
        Statistik.untuk("PUT /api/v1/rencana").catat(j.status());
        assertThat(j.status()).as("%s → %s", mutasi, j.teks()).isLessThan(500);
        if (j.status() == 200) {
            Jawaban kembali = d.panggil(HttpMethod.PUT, "/api/v1/rencana", d.rencanaAsliTeks());
            assertThat(kembali.status())
                    .as("impor asli setelah %s → %s", mutasi, kembali.teks())
                    .isEqualTo(200);
            buangRealisasiTambahan(d);
            assertThat(d.sidikJari())
                    .as("impor asli memulihkan ekspor dan capaian setelah %s", mutasi)
                    .isEqualTo(asli);
        } else {
            assertThat(j.status()).as(j.teks()).isBetween(400, 499);
            assertThat(j.path()).as("penolakan menyebut path: %s", j.teks()).isNotEmpty();
            assertThat(d.sidikJari())
                    .as("penolakan %s tidak mengubah apa pun", mutasi)
                    .isEqualTo(asli);
        }
    }

    private static String sidikJariAsliTersimpan;

    private static synchronized String sidikJariAsli(DaerahFuzz d) {
        if (sidikJariAsliTersimpan == null) {
            sidikJariAsliTersimpan = d.sidikJari();
        }
        return sidikJariAsliTersimpan;
    }

    /**
     * The import never deletes a realisasi (it carries evidence and approvals; an operator removes
     * it on its screen): a realisasi of another period that an accepted mutation added stays after
     * the original is imported again. The test removes exactly those, so the rest of the round trip
     * is still compared byte for byte.
     */
    private void buangRealisasiTambahan(DaerahFuzz d) {
        Set<String> asli = new HashSet<>();
        d.rencanaAsli()
                .withArray("perangkatDaerah")
                .get(0)
                .withArray("realisasi")
                .forEach(r -> asli.add(r.get("indikator").asText() + "/"
                        + r.path("tahun").asInt(DaerahFuzz.TAHUN) + "/"
                        + (r.path("triwulan").isNull() ? 0 : r.path("triwulan").asInt())));
        jdbc
                .sql("SELECT r.id, i.kode, r.tahun, r.triwulan FROM realisasi_indikator r JOIN indikator i"
                        + " ON i.tenant_id = r.tenant_id AND i.id = r.indikator_id WHERE r.tenant_id = ?")
                .param(d.tenant.value())
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4)})
                .list()
                .stream()
                .filter(r -> !asli.contains((String) r[1]))
                .forEach(r -> jdbc.sql("DELETE FROM realisasi_indikator WHERE id = ?")
                        .param(r[0])
                        .update());
    }

    /** Every place in the document a mutation can hit: a container and a key or an index. */
    private record Letak(ContainerNode<?> induk, String kunci, int indeks) {}

    private static void kumpulkan(JsonNode node, List<Letak> hasil) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(k -> hasil.add(new Letak(o, k, -1)));
            List<String> kunci = new ArrayList<>();
            o.fieldNames().forEachRemaining(kunci::add);
            kunci.forEach(k -> kumpulkan(o.get(k), hasil));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                hasil.add(new Letak(a, null, i));
                kumpulkan(a.get(i), hasil);
            }
        }
    }

    static void terapkan(ObjectNode doc, Mutasi m) {
        List<Letak> semua = new ArrayList<>();
        kumpulkan(doc, semua);
        Letak l = semua.get(m.letak() % semua.size());
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode lama =
                l.kunci() != null ? ((ObjectNode) l.induk()).get(l.kunci()) : ((ArrayNode) l.induk()).get(l.indeks());
        JsonNode baru =
                switch (m.jenis()) {
                    case TEKS -> f.textNode(m.teks());
                    case ANGKA -> f.numberNode(m.angka());
                    case NULL -> f.nullNode();
                    case BOOLEAN -> f.booleanNode(m.letak() % 2 == 0);
                    case OBJEK_KOSONG -> f.objectNode();
                    case DAFTAR_KOSONG -> f.arrayNode();
                    case BERSARANG -> bersarang(m.kedalaman());
                    case UBAH_SEDIKIT -> sedikit(lama, m);
                    case HAPUS, GANDAKAN -> null;
                };
        if (l.induk() instanceof ObjectNode o) {
            if (m.jenis() == Jenis.HAPUS) {
                o.remove(l.kunci());
            } else if (m.jenis() == Jenis.GANDAKAN) {
                o.set(l.kunci(), f.textNode(m.teks()));
            } else {
                o.set(l.kunci(), baru);
            }
        } else {
            ArrayNode a = (ArrayNode) l.induk();
            if (m.jenis() == Jenis.HAPUS) {
                a.remove(l.indeks());
            } else if (m.jenis() == Jenis.GANDAKAN) {
                a.insert(l.indeks(), lama.deepCopy());
            } else {
                a.set(l.indeks(), baru);
            }
        }
    }

    private static JsonNode bersarang(int kedalaman) {
        ArrayNode akar = JsonNodeFactory.instance.arrayNode();
        ArrayNode kini = akar;
        for (int i = 1; i < kedalaman; i++) {
            kini = kini.addArray();
        }
        return akar;
    }

    /** A plausible edit: often valid, so accepted imports and their round trip are exercised too. */
    private static JsonNode sedikit(JsonNode lama, Mutasi m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (lama != null && lama.isTextual()) {
            return f.textNode(lama.asText() + (m.letak() % 3 == 0 ? "" : " diubah"));
        }
        if (lama != null && lama.isNumber()) {
            return f.numberNode(lama.decimalValue().add(BigDecimal.ONE));
        }
        return f.textNode(m.teks());
    }
}
