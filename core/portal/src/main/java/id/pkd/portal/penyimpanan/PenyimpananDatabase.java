package id.pkd.portal.penyimpanan;

import id.pkd.portal.tenant.TenantId;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default store: table {@code berkas} (V29), a file in pieces of {@value #POTONGAN} bytes. It joins the
 * caller's transaction, so an evidence row and its content are committed, or rolled back, together.
 */
class PenyimpananDatabase implements PenyimpananBerkas {

    /** One piece a row: far below max_allowed_packet, and a write set Galera certifies without strain. */
    static final int POTONGAN = 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock jam;
    private final BatasBerkas batas;

    PenyimpananDatabase(JdbcClient jdbc, Clock jam, BatasBerkas batas) {
        this.jdbc = jdbc;
        this.jam = jam;
        this.batas = batas;
    }

    @Override
    @Transactional
    public void simpan(TenantId tenant, String kunci, byte[] isi) {
        PenyimpananBerkas.periksaKunci(kunci);
        batas.periksa(isi);
        String sha256 = BatasBerkas.sha256(isi);
        Optional<String> lama = jdbc.sql("SELECT sha256 FROM berkas WHERE tenant_id = ? AND kunci = ? FOR UPDATE")
                .params(tenant.value(), kunci)
                .query(String.class)
                .optional();
        if (lama.filter(sha256::equals).isPresent()) {
            return;
        }
        lama.ifPresent(l -> hapus(tenant, kunci));
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO berkas (tenant_id, kunci, sha256, ukuran, disimpan_pada) VALUES (?, ?, ?, ?, ?)")
                .params(tenant.value(), kunci, sha256, isi.length, Timestamp.from(jam.instant()))
                .update(id);
        long berkasId = id.getKey().longValue();
        int urutan = 0;
        for (int dari = 0; dari < isi.length || urutan == 0; dari += POTONGAN) {
            jdbc.sql("INSERT INTO berkas_potongan (tenant_id, berkas_id, urutan, isi) VALUES (?, ?, ?, ?)")
                    .params(
                            tenant.value(),
                            berkasId,
                            urutan++,
                            Arrays.copyOfRange(isi, dari, Math.min(isi.length, dari + POTONGAN)))
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> baca(TenantId tenant, String kunci) {
        PenyimpananBerkas.periksaKunci(kunci);
        List<Long> berkasId = jdbc.sql("SELECT id FROM berkas WHERE tenant_id = ? AND kunci = ?")
                .params(tenant.value(), kunci)
                .query(Long.class)
                .list();
        if (berkasId.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        // One piece at a time: the driver never holds the whole file twice.
        List<Integer> urutan = jdbc.sql(
                        "SELECT urutan FROM berkas_potongan WHERE tenant_id = ? AND berkas_id = ? ORDER BY urutan")
                .params(tenant.value(), berkasId.get(0))
                .query(Integer.class)
                .list();
        for (int u : urutan) {
            isi.writeBytes(
                    jdbc.sql("SELECT isi FROM berkas_potongan WHERE tenant_id = ? AND berkas_id = ? AND urutan = ?")
                            .params(tenant.value(), berkasId.get(0), u)
                            .query(byte[].class)
                            .single());
        }
        return Optional.of(isi.toByteArray());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean ada(TenantId tenant, String kunci) {
        PenyimpananBerkas.periksaKunci(kunci);
        return jdbc.sql("SELECT COUNT(*) FROM berkas WHERE tenant_id = ? AND kunci = ?")
                        .params(tenant.value(), kunci)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    @Transactional
    public void hapus(TenantId tenant, String kunci) {
        PenyimpananBerkas.periksaKunci(kunci);
        jdbc.sql("DELETE FROM berkas WHERE tenant_id = ? AND kunci = ?")
                .params(tenant.value(), kunci)
                .update();
    }

    @Override
    public String nama() {
        return "database";
    }
}
