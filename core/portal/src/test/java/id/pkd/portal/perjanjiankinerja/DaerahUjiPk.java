package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh tenant of the PK tests' range (12.01–12.09) with an RPJMD period 2025–2029 and agencies that each have a
 * Renstra (one tujuan, one sasaran, one IKU) and three officials: a head, a kepala bidang under them and a JF under
 * the kepala bidang, but no Perjanjian Kinerja. Made once per region through the plan import (the bulk path).
 */
public final class DaerahUjiPk {

    public static final int AWAL = 2025;
    public static final int AKHIR = 2029;
    public static final String SANDI = "Rahasia-Uji-2024!";

    static final String NIP_KEPALA = "197305011993111001";
    static final String NIP_KABID = "198203172001121002";
    static final String NIP_JF = "198405102009031007";

    private DaerahUjiPk() {}

    public static TenantId pastikan(
            DaerahService daerah, ImporRencanaService impor, JdbcClient jdbc, String kode, String admin, String... pd) {
        var ada = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kode)
                .query(Long.class)
                .optional();
        if (ada.isPresent()) {
            return new TenantId(ada.get());
        }
        TenantId tenant = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.daftarkan(new DaerahBaru(
                        kode,
                        "Kabupaten Uji PK " + kode,
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(admin, SANDI, "Admin Uji PK", Peran.ADMIN_DAERAH, null, null)))
                .tenantId());
        StringBuilder semua = new StringBuilder();
        for (int i = 0; i < pd.length; i++) {
            semua.append(semua.isEmpty() ? "" : ",").append(perangkatDaerah(pd[i], i));
        }
        String rencana = "{\"format\":\"pkd-rencana/1\",\"tahun\":" + AWAL + ",\"rpjmd\":{\"tahunAwal\":" + AWAL
                + ",\"tahunAkhir\":" + AKHIR + ",\"visi\":\"Daerah uji yang sejahtera\",\"misi\":[\"Melayani\"]},"
                + "\"perangkatDaerah\":[" + semua + "]}";
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> impor.impor(rencana.getBytes(StandardCharsets.UTF_8)));
        return tenant;
    }

    /** The official's NIP in the {@code ke}-th agency: NIPs are unique in a tenant. */
    public static String nip(String dasar, int ke) {
        return dasar.substring(0, 15) + "%03d".formatted(ke + 1);
    }

    private static String perangkatDaerah(String k, int ke) {
        String target = "{\"2025\":50,\"2026\":55,\"2027\":60,\"2028\":65,\"2029\":70}";
        return """
                {"kode":"%1$s","nama":"Dinas Uji %1$s","singkatan":"Dinas %1$s",
                 "bidang":[{"kode":"B1","nama":"Bidang Rehabilitasi Sosial"}],
                 "pejabat":[
                  {"nip":"%2$s","nama":"Kepala %1$s","pangkat":"Pembina Utama Muda","golongan":"IV/c",
                   "jabatan":"Kepala Dinas Uji %1$s","eselon":"II.b","bidang":null,"atasan":null},
                  {"nip":"%3$s","nama":"Kabid %1$s","pangkat":"Pembina","golongan":"IV/a",
                   "jabatan":"Kepala Bidang Rehabilitasi Sosial","eselon":"III.b","bidang":"B1","atasan":"%2$s"},
                  {"nip":"%4$s","nama":"Penyuluh %1$s","pangkat":"Penata","golongan":"III/c",
                   "jabatan":"Penyuluh Sosial Ahli Muda","eselon":"JF","bidang":"B1","atasan":"%3$s"}],
                 "renstra":{"tujuan":[{"kode":"T1","uraian":"Meningkatnya kesejahteraan sosial","sasaran":[
                  {"kode":"S1","uraian":"Meningkatnya penanganan PPKS","urusan":"1.06","indikator":[
                   {"kode":"IKU-1","nama":"Persentase PPKS yang tertangani","satuan":"%%",
                    "polaritas":"SEMAKIN_TINGGI_SEMAKIN_BAIK","varianRendah":null,"kondisiAwal":null,
                    "kondisiAkhir":70,"sumberData":"Dinas Sosial","sumberRealisasi":null,"target":%5$s}]}]}]}}"""
                .formatted(k, nip(NIP_KEPALA, ke), nip(NIP_KABID, ke), nip(NIP_JF, ke), target);
    }
}
