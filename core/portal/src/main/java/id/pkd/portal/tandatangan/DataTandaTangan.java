package id.pkd.portal.tandatangan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of the signing feature; every method takes the tenant. The trust roots' SQL is {@link DataAkar}. */
@Component
class DataTandaTangan {

    record KunciTersimpan(
            long pejabatId,
            byte[] p12Terenkripsi,
            String namaSertifikat,
            String penerbit,
            String nomorSeri,
            Instant berlakuMulai,
            Instant berlakuSampai,
            byte[] sertifikat,
            String diunggahOleh,
            Instant diunggahPada,
            SumberKunci sumber) {}

    /** Where a stored key came from: it decides whether the official's passphrase opens it. */
    enum SumberKunci {
        UNGGAH,
        CA_DAERAH
    }

    /** A region's CA; its private key (PKCS#8) only as ciphertext under the master key. */
    record CaTersimpan(
            long tenantId,
            long akarId,
            String nama,
            AlgoritmaKunci algoritma,
            byte[] kunciTerenkripsi,
            byte[] sertifikat,
            String dibuatOleh,
            Instant dibuatPada) {}

    record BsreTersimpan(
            String alamat, byte[] penggunaTerenkripsi, byte[] sandiTerenkripsi, boolean aktif, String diubahOleh) {}

    private final JdbcClient jdbc;

    DataTandaTangan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PejabatPenandatangan> pejabat(long tenantId) {
        return jdbc.sql("SELECT id, nama, nip, jabatan FROM pejabat WHERE tenant_id = ? ORDER BY eselon, nama")
                .param(tenantId)
                .query((rs, i) -> new PejabatPenandatangan(
                        rs.getLong("id"), rs.getString("nama"), rs.getString("nip"), rs.getString("jabatan")))
                .list();
    }

    Optional<PejabatPenandatangan> pejabat(long tenantId, long id) {
        return jdbc.sql("SELECT id, nama, nip, jabatan FROM pejabat WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query((rs, i) -> new PejabatPenandatangan(
                        rs.getLong("id"), rs.getString("nama"), rs.getString("nip"), rs.getString("jabatan")))
                .optional();
    }

    /** The account linked to the head of region who signs as this pejabat row, if any (kepala_daerah). */
    Optional<Long> akunKepalaDaerah(long tenantId, long pejabatId) {
        return jdbc.sql("SELECT pengguna_id FROM kepala_daerah WHERE tenant_id = ? AND pejabat_id = ?"
                        + " AND pengguna_id IS NOT NULL")
                .params(tenantId, pejabatId)
                .query(Long.class)
                .optional();
    }

    Optional<KunciTersimpan> kunci(long tenantId, long pejabatId) {
        return jdbc.sql("SELECT * FROM kunci_pejabat WHERE tenant_id = ? AND pejabat_id = ?")
                .params(tenantId, pejabatId)
                .query((rs, i) -> new KunciTersimpan(
                        rs.getLong("pejabat_id"),
                        rs.getBytes("p12_terenkripsi"),
                        rs.getString("nama_sertifikat"),
                        rs.getString("penerbit"),
                        rs.getString("nomor_seri"),
                        rs.getTimestamp("berlaku_mulai").toInstant(),
                        rs.getTimestamp("berlaku_sampai").toInstant(),
                        rs.getBytes("sertifikat"),
                        rs.getString("diunggah_oleh"),
                        rs.getTimestamp("diunggah_pada").toInstant(),
                        SumberKunci.valueOf(rs.getString("sumber"))))
                .optional();
    }

    void simpanKunci(long tenantId, KunciTersimpan k) {
        jdbc.sql(
                        """
                        INSERT INTO kunci_pejabat (tenant_id, pejabat_id, p12_terenkripsi, nama_sertifikat, penerbit,
                            nomor_seri, berlaku_mulai, berlaku_sampai, sertifikat, diunggah_oleh, diunggah_pada, sumber)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE p12_terenkripsi = VALUE(p12_terenkripsi),
                            nama_sertifikat = VALUE(nama_sertifikat), penerbit = VALUE(penerbit),
                            nomor_seri = VALUE(nomor_seri), berlaku_mulai = VALUE(berlaku_mulai),
                            berlaku_sampai = VALUE(berlaku_sampai), sertifikat = VALUE(sertifikat),
                            diunggah_oleh = VALUE(diunggah_oleh), diunggah_pada = VALUE(diunggah_pada),
                            sumber = VALUE(sumber)""")
                .params(
                        tenantId,
                        k.pejabatId(),
                        k.p12Terenkripsi(),
                        k.namaSertifikat(),
                        k.penerbit(),
                        k.nomorSeri(),
                        Timestamp.from(k.berlakuMulai()),
                        Timestamp.from(k.berlakuSampai()),
                        k.sertifikat(),
                        k.diunggahOleh(),
                        Timestamp.from(k.diunggahPada()),
                        k.sumber().name())
                .update();
    }

    Optional<String> namaDaerah(long tenantId) {
        return jdbc.sql("SELECT nama FROM tenant WHERE id = ?")
                .param(tenantId)
                .query(String.class)
                .optional();
    }

    Optional<CaTersimpan> caDaerah(long tenantId) {
        return jdbc.sql("SELECT * FROM ca_daerah WHERE tenant_id = ?")
                .param(tenantId)
                .query((rs, i) -> new CaTersimpan(
                        rs.getLong("tenant_id"),
                        rs.getLong("akar_id"),
                        rs.getString("nama"),
                        AlgoritmaKunci.valueOf(rs.getString("algoritma")),
                        rs.getBytes("kunci_terenkripsi"),
                        rs.getBytes("sertifikat"),
                        rs.getString("dibuat_oleh"),
                        rs.getTimestamp("dibuat_pada").toInstant()))
                .optional();
    }

    /** Tenants that have their own CA: the operator's screen shows which regions still need one. */
    List<Long> tenantBerCa() {
        return jdbc.sql("SELECT tenant_id FROM ca_daerah ORDER BY tenant_id")
                .query(Long.class)
                .list();
    }

    /** Fails with a duplicate key when the region already has a CA (one per region). */
    void simpanCa(CaTersimpan ca) {
        jdbc.sql(
                        """
                        INSERT INTO ca_daerah (tenant_id, akar_id, nama, algoritma, kunci_terenkripsi, sertifikat,
                            dibuat_oleh, dibuat_pada)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        ca.tenantId(),
                        ca.akarId(),
                        ca.nama(),
                        ca.algoritma().name(),
                        ca.kunciTerenkripsi(),
                        ca.sertifikat(),
                        ca.dibuatOleh(),
                        Timestamp.from(ca.dibuatPada()))
                .update();
    }

    Optional<BsreTersimpan> bsre(long tenantId) {
        return jdbc.sql("SELECT * FROM pengaturan_bsre WHERE tenant_id = ?")
                .param(tenantId)
                .query((rs, i) -> new BsreTersimpan(
                        rs.getString("alamat"),
                        rs.getBytes("pengguna_terenkripsi"),
                        rs.getBytes("sandi_terenkripsi"),
                        rs.getBoolean("aktif"),
                        rs.getString("diubah_oleh")))
                .optional();
    }

    void simpanBsre(long tenantId, BsreTersimpan b, Instant pada) {
        jdbc.sql(
                        """
                        INSERT INTO pengaturan_bsre (tenant_id, alamat, pengguna_terenkripsi, sandi_terenkripsi, aktif,
                            diubah_oleh, diubah_pada)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE alamat = VALUE(alamat), pengguna_terenkripsi = VALUE(pengguna_terenkripsi),
                            sandi_terenkripsi = VALUE(sandi_terenkripsi), aktif = VALUE(aktif),
                            diubah_oleh = VALUE(diubah_oleh), diubah_pada = VALUE(diubah_pada)""")
                .params(
                        tenantId,
                        b.alamat(),
                        b.penggunaTerenkripsi(),
                        b.sandiTerenkripsi(),
                        b.aktif(),
                        b.diubahOleh(),
                        Timestamp.from(pada))
                .update();
    }
}
