package id.pkd.portal.pertukaran;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Brings stored rows to the state a file asks for, one row at a time by its business key: a new
 * key inserts, a known key updates only the columns whose stored value differs, and every change is
 * recorded in the audit trail with the row's stable id, old → new as the database stores it. A
 * change of a specific year first asks the approval guard; a refusal is collected with its path and
 * the whole import is rolled back at the end, so a file is applied entirely or not at all.
 * One instance serves one import.
 */
final class Penyelaras {

    /** Where a change lands: its JSON path and what the lock protects (tahun null: spans years). */
    record Lingkup(String path, long pdId, Integer tahun, Long indikatorId) {

        static Lingkup lintasTahun(String path) {
            return new Lingkup(path, 0, null, null);
        }

        /** A figure of one year of the region itself (an IKU Kepala Daerah target): every agency's year guards it. */
        static Lingkup daerah(String path, int tahun) {
            return new Lingkup(path, DAERAH, tahun, null);
        }
    }

    /** The {@code pdId} of a change to the region's own figures. */
    static final long DAERAH = -1;

    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;
    final long tenant;
    private final List<Kesalahan> ditolak = new ArrayList<>();
    private final Map<String, Optional<String>> putusanPenjaga = new HashMap<>();
    private int perubahan;

    Penyelaras(JdbcClient jdbc, JejakAuditService jejak, PenjagaPerubahan penjaga, long tenant) {
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
        this.tenant = tenant;
    }

    /** The changes refused (locked years, removals something else depends on), with their paths. */
    List<Kesalahan> ditolak() {
        return ditolak;
    }

    void tolak(String path, String pesan) {
        if (ditolak.stream().noneMatch(k -> k.path().equals(path))) {
            ditolak.add(new Kesalahan(path, pesan));
        }
    }

    int perubahan() {
        return perubahan;
    }

    /**
     * The current rows of a query, keyed by business key. The query takes the rows' locks
     * ({@code FOR UPDATE}), so it reads the latest committed state rather than the transaction's
     * snapshot, and no other writer changes them before this import commits.
     */
    Map<String, Map<String, Object>> baca(
            String sql, java.util.function.Function<Map<String, Object>, String> kunci, Object... param) {
        JdbcClient.StatementSpec s = jdbc.sql(sql + " FOR UPDATE").param(tenant);
        for (Object p : param) {
            s = s.param(p);
        }
        Map<String, Map<String, Object>> hasil = new LinkedHashMap<>();
        for (Map<String, Object> baris : s.query().listOfRows()) {
            hasil.put(kunci.apply(baris), baris);
        }
        return hasil;
    }

    /** Asks the guard once per agency-year (and indicator); a refusal is kept with the path. */
    void jaga(Lingkup l) {
        if (l.tahun() == null) {
            return;
        }
        String kunci = l.pdId() + "/" + l.tahun() + "/" + l.indikatorId();
        Optional<String> alasan = putusanPenjaga.computeIfAbsent(kunci, k -> {
            try {
                if (l.pdId() == DAERAH) {
                    penjaga.pastikanDaerahBolehDiubah(l.tahun());
                } else if (l.indikatorId() == null) {
                    penjaga.pastikanBolehDiubah(l.pdId(), l.tahun());
                } else {
                    penjaga.pastikanBolehDiubah(l.pdId(), l.tahun(), l.indikatorId());
                }
                return Optional.empty();
            } catch (DataTerkunciException e) {
                return Optional.of(e.getMessage());
            }
        });
        alasan.ifPresent(pesan -> tolak(l.path(), pesan));
    }

    /**
     * Inserts or updates one row. {@code baru} holds the compared columns; {@code cap} columns
     * (who and when) are written only together with a change. Returns the row's id.
     */
    long selaraskan(
            String tabel,
            String jenis,
            Map<String, Object> ada,
            Map<String, Object> baru,
            Map<String, Object> cap,
            String label,
            Lingkup lingkup) {
        return selaraskan(tabel, jenis, ada, baru, cap, label, lingkup, java.util.Set.of());
    }

    /**
     * As above; the {@code rinci} columns of a new row are recorded field by field (null → value) instead of one
     * "dibuat" entry, as the realisasi screens do, so a value's history starts at its first entry.
     */
    long selaraskan(
            String tabel,
            String jenis,
            Map<String, Object> ada,
            Map<String, Object> baru,
            Map<String, Object> cap,
            String label,
            Lingkup lingkup,
            java.util.Set<String> rinci) {
        return selaraskan(tabel, jenis, ada, baru, cap, label, List.of(lingkup), rinci);
    }

    /**
     * As above, for a row several years' documents show (a sasaran RPJMD in the LKjIP of each year its IKU has a
     * target in): a change asks the guard for every one of them.
     */
    long selaraskan(
            String tabel,
            String jenis,
            Map<String, Object> ada,
            Map<String, Object> baru,
            Map<String, Object> cap,
            String label,
            List<Lingkup> lingkup,
            java.util.Set<String> rinci) {
        if (ada == null) {
            lingkup.forEach(this::jaga);
            Map<String, Object> kolom = new LinkedHashMap<>(baru);
            kolom.putAll(cap);
            String nama = String.join(", ", kolom.keySet());
            String nilai = kolom.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "));
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO " + tabel + " (tenant_id, " + nama + ") VALUES (:tenant_id, " + nilai + ")")
                    .param("tenant_id", tenant)
                    .params(tanpaEnum(kolom))
                    .update(id, "id");
            long baris = id.getKey().longValue();
            if (!rinci.isEmpty()) {
                baru.forEach((k, v) -> {
                    if (rinci.contains(k)) {
                        catat(jenis, baris, isian(tabel, k), null, teks(tabel, k, v));
                    }
                });
            } else {
                catat(jenis, baris, "dibuat", null, label);
            }
            return baris;
        }
        long id = ((Number) ada.get("id")).longValue();
        Map<String, Object> berubah = new LinkedHashMap<>();
        baru.forEach((k, v) -> {
            if (!sama(tabel, k, ada.get(k), v)) {
                berubah.put(k, v);
            }
        });
        if (!berubah.isEmpty()) {
            lingkup.forEach(this::jaga);
            perbarui(tabel, id, berubah, cap);
            berubah.forEach((k, v) -> catat(jenis, id, isian(tabel, k), teks(tabel, k, ada.get(k)), teks(tabel, k, v)));
        }
        return id;
    }

    void perbarui(String tabel, long id, Map<String, Object> kolom, Map<String, Object> cap) {
        Map<String, Object> semua = new LinkedHashMap<>(kolom);
        semua.putAll(cap);
        String set = semua.keySet().stream().map(k -> k + " = :" + k).collect(Collectors.joining(", "));
        jdbc.sql("UPDATE " + tabel + " SET " + set + " WHERE tenant_id = :tenant_id AND id = :id")
                .param("tenant_id", tenant)
                .param("id", id)
                .params(tanpaEnum(semua))
                .update();
    }

    /** Removes a row the file no longer has. */
    void hapus(String tabel, String jenis, Map<String, Object> ada, String label, Lingkup lingkup) {
        hapus(tabel, jenis, ada, label, List.of(lingkup));
    }

    /** As above, asking the guard for every year the row shows in. */
    void hapus(String tabel, String jenis, Map<String, Object> ada, String label, List<Lingkup> lingkup) {
        lingkup.forEach(this::jaga);
        long id = ((Number) ada.get("id")).longValue();
        jdbc.sql("DELETE FROM " + tabel + " WHERE tenant_id = ? AND id = ?")
                .param(tenant)
                .param(id)
                .update();
        catat(jenis, id, "dihapus", label, null);
    }

    void catat(String jenis, long id, String isian, String lama, String baru) {
        if (!Objects.equals(lama, baru)) {
            perubahan++;
            jejak.catat(jenis, id, isian, lama, baru);
        }
    }

    private static Map<String, Object> tanpaEnum(Map<String, Object> kolom) {
        Map<String, Object> hasil = new HashMap<>();
        kolom.forEach((k, v) -> hasil.put(k, v instanceof Enum<?> e ? e.name() : v));
        return hasil;
    }

    static boolean sama(String tabel, String kolom, Object lama, Object baru) {
        return Objects.equals(teks(tabel, kolom, lama), teks(tabel, kolom, baru));
    }

    /**
     * A value as the database keeps it, as text: decimals rounded to the column's scale and
     * written without trailing zeros (0.123456789 in a DECIMAL(20,4) is "0.1235").
     */
    static String teks(String tabel, String kolom, Object nilai) {
        if (nilai == null) {
            return null;
        }
        if (nilai instanceof BigDecimal b) {
            return angka(b, skala(tabel, kolom));
        }
        if (nilai instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (nilai instanceof Enum<?> e) {
            return e.name();
        }
        if (nilai instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return nilai.toString();
    }

    static String angka(BigDecimal nilai, int skala) {
        BigDecimal s = nilai.setScale(skala, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The scale of the decimal columns the import writes (see V2__perencanaan_realisasi.sql). */
    static int skala(String tabel, String kolom) {
        if (tabel.equals("program_kegiatan")) {
            return 2;
        }
        return kolom.equals("skala") ? 0 : 4;
    }

    /** Where a screen already records the field under another name, the import uses that name. */
    private static final Map<String, String> NAMA_ISIAN =
            Map.of("pejabat.bidang_id", "bidang", "pejabat.atasan_id", "atasan");

    /** Audit field names follow the code's names: rencana_tindak_lanjut → rencanaTindakLanjut. */
    static String isian(String tabel, String kolom) {
        String nama = NAMA_ISIAN.get(tabel + "." + kolom);
        if (nama != null) {
            return nama;
        }
        StringBuilder sb = new StringBuilder();
        boolean besar = false;
        for (char c : kolom.toCharArray()) {
            if (c == '_') {
                besar = true;
            } else {
                sb.append(besar ? Character.toUpperCase(c) : c);
                besar = false;
            }
        }
        return sb.toString();
    }

    static Long id(Map<String, Object> baris) {
        return baris == null ? null : ((Number) baris.get("id")).longValue();
    }
}
