package id.pkd.portal.pertukaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan import by business keys: an unchanged file writes and records nothing, every change
 * is recorded field by field with stable ids, a change in a locked year refuses the whole file,
 * and a re-import beside a realisasi writer never undoes a save silently. The tests own their
 * region (63.10, which no other test uses), loaded with the Balangan demo plan.
 */
class ImporRencanaBerkunciTest extends PortalIntegrationTest {

    static final String DAERAH = "63.10";

    @Autowired
    ImporRencanaService impor;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    long tenant;

    @BeforeEach
    void daerahSendiriDenganRencanaAsli() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(DAERAH)
                        .query(Long.class)
                        .single()
                == 0) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            DAERAH,
                            "Kabupaten Tanah Bumbu",
                            JenisDaerah.KABUPATEN,
                            "Batulicin",
                            new PenggunaBaru(
                                    "admin.tanbu.impor",
                                    "Rahasia-Uji-2024!",
                                    "Admin Tanah Bumbu",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    "Admin Daerah"))));
        }
        tenant = tenant(DAERAH).value();
        // Each test starts from the original plan: the import restores it whatever the last test left.
        imporSebagaiAdmin(asli());
    }

    ObjectNode asli() throws Exception {
        try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
            return (ObjectNode) json.readTree(isi);
        }
    }

    static ObjectNode pd(ObjectNode doc) {
        return (ObjectNode) doc.withArray("perangkatDaerah").get(0);
    }

    ImporRencanaService.HasilImpor imporSebagaiAdmin(ObjectNode doc) throws Exception {
        byte[] isi = json.writeValueAsBytes(doc);
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> impor.impor(isi));
    }

    long jumlahJejak() {
        return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    List<String> idBaris() {
        return jdbc.sql(
                        """
                        SELECT CONCAT('program ', id, ' ', kode) FROM program_kegiatan WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('indikator ', id, ' ', kode) FROM indikator WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('pk ', id, ' ', indikator_id, ' ', target) FROM pk_indikator WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('pk_sasaran ', id, ' ', kode) FROM pk_sasaran WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('realisasi ', id, ' ', indikator_id) FROM realisasi_indikator WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('pejabat ', id, ' ', nip) FROM pejabat WHERE tenant_id = :t
                        UNION ALL SELECT CONCAT('ip ', id) FROM indikator_program WHERE tenant_id = :t""")
                .param("t", tenant)
                .query(String.class)
                .list();
    }

    long idIndikator(String kode) {
        return jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND kode = ?")
                .params(tenant, kode)
                .query(Long.class)
                .single();
    }

    long idRealisasi(String kode) {
        return jdbc.sql("SELECT id FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = 2022"
                        + " AND triwulan = 0")
                .params(tenant, idIndikator(kode))
                .query(Long.class)
                .single();
    }

    /** The audit entries of one record and field, oldest first: "lama → baru". */
    List<String> jejak(String jenis, long id, String isian) {
        return jdbc.sql("SELECT CONCAT(COALESCE(nilai_lama, '∅'), ' → ', COALESCE(nilai_baru, '∅')) FROM jejak_audit"
                        + " WHERE tenant_id = ? AND jenis_data = ? AND data_id = ? AND isian = ? ORDER BY id")
                .params(tenant, jenis, id, isian)
                .query(String.class)
                .list();
    }

    static ObjectNode ikuRenstra(ObjectNode doc, String kode) {
        for (JsonNode t : pd(doc).with("renstra").withArray("tujuan")) {
            for (JsonNode s : t.withArray("sasaran")) {
                for (JsonNode i : s.withArray("indikator")) {
                    if (i.get("kode").asText().equals(kode)) {
                        return (ObjectNode) i;
                    }
                }
            }
        }
        throw new IllegalArgumentException(kode);
    }

    static ObjectNode realisasiBerkas(ObjectNode doc, String kode) {
        for (JsonNode r : pd(doc).withArray("realisasi")) {
            if (r.get("indikator").asText().equals(kode) && r.path("triwulan").isNull()) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException(kode);
    }

    /** The first PK target of an indicator, and the id of its stored row. */
    ObjectNode targetPk(ObjectNode doc, String kode) {
        for (JsonNode k : pd(doc).withArray("perjanjianKinerja")) {
            for (JsonNode s : k.withArray("sasaran")) {
                for (JsonNode i : s.withArray("indikator")) {
                    if (i.get("kode").asText().equals(kode)) {
                        return (ObjectNode) i;
                    }
                }
            }
        }
        throw new IllegalArgumentException(kode);
    }

    @Test
    void imporUlangBerkasYangSamaTidakMenulisDanTidakMencatatApaPun() throws Exception {
        List<String> sebelum = idBaris();
        long jejakSebelum = jumlahJejak();
        var hasil = imporSebagaiAdmin(asli());
        assertThat(hasil.perubahan()).isZero();
        assertThat(hasil.subKegiatan()).isEqualTo(65);
        assertThat(jumlahJejak()).isEqualTo(jejakSebelum);
        assertThat(idBaris()).containsExactlyInAnyOrderElementsOf(sebelum);
    }

    @Test
    void setiapPerubahanTercatatPerIsianDanBerkasAsliMemulihkanEksporPersis() throws Exception {
        byte[] eksporAsli = json.writeValueAsBytes(sebagai(Peran.PENGAMAT, DAERAH, () -> ekspor.ekspor(2022)));
        long iku1 = idIndikator("IKU-1");
        long realisasiIku1 = idRealisasi("IKU-1");
        long realisasiIku2 = idRealisasi("IKU-2");
        ObjectNode ubah = asli();
        String targetLama = ikuRenstra(ubah, "IKU-1")
                .with("target")
                .get("2022")
                .decimalValue()
                .toPlainString();
        ikuRenstra(ubah, "IKU-1").with("target").put("2022", 50);
        ObjectNode pk = targetPk(ubah, "IKU-5");
        String pkLama = pk.get("target").decimalValue().stripTrailingZeros().toPlainString();
        pk.put("target", 7);
        realisasiBerkas(ubah, "IKU-1").put("skala", 10);
        realisasiBerkas(ubah, "IKU-2").put("nilai", new BigDecimal("0.12340"));
        var program = pd(ubah).withArray("program");
        String kodeDihapus = program.get(program.size() - 1).get("kode").asText();
        program.remove(program.size() - 1);
        List<String> idSebelum = idBaris();
        long jejakTerakhir = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM jejak_audit")
                .query(Long.class)
                .single();

        imporSebagaiAdmin(ubah);

        assertThat(jejak("indikator", iku1, "target 2022")).last().isEqualTo(stripped(targetLama) + " → 50");
        long pkIku5 = jdbc.sql(
                        """
                        SELECT p.id FROM pk_indikator p JOIN indikator i ON i.id = p.indikator_id
                        WHERE p.tenant_id = ? AND i.kode = 'IKU-5' ORDER BY p.id LIMIT 1""")
                .param(tenant)
                .query(Long.class)
                .single();
        assertThat(jejak("pk_indikator", pkIku5, "target")).last().isEqualTo(pkLama + " → 7");
        assertThat(jejak("realisasi", realisasiIku1, "skala")).last().isEqualTo("100 → 10");
        // Recorded as the database keeps it (DECIMAL(20,4)), not as sent.
        assertThat(jejak("realisasi", realisasiIku2, "nilai")).last().isEqualTo("92.33 → 0.1234");
        long dihapus = jdbc.sql(
                        "SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'program_kegiatan'"
                                + " AND isian = 'dihapus' AND nilai_lama = ? AND id > ?")
                .params(tenant, "2022 " + kodeDihapus, jejakTerakhir)
                .query(Long.class)
                .single();
        assertThat(dihapus).isEqualTo(1);
        // Everything the change did not touch keeps its id.
        List<String> idSesudah = idBaris();
        assertThat(idSebelum.stream().filter(b -> b.startsWith("indikator ") || b.startsWith("pejabat ")))
                .allMatch(idSesudah::contains);

        imporSebagaiAdmin(asli());
        assertThat(json.writeValueAsBytes(sebagai(Peran.PENGAMAT, DAERAH, () -> ekspor.ekspor(2022))))
                .isEqualTo(eksporAsli);
        assertThat(jejak("indikator", iku1, "target 2022")).last().isEqualTo("50 → " + stripped(targetLama));
    }

    static String stripped(String angka) {
        return new BigDecimal(angka).stripTrailingZeros().toPlainString();
    }

    @Test
    void perubahanDiTahunTerkunciMenolakSeluruhBerkasDenganPathnya() throws Exception {
        long pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        sebagai(Peran.OPERATOR, DAERAH, () -> persetujuan.ajukan(pdId, 2022));
        try {
            assertThat(imporSebagaiAdmin(asli()).perubahan())
                    .as("berkas yang tidak mengubah tahun terkunci diterima")
                    .isZero();

            ObjectNode ubah = asli();
            ikuRenstra(ubah, "IKU-1").put("nama", "Angka PPKS yang tertangani (diubah)");
            ikuRenstra(ubah, "IKU-1").with("target").put("2023", 61);
            ikuRenstra(ubah, "IKU-1").with("target").put("2022", 50);
            targetPk(ubah, "IKU-5").put("target", 7);
            long jejakSebelum = jumlahJejak();
            List<String> idSebelum = idBaris();
            ValidasiGagalException e =
                    catchThrowableOfType(() -> imporSebagaiAdmin(ubah), ValidasiGagalException.class);
            assertThat(e).isNotNull();
            assertThat(e.kesalahan()).extracting(Kesalahan::path).anyMatch(p -> p.endsWith(".target.2022"));
            assertThat(e.kesalahan())
                    .extracting(Kesalahan::path)
                    .anyMatch(p -> p.startsWith("perangkatDaerah[0].perjanjianKinerja[") && p.contains(".indikator["));
            assertThat(e.kesalahan()).extracting(Kesalahan::pesan).allMatch(p -> p.contains("proses persetujuan"));
            assertThat(e.kesalahan()).extracting(Kesalahan::path).noneMatch(p -> p.endsWith(".target.2023"));
            // All or nothing: the allowed changes in the same file are not written either.
            assertThat(jumlahJejak()).isEqualTo(jejakSebelum);
            assertThat(idBaris()).containsExactlyInAnyOrderElementsOf(idSebelum);
            assertThat(jdbc.sql("SELECT nama FROM indikator WHERE id = ?")
                            .param(idIndikator("IKU-1"))
                            .query(String.class)
                            .single())
                    .doesNotContain("diubah");

            // Attributes spanning years and another year's target are not the locked year's figures.
            ObjectNode bolehh = asli();
            ikuRenstra(bolehh, "IKU-1").put("nama", "Angka PPKS yang tertangani (diubah)");
            ikuRenstra(bolehh, "IKU-1").with("target").put("2023", 61);
            assertThat(imporSebagaiAdmin(bolehh).perubahan()).isEqualTo(2);
        } finally {
            sebagai(Peran.VERIFIKATOR, DAERAH, () -> persetujuan.tolak(pdId, 2022, "uji impor selesai"));
        }
    }

    /** Removes every entry of an indicator from an array of entries (Renstra, PK or realisasi). */
    static void buang(JsonNode daftar, String kunci, String kode) {
        var array = (com.fasterxml.jackson.databind.node.ArrayNode) daftar;
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).get(kunci).asText().equals(kode)) {
                array.remove(i);
            }
        }
    }

    @Test
    void indikatorYangSudahBerealisasiTidakDihapusLewatImpor() throws Exception {
        long id = idIndikator("IKU-7");
        ObjectNode ubah = asli();
        for (JsonNode t : pd(ubah).with("renstra").withArray("tujuan")) {
            t.withArray("sasaran").forEach(x -> buang(x.withArray("indikator"), "kode", "IKU-7"));
        }
        for (JsonNode k : pd(ubah).withArray("perjanjianKinerja")) {
            k.withArray("sasaran").forEach(x -> buang(x.withArray("indikator"), "kode", "IKU-7"));
        }
        buang(pd(ubah).withArray("realisasi"), "indikator", "IKU-7");
        long jejakSebelum = jumlahJejak();

        ValidasiGagalException e = catchThrowableOfType(() -> imporSebagaiAdmin(ubah), ValidasiGagalException.class);

        assertThat(e).isNotNull();
        assertThat(e.kesalahan()).anySatisfy(k -> {
            assertThat(k.path()).isEqualTo("perangkatDaerah[0].renstra");
            assertThat(k.pesan()).contains("IKU-7").contains("realisasi");
        });
        assertThat(jumlahJejak()).isEqualTo(jejakSebelum);
        assertThat(idIndikator("IKU-7")).isEqualTo(id);
    }

    @Test
    void imporUlangBersamaPenulisRealisasiTidakMembatalkanSimpananDiamDiam() throws Exception {
        List<String> kode = List.of("IKU-2", "IKU-3", "IKU-4");
        Map<String, Long> indikator = new java.util.HashMap<>();
        kode.forEach(k -> indikator.put(k, idIndikator(k)));
        byte[] berkas = json.writeValueAsBytes(asli());
        AtomicBoolean jalan = new AtomicBoolean(true);
        List<String> diakui = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> gagal = Collections.synchronizedList(new ArrayList<>());
        Thread penulis = new Thread(() -> {
            int n = 0;
            while (jalan.get()) {
                String k = kode.get(n % kode.size());
                // Distinct percentages (0–99,99), as the unit rule of these indicators allows.
                BigDecimal nilai = BigDecimal.valueOf(n % 10000, 2).stripTrailingZeros();
                String upaya = "upaya " + n;
                try {
                    sebagai(
                            Peran.OPERATOR,
                            DAERAH,
                            () -> realisasi.simpan(new IsianRealisasi(
                                    indikator.get(k), 2022, 0, nilai, null, null, null, upaya, null, null)));
                    diakui.add(k + " " + nilai.toPlainString());
                } catch (RuntimeException e) {
                    gagal.add(e);
                }
                n++;
            }
        });
        int impor = 0;
        penulis.start();
        long selesai = System.currentTimeMillis() + 4000;
        while (System.currentTimeMillis() < selesai) {
            sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> this.impor.impor(berkas));
            impor++;
        }
        jalan.set(false);
        penulis.join();

        assertThat(gagal).isEmpty();
        assertThat(impor).isGreaterThan(1);
        assertThat(diakui).hasSizeGreaterThan(3);
        for (String k : kode) {
            long id = idRealisasi(k);
            BigDecimal tersimpan = jdbc.sql("SELECT nilai FROM realisasi_indikator WHERE id = ?")
                    .param(id)
                    .query(BigDecimal.class)
                    .single();
            List<Map<String, Object>> riwayat = jdbc.sql(
                            "SELECT nilai_lama, nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'realisasi'"
                                    + " AND data_id = ? AND isian = 'nilai' ORDER BY id")
                    .params(tenant, id)
                    .query()
                    .listOfRows();
            assertThat(new BigDecimal((String) riwayat.get(riwayat.size() - 1).get("nilai_baru")))
                    .as("nilai tersimpan %s sama dengan catatan terakhirnya", k)
                    .isEqualByComparingTo(tersimpan);
            // Every acknowledged save is either the stored value or replaced by a recorded change.
            List<String> baru =
                    riwayat.stream().map(r -> (String) r.get("nilai_baru")).toList();
            List<String> lama =
                    riwayat.stream().map(r -> (String) r.get("nilai_lama")).toList();
            diakui.stream()
                    .filter(s -> s.startsWith(k + " "))
                    .map(s -> s.substring(k.length() + 1))
                    .forEach(v -> {
                        assertThat(baru).as("simpanan %s %s tercatat", k, v).contains(v);
                        if (new BigDecimal(v).compareTo(tersimpan) != 0) {
                            assertThat(lama)
                                    .as("simpanan %s %s diganti dengan catatan", k, v)
                                    .contains(v);
                        }
                    });
        }
    }

    @Test
    void persentaseDiLuarNolSampaiSeratusDitolakKecualiIndikatorBerentangBebas() throws Exception {
        ObjectNode ubah = asli();
        realisasiBerkas(ubah, "IKU-4").put("nilai", 250);
        // More decimals than the column keeps are refused, not rounded: the trail and the table agree.
        realisasiBerkas(ubah, "IKU-2").put("nilai", new BigDecimal("0.123456789"));
        ValidasiGagalException e = catchThrowableOfType(() -> imporSebagaiAdmin(ubah), ValidasiGagalException.class);
        assertThat(e).isNotNull();
        assertThat(e.kesalahan()).anySatisfy(k -> {
            assertThat(k.path()).matches("perangkatDaerah\\[0]\\.realisasi\\[\\d+]\\.nilai");
            assertThat(k.pesan()).contains("100");
        });

        try {
            realisasiBerkas(ubah, "IKU-2")
                    .put("nilai", realisasiBerkas(asli(), "IKU-2").get("nilai"));
            ikuRenstra(ubah, "IKU-4").put("rentangBebas", true);
            assertThat(imporSebagaiAdmin(ubah).perubahan()).isPositive();
            assertThat(jejak("indikator", idIndikator("IKU-4"), "rentangBebas")).containsExactly("false → true");
            ObjectNode hasil = json.valueToTree(sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> ekspor.ekspor(2022)));
            assertThat(ikuRenstra(hasil, "IKU-4").get("rentangBebas").asBoolean())
                    .isTrue();
            assertThat(ikuRenstra(hasil, "IKU-1").has("rentangBebas"))
                    .as("an indicator kept to 0–100 exports as before")
                    .isFalse();
        } finally {
            ObjectNode kembali = asli();
            ikuRenstra(kembali, "IKU-4").put("rentangBebas", false);
            imporSebagaiAdmin(kembali);
        }
    }
}
