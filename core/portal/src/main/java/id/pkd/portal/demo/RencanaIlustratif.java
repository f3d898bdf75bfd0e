package id.pkd.portal.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.rpjmd.RealisasiIkuDaerahService;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Illustrative agencies beside a demo region's source-backed one, so the approval queue, the filters, the LKJIP and
 * the pohon kinerja run at the size of a kabupaten. They go in through the same plan import as any file, with the
 * region's IKU Kepala Daerah; the realisasi of those, which the exchange format does not carry, come from the file's
 * {@code _realisasiIkuDaerah} (the import ignores keys starting with "_") through the RPJMD screen's service.
 */
@Component
class RencanaIlustratif {

    private static final Logger log = LoggerFactory.getLogger(RencanaIlustratif.class);

    /** The marker every illustrative agency's name starts with: shown first in every select, table and document. */
    static final String AWALAN = "Ilustratif: ";

    /**
     * The year whose realisasi the illustrative agencies submit once, so the verifikator's queue, the home page's
     * counts and the notifications have work in them from the demo's first start; the last agency is also verified,
     * so the pimpinan has a year waiting to be set.
     */
    static final int TAHUN_PENGAJUAN = 2022;

    private final ImporRencanaService impor;
    private final PerencanaanService perencanaan;
    private final IkuDaerahService ikuDaerah;
    private final RealisasiIkuDaerahService realisasiIku;
    private final PersetujuanService persetujuan;
    private final ObjectMapper json;
    private final SasaranRpjmdDemo sasaranRpjmd;

    RencanaIlustratif(
            ImporRencanaService impor,
            PerencanaanService perencanaan,
            IkuDaerahService ikuDaerah,
            RealisasiIkuDaerahService realisasiIku,
            PersetujuanService persetujuan,
            ObjectMapper json,
            SasaranRpjmdDemo sasaranRpjmd) {
        this.sasaranRpjmd = sasaranRpjmd;
        this.impor = impor;
        this.perencanaan = perencanaan;
        this.ikuDaerah = ikuDaerah;
        this.realisasiIku = realisasiIku;
        this.persetujuan = persetujuan;
        this.json = json;
    }

    /**
     * Loads {@code /demo/<nama>.json} while the region has no agency with the marker, so a demo database made before
     * gets them too; else leaves the region as it is. A refusal (a year locked on that database) is logged, never
     * stops the portal: the demo is an extra, the region's own data stay as they were (the import is all or nothing).
     */
    void muat(TenantId tenant, String nama) {
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> {
            boolean ada = perencanaan.daftarPerangkatDaerah().stream()
                    .anyMatch(pd -> pd.nama().startsWith(AWALAN));
            if (ada) {
                return null;
            }
            byte[] berkas = DemoDataSeeder.rencanaDemo(nama);
            try {
                impor.impor(berkas);
                realisasiIkuDaerah(berkas);
                log.info("Perangkat daerah ilustratif dimuat dari {}", nama);
            } catch (RuntimeException e) {
                log.warn("Perangkat daerah ilustratif {} tidak dimuat: {}", nama, e.getMessage());
            }
            return null;
        });
        // the region's sasaran RPJMD hang on the agencies and IKU above, so they come after them
        sasaranRpjmd.muat(tenant);
    }

    /**
     * Submits {@link #TAHUN_PENGAJUAN}'s realisasi of every illustrative agency whose year never entered the workflow
     * (no approval row: never submitted, set or reopened, so nothing of it was signed), through the workflow's own
     * service and so under the agency's lock, with the audit entry and the notifications a submission makes. A year
     * a user or a test already moved is left alone, so a restart never undoes anyone's step.
     */
    void ajukanRealisasi(TenantId tenant) {
        List<PerangkatDaerah> belum =
                SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> perencanaan.daftarPerangkatDaerah().stream()
                        .filter(pd -> pd.nama().startsWith(AWALAN))
                        .filter(pd ->
                                persetujuan.status(pd.id(), TAHUN_PENGAJUAN).diubahPada() == null)
                        .toList());
        for (int i = 0; i < belum.size(); i++) {
            long pd = belum.get(i).id();
            boolean juga = i == belum.size() - 1 && belum.size() > 1;
            try {
                SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> persetujuan.ajukan(pd, TAHUN_PENGAJUAN));
                if (juga) {
                    SebagaiSistem.jalankan(
                            Peran.VERIFIKATOR, tenant, () -> persetujuan.verifikasi(pd, TAHUN_PENGAJUAN));
                }
            } catch (RuntimeException e) {
                log.warn("Realisasi {} {} tidak diajukan: {}", belum.get(i).nama(), TAHUN_PENGAJUAN, e.getMessage());
            }
        }
        if (!belum.isEmpty()) {
            log.info("Realisasi {} dari {} perangkat daerah ilustratif diajukan.", TAHUN_PENGAJUAN, belum.size());
        }
    }

    private void realisasiIkuDaerah(byte[] berkas) {
        JsonNode isi;
        try {
            isi = json.readTree(berkas);
        } catch (IOException e) {
            throw new IllegalStateException("Rencana ilustratif tidak terbaca", e);
        }
        int tahunAwal = isi.path("rpjmd").path("tahunAwal").asInt();
        PeriodeRpjmd periode = perencanaan.daftarPeriode().stream()
                .filter(p -> p.tahunAwal() == tahunAwal)
                .findFirst()
                .orElseThrow();
        JsonNode realisasi = isi.path("_realisasiIkuDaerah");
        for (IkuDaerah i : ikuDaerah.daftar(periode.id())) {
            Map<Integer, BigDecimal> nilai = new TreeMap<>();
            realisasi
                    .path(i.kode())
                    .properties()
                    .forEach(e ->
                            nilai.put(Integer.valueOf(e.getKey()), e.getValue().decimalValue()));
            if (!nilai.isEmpty()) {
                realisasiIku.simpan(i.id(), nilai);
            }
        }
    }
}
