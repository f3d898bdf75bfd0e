package id.pkd.portal.renstra;

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
 * A fresh tenant of the renstra tests' range (18.10–18.19) with an RPJMD period 2025–2029 and agencies but no
 * Renstra, made through the services a portal operator and the tenant admin use (the agency and RPJMD editors are
 * another part of issue 13; until then the plan import is the way in).
 */
public final class DaerahUjiRenstra {

    public static final int AWAL = 2025;
    public static final int AKHIR = 2029;

    private DaerahUjiRenstra() {}

    /** The tenant of {@code kode}, registered with its admin {@code admin} and plan (none without agencies) on first use. */
    public static TenantId pastikan(
            DaerahService daerah,
            ImporRencanaService impor,
            JdbcClient jdbc,
            String kode,
            String admin,
            String... kodePerangkatDaerah) {
        var ada = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kode)
                .query(Long.class)
                .optional();
        if (ada.isPresent()) {
            return new TenantId(ada.get());
        }
        TenantId tenant = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.daftarkan(new DaerahBaru(
                        kode,
                        "Kabupaten Uji Renstra " + kode,
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                admin, "Rahasia-Uji-2024!", "Admin Uji Renstra", Peran.ADMIN_DAERAH, null, null)))
                .tenantId());
        if (kodePerangkatDaerah.length == 0) {
            return tenant;
        }
        StringBuilder pd = new StringBuilder();
        for (String k : kodePerangkatDaerah) {
            pd.append(pd.isEmpty() ? "" : ",")
                    .append("{\"kode\":\"")
                    .append(k)
                    .append("\",\"nama\":\"Dinas Uji ")
                    .append(k)
                    .append("\",\"singkatan\":\"Dinas ")
                    .append(k)
                    .append("\"}");
        }
        String rencana = "{\"format\":\"pkd-rencana/1\",\"tahun\":" + AWAL + ",\"rpjmd\":{\"tahunAwal\":" + AWAL
                + ",\"tahunAkhir\":" + AKHIR + ",\"visi\":\"Daerah uji yang sejahtera\",\"misi\":[\"Melayani\"]},"
                + "\"perangkatDaerah\":[" + pd + "]}";
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> impor.impor(rencana.getBytes(StandardCharsets.UTF_8)));
        return tenant;
    }
}
