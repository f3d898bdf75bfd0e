package id.pkd.portal.sdm;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.ValidasiGagalException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff composition each agency keeps per year (issue 14), printed in the LKIP's BAB I. A year under review
 * or locked refuses changes like its realisasi; every changed line is audited.
 */
@Service
public class KomposisiSdmService {

    /** Beyond any agency's head count; catches a slipped digit. */
    public static final int JUMLAH_MAKSIMAL = 100_000;

    private final JdbcClient jdbc;
    private final PerencanaanService perencanaan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final Clock jam;

    KomposisiSdmService(
            JdbcClient jdbc,
            PerencanaanService perencanaan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            Clock jam) {
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.jam = jam;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public KomposisiSdm baca(long perangkatDaerahId, int tahun) {
        Map<KategoriSdm, Integer> jumlah = new EnumMap<>(KategoriSdm.class);
        baris(perangkatDaerahId, tahun).forEach((k, b) -> jumlah.put(k, b.jumlah()));
        return new KomposisiSdm(perangkatDaerahId, tahun, jumlah);
    }

    /**
     * Replaces the year's composition with {@code jumlah}: a line missing (or {@code null}) is removed. Each count
     * lies within 0 … {@value #JUMLAH_MAKSIMAL}; the groups that count every member of staff must agree on the
     * total, and the golongan (civil servants only) cannot exceed the PNS. Problems are named per line (the
     * category's name) or per group (the group's name), all at once.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public KomposisiSdm simpan(long perangkatDaerahId, int tahun, Map<KategoriSdm, Integer> jumlah) {
        perencanaan.perangkatDaerah(perangkatDaerahId);
        Map<KategoriSdm, Integer> baru = new EnumMap<>(KategoriSdm.class);
        jumlah.forEach((k, v) -> {
            if (v != null) {
                baru.put(k, v);
            }
        });
        periksa(tahun, baru);
        penjaga.pastikanBolehDiubah(perangkatDaerahId, tahun);
        long tenant = TenantContext.wajib().value();
        Map<KategoriSdm, Baris> lama = baris(perangkatDaerahId, tahun);
        Timestamp pada = Timestamp.from(jam.instant());
        for (KategoriSdm k : KategoriSdm.values()) {
            Baris l = lama.get(k);
            Integer b = baru.get(k);
            if (l == null && b != null) {
                jdbc.sql("INSERT INTO komposisi_sdm (tenant_id, perangkat_daerah_id, tahun, kategori, jumlah,"
                                + " diubah_oleh, diubah_pada) VALUES (:t, :pd, :tahun, :k, :j, :oleh, :pada)")
                        .param("t", tenant)
                        .param("pd", perangkatDaerahId)
                        .param("tahun", tahun)
                        .param("k", k.name())
                        .param("j", b)
                        .param("oleh", JejakAuditService.pelaku())
                        .param("pada", pada)
                        .update();
                long id = baris(perangkatDaerahId, tahun).get(k).id();
                jejak.catat("komposisi_sdm", id, k.name(), null, b);
            } else if (l != null && b == null) {
                jejak.catat("komposisi_sdm", l.id(), k.name(), l.jumlah(), null);
                jdbc.sql("DELETE FROM komposisi_sdm WHERE tenant_id = :t AND id = :id")
                        .param("t", tenant)
                        .param("id", l.id())
                        .update();
            } else if (l != null && !Objects.equals(l.jumlah(), b)) {
                jejak.catat("komposisi_sdm", l.id(), k.name(), l.jumlah(), b);
                jdbc.sql("UPDATE komposisi_sdm SET jumlah = :j, diubah_oleh = :oleh, diubah_pada = :pada"
                                + " WHERE tenant_id = :t AND id = :id")
                        .param("j", b)
                        .param("oleh", JejakAuditService.pelaku())
                        .param("pada", pada)
                        .param("t", tenant)
                        .param("id", l.id())
                        .update();
            }
        }
        return new KomposisiSdm(perangkatDaerahId, tahun, baru);
    }

    /**
     * Fills the year only when nothing is recorded yet, so figures someone entered are never overwritten (demo
     * data).
     *
     * @return whether it was written
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public boolean isiBilaKosong(long perangkatDaerahId, int tahun, Map<KategoriSdm, Integer> jumlah) {
        if (!baca(perangkatDaerahId, tahun).kosong()) {
            return false;
        }
        simpan(perangkatDaerahId, tahun, jumlah);
        return true;
    }

    static void periksa(int tahun, Map<KategoriSdm, Integer> jumlah) {
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        if (tahun < 2000 || tahun > 2100) {
            galat.tambah("tahun", "Tahun tidak sah.");
        }
        jumlah.forEach((k, v) -> {
            if (v < 0 || v > JUMLAH_MAKSIMAL) {
                galat.tambah(
                        k.name(),
                        "Jumlah " + k.label() + " harus antara 0 dan "
                                + String.format("%,d", JUMLAH_MAKSIMAL).replace(',', '.') + " orang.");
            }
        });
        if (!galat.ada()) {
            KomposisiSdm s = new KomposisiSdm(0, tahun, jumlah);
            KelompokSdm acuan = null;
            for (KelompokSdm g : KelompokSdm.values()) {
                if (!g.seluruhPegawai() || !s.ada(g)) {
                    continue;
                }
                if (acuan == null) {
                    acuan = g;
                } else if (s.total(g) != s.total(acuan)) {
                    galat.tambah(
                            g.name(),
                            "Jumlah menurut " + g.label().toLowerCase() + " (" + s.total(g)
                                    + " orang) tidak sama dengan jumlah menurut "
                                    + acuan.label().toLowerCase() + " ("
                                    + s.total(acuan) + " orang).");
                }
            }
            if (s.ada(KelompokSdm.GOLONGAN) && s.jumlah(KategoriSdm.PNS).isPresent()) {
                int pns = s.jumlah(KategoriSdm.PNS).orElseThrow();
                if (s.total(KelompokSdm.GOLONGAN) > pns) {
                    galat.tambah(
                            KelompokSdm.GOLONGAN.name(),
                            "Jumlah menurut golongan (" + s.total(KelompokSdm.GOLONGAN)
                                    + " orang) melebihi jumlah PNS (" + pns + " orang): golongan hanya untuk PNS.");
                }
            }
        }
        galat.lemparJikaAda();
    }

    private record Baris(long id, int jumlah) {}

    private Map<KategoriSdm, Baris> baris(long perangkatDaerahId, int tahun) {
        Map<KategoriSdm, Baris> hasil = new HashMap<>();
        jdbc.sql("SELECT id, kategori, jumlah FROM komposisi_sdm WHERE tenant_id = :t AND perangkat_daerah_id = :pd"
                        + " AND tahun = :tahun")
                .param("t", TenantContext.wajib().value())
                .param("pd", perangkatDaerahId)
                .param("tahun", tahun)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(r -> {
                    // a category dropped from the code stays in the table but is no longer read
                    if (Arrays.stream(KategoriSdm.values())
                            .anyMatch(k -> k.name().equals(r[1]))) {
                        hasil.put(KategoriSdm.valueOf(r[1]), new Baris(Long.parseLong(r[0]), Integer.parseInt(r[2])));
                    }
                });
        return hasil;
    }
}
