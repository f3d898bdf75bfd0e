package id.pkd.portal.duafaktor;

import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The second factor's rows: {@code dua_faktor} and {@code kode_pemulihan}, per account. */
@Component
class DataDuaFaktor {

    /** An account as the second factor keys it: its kind and row id (a username may change, a row id not). */
    record Akun(String jenis, long id, String username, TenantId tenant, Peran peran) {

        String konteks() {
            return "dua_faktor:" + jenis + ":" + id;
        }
    }

    record Tersimpan(byte[] rahasia, LocalDateTime terdaftarPada, Long langkahTerakhir) {}

    record KodeTersimpan(long id, byte[] garam, byte[] hash) {}

    private final JdbcClient jdbc;

    DataDuaFaktor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The portal operator when there is no tenant, else the tenant's user of that name. */
    Optional<Akun> akun(String username, TenantId tenant) {
        if (tenant == null) {
            return jdbc.sql("SELECT id FROM operator_portal WHERE username = ?")
                    .param(username)
                    .query(Long.class)
                    .optional()
                    .map(id -> new Akun("operator", id, username, null, Peran.OPERATOR_PORTAL));
        }
        return jdbc.sql("SELECT id, peran FROM pengguna WHERE tenant_id = ? AND username = ?")
                .params(tenant.value(), username)
                .query((rs, i) ->
                        new Akun("pengguna", rs.getLong("id"), username, tenant, Peran.valueOf(rs.getString("peran"))))
                .optional();
    }

    Optional<Akun> penggunaDaerah(TenantId tenant, long id) {
        return jdbc.sql("SELECT username, peran FROM pengguna WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id)
                .query((rs, i) -> new Akun(
                        "pengguna", id, rs.getString("username"), tenant, Peran.valueOf(rs.getString("peran"))))
                .optional();
    }

    Optional<Tersimpan> cari(Akun akun) {
        return baca(akun, "");
    }

    /** Locks the row for the rest of the transaction: two requests with one code cannot both use its step. */
    Optional<Tersimpan> cariTerkunci(Akun akun) {
        return baca(akun, " FOR UPDATE");
    }

    private Optional<Tersimpan> baca(Akun akun, String kunci) {
        return jdbc.sql("SELECT rahasia, terdaftar_pada, langkah_terakhir FROM dua_faktor"
                        + " WHERE jenis_akun = ? AND akun_id = ?" + kunci)
                .params(akun.jenis(), akun.id())
                .query((rs, i) -> new Tersimpan(
                        rs.getBytes("rahasia"), rs.getObject("terdaftar_pada", LocalDateTime.class), (Long)
                                rs.getObject("langkah_terakhir", Long.class)))
                .optional();
    }

    void simpan(Akun akun, byte[] rahasiaTersandi, LocalDateTime waktu, Long langkah) {
        hapus(akun);
        jdbc.sql("INSERT INTO dua_faktor (jenis_akun, akun_id, rahasia, terdaftar_pada, langkah_terakhir)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(akun.jenis(), akun.id(), rahasiaTersandi, waktu, langkah)
                .update();
    }

    void pakaiLangkah(Akun akun, long langkah) {
        jdbc.sql("UPDATE dua_faktor SET langkah_terakhir = ? WHERE jenis_akun = ? AND akun_id = ?")
                .params(langkah, akun.jenis(), akun.id())
                .update();
    }

    /** Removes the factor and its recovery codes; true when there was one. */
    boolean hapus(Akun akun) {
        jdbc.sql("DELETE FROM kode_pemulihan WHERE jenis_akun = ? AND akun_id = ?")
                .params(akun.jenis(), akun.id())
                .update();
        return jdbc.sql("DELETE FROM dua_faktor WHERE jenis_akun = ? AND akun_id = ?")
                        .params(akun.jenis(), akun.id())
                        .update()
                > 0;
    }

    void gantiKodePemulihan(Akun akun, List<String> kode) {
        jdbc.sql("DELETE FROM kode_pemulihan WHERE jenis_akun = ? AND akun_id = ?")
                .params(akun.jenis(), akun.id())
                .update();
        for (String k : kode) {
            byte[] garam = KodePemulihan.garam();
            jdbc.sql("INSERT INTO kode_pemulihan (jenis_akun, akun_id, garam, hash) VALUES (?, ?, ?, ?)")
                    .params(akun.jenis(), akun.id(), garam, KodePemulihan.hash(garam, k))
                    .update();
        }
    }

    List<KodeTersimpan> kodeBelumDipakaiTerkunci(Akun akun) {
        return jdbc.sql("SELECT id, garam, hash FROM kode_pemulihan WHERE jenis_akun = ? AND akun_id = ?"
                        + " AND dipakai_pada IS NULL FOR UPDATE")
                .params(akun.jenis(), akun.id())
                .query((rs, i) -> new KodeTersimpan(rs.getLong("id"), rs.getBytes("garam"), rs.getBytes("hash")))
                .list();
    }

    void tandaiDipakai(long kodeId, LocalDateTime waktu) {
        jdbc.sql("UPDATE kode_pemulihan SET dipakai_pada = ? WHERE id = ?")
                .params(waktu, kodeId)
                .update();
    }

    int sisaKode(Akun akun) {
        return jdbc.sql("SELECT COUNT(*) FROM kode_pemulihan WHERE jenis_akun = ? AND akun_id = ?"
                        + " AND dipakai_pada IS NULL")
                .params(akun.jenis(), akun.id())
                .query(Integer.class)
                .single();
    }
}
