package id.pkd.portal.rpjmd;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each tujuan RPJMD under its misi when a save of the period moves, adds or removes misi. A tujuan names its
 * misi by number ({@code tujuan_rpjmd.misi_ke}) while the misi are only the period's numbered lines, so the editor
 * sends the number each misi had when loaded and the tujuan are renumbered from it. A misi may not go while it still
 * holds a tujuan. The renumbering reorders the sasaran in the LKjIP (they follow the misi order), so each moved tujuan
 * asks the guard as its own move would, and each changed number is audited as the tujuan editor records it. Called by
 * {@link RpjmdService#simpan} with the period row locked, in its transaction.
 */
@Component
class NomorMisiTujuan {

    /** Old misi number → new one, for each misi that changes place; the tujuan that move with them. */
    record Penomoran(Map<Integer, Integer> peta, List<TujuanRpjmd> pindah) {}

    private final TabelSasaranRpjmd tabel;
    private final JagaSasaranRpjmd jaga;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;

    NomorMisiTujuan(TabelSasaranRpjmd tabel, JagaSasaranRpjmd jaga, JdbcClient jdbc, JejakAuditService jejak) {
        this.tabel = tabel;
        this.jaga = jaga;
        this.jdbc = jdbc;
        this.jejak = jejak;
    }

    /**
     * Checks the new misi list of a stored period against its tujuan; a refusal goes to {@code salah} at the misi
     * field. {@code asalMisi} null: each misi keeps the number of its place (what a save without origins always did).
     */
    Penomoran periksa(
            long tenant, long periodeId, int jumlahLama, IsianPeriode isian, IsianTidakSahException.Pengumpul salah) {
        int jumlahBaru = isian.misi() == null ? 0 : isian.misi().size();
        List<Integer> asal = new ArrayList<>();
        for (int i = 0; i < jumlahBaru; i++) {
            asal.add(
                    isian.asalMisi() == null
                            ? Integer.valueOf(i + 1)
                            : isian.asalMisi().get(i));
        }
        Set<Integer> tetap = new HashSet<>();
        for (Integer a : asal) {
            if (a != null && (isian.asalMisi() != null && (a < 1 || a > jumlahLama) || !tetap.add(a))) {
                // only an editor opened before someone else's save sends numbers the period no longer has
                salah.tambah(
                        "misi", "Daftar misi sudah diubah sejak dimuat; muat ulang periode lalu ulangi perubahannya.");
                return new Penomoran(Map.of(), List.of());
            }
        }
        List<TujuanRpjmd> semua = tabel.pohon(tenant, periodeId);
        Map<Integer, List<String>> tertinggal = new TreeMap<>();
        semua.stream().filter(t -> !tetap.contains(t.misiKe())).forEach(t -> tertinggal
                .computeIfAbsent(t.misiKe(), k -> new ArrayList<>())
                .add(t.kode()));
        tertinggal.forEach((ke, kode) -> salah.tambah(
                "misi",
                "Misi ke-" + ke + " masih menaungi tujuan " + String.join(", ", kode)
                        + ": pindahkan atau hapus tujuan itu dulu."));
        Map<Integer, Integer> peta = new LinkedHashMap<>();
        for (int i = 0; i < asal.size(); i++) {
            if (asal.get(i) != null && asal.get(i) != i + 1) {
                peta.put(asal.get(i), i + 1);
            }
        }
        List<TujuanRpjmd> pindah =
                semua.stream().filter(t -> peta.containsKey(t.misiKe())).toList();
        return new Penomoran(peta, pindah);
    }

    /** Renumbers the moved tujuan in one statement, after the guard allowed each; nothing when none moves. */
    void terapkan(long tenant, long periodeId, Penomoran p) {
        if (p.pindah().isEmpty()) {
            return;
        }
        for (TujuanRpjmd t : p.pindah()) {
            jaga.pastikan(SasaranRpjmdService.sasaranDari(t), "Nomor misi tujuan " + t.kode());
        }
        StringBuilder sql = new StringBuilder("UPDATE tujuan_rpjmd SET misi_ke = CASE misi_ke");
        List<Object> param = new ArrayList<>();
        p.peta().forEach((lama, baru) -> {
            sql.append(" WHEN ? THEN ?");
            param.add(lama);
            param.add(baru);
        });
        sql.append(" END WHERE tenant_id = ? AND periode_id = ? AND misi_ke IN (")
                .append(String.join(", ", Collections.nCopies(p.peta().size(), "?")))
                .append(")");
        param.add(tenant);
        param.add(periodeId);
        param.addAll(p.peta().keySet());
        jdbc.sql(sql.toString()).params(param).update();
        for (TujuanRpjmd t : p.pindah()) {
            jejak.catat(
                    SasaranRpjmdService.JENIS_TUJUAN,
                    t.id(),
                    "misiKe",
                    t.misiKe(),
                    p.peta().get(t.misiKe()));
        }
    }
}
