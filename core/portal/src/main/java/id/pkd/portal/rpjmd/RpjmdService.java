package id.pkd.portal.rpjmd;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's RPJMD periods with their visi and numbered misi. The tenant admin keeps them, like the officials and
 * the plan import; every change of a field is in the audit trail. The period, visi and misi span all its years (as
 * the import treats them): a locked year keeps its figures through its frozen snapshot, and a period cannot shrink
 * past a year that holds targets, programs, agreements or realisasi.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class RpjmdService {

    static final String JENIS = "periode_rpjmd";

    /** As many as the exchange format carries (FormatRencana.Rpjmd): one TEXT column holds them all. */
    static final int MISI_MAKS = 10;

    static final int PANJANG_MISI = 1_500;
    static final int PANJANG_VISI = 15_000;

    private final PerencanaanService perencanaan;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final NomorMisiTujuan nomorMisi;

    RpjmdService(PerencanaanService perencanaan, JdbcClient jdbc, JejakAuditService jejak, NomorMisiTujuan nomorMisi) {
        this.perencanaan = perencanaan;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.nomorMisi = nomorMisi;
    }

    public List<PeriodeRpjmd> daftarPeriode() {
        return perencanaan.daftarPeriode();
    }

    public PeriodeRpjmd periode(long id) {
        return daftarPeriode().stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Periode RPJMD"));
    }

    /**
     * Adds or changes a period; every wrong field is reported at once, and nothing is saved. The tujuan RPJMD follow
     * their misi to its new number ({@link NomorMisiTujuan}).
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public PeriodeRpjmd simpan(IsianPeriode isian) {
        long tenant = tenant();
        PeriodeRpjmd lama = isian.id() == null ? null : kunci(tenant, isian.id());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        Integer awal = isian.tahunAwal();
        Integer akhir = isian.tahunAkhir();
        if (awal == null || awal < 2000 || awal > 2100) {
            salah.tambah("tahunAwal", "Tahun awal wajib diisi (2000–2100).");
        }
        if (akhir == null || awal != null && (akhir - awal < 4 || akhir - awal > 5)) {
            salah.tambah(
                    "tahunAkhir",
                    "Periode RPJMD lima tahun: tahun akhir = tahun awal + 4 (paling lama enam tahun kalender).");
        }
        if (!salah.ada("tahunAwal") && !salah.ada("tahunAkhir")) {
            periksaTumpangTindih(tenant, isian, salah);
            if (lama != null) {
                periksaTahunBerisi(tenant, lama, awal, akhir, salah);
            }
        }
        String visi = Teks.kosongJadiNull(isian.visi());
        if (visi == null) {
            salah.tambah("visi", "Visi wajib diisi.");
        } else if (visi.strip().length() > PANJANG_VISI) {
            salah.tambah("visi", "Visi paling panjang " + PANJANG_VISI + " karakter.");
        }
        List<String> misi = misi(isian.misi(), salah);
        NomorMisiTujuan.Penomoran penomoran = lama == null
                ? null
                : nomorMisi.periksa(tenant, lama.id(), lama.daftarMisi().size(), isian, salah);
        salah.lemparJikaAda();
        if (penomoran != null) {
            nomorMisi.terapkan(tenant, lama.id(), penomoran);
        }

        PeriodeRpjmd baru = new PeriodeRpjmd(isian.id(), tenant, awal, akhir, visi.strip(), String.join("\n", misi));
        if (lama == null) {
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            jdbc.sql(
                            "INSERT INTO periode_rpjmd (tenant_id, tahun_awal, tahun_akhir, visi, misi) VALUES (?, ?, ?, ?, ?)")
                    .params(tenant, awal, akhir, baru.visi(), baru.misi())
                    .update(id, "id");
            baru = new PeriodeRpjmd(id.getKey().longValue(), tenant, awal, akhir, baru.visi(), baru.misi());
        } else {
            jdbc.sql("UPDATE periode_rpjmd SET tahun_awal = ?, tahun_akhir = ?, visi = ?, misi = ?"
                            + " WHERE tenant_id = ? AND id = ?")
                    .params(awal, akhir, baru.visi(), baru.misi(), tenant, lama.id())
                    .update();
        }
        catat(lama, baru);
        return baru;
    }

    /** The misi as stored: trimmed, one line each (a line break would split one misi into two). */
    private static List<String> misi(List<String> isian, IsianTidakSahException.Pengumpul salah) {
        List<String> hasil = new ArrayList<>();
        List<String> semua = isian == null ? List.of() : isian;
        for (int i = 0; i < semua.size(); i++) {
            String m = Teks.kosongJadiNull(semua.get(i));
            if (m == null) {
                salah.tambah("misi", "Misi ke-" + (i + 1) + " kosong: isi atau hapus butirnya.");
                continue;
            }
            String satuBaris = m.strip().replaceAll("\\s*\\R\\s*", " ");
            if (satuBaris.length() > PANJANG_MISI) {
                salah.tambah("misi", "Misi ke-" + (i + 1) + " paling panjang " + PANJANG_MISI + " karakter.");
            }
            hasil.add(satuBaris);
        }
        if (semua.isEmpty()) {
            salah.tambah("misi", "Misi wajib diisi, sedikitnya satu butir.");
        } else if (semua.size() > MISI_MAKS) {
            salah.tambah("misi", "Paling banyak " + MISI_MAKS + " butir misi.");
        }
        return hasil;
    }

    private void periksaTumpangTindih(long tenant, IsianPeriode isian, IsianTidakSahException.Pengumpul salah) {
        daftarPeriode().stream()
                .filter(p -> !Objects.equals(p.id(), isian.id()))
                .filter(p -> isian.tahunAwal() <= p.tahunAkhir() && p.tahunAwal() <= isian.tahunAkhir())
                .findFirst()
                .ifPresent(p -> salah.tambah(
                        "tahunAwal",
                        "Periode " + isian.tahunAwal() + "–" + isian.tahunAkhir() + " bertumpang tindih dengan periode "
                                + p.label() + "."));
    }

    /** A period may not drop a year its plans already use: they would fall outside every period. */
    private void periksaTahunBerisi(
            long tenant, PeriodeRpjmd lama, int awal, int akhir, IsianTidakSahException.Pengumpul salah) {
        List<Integer> tahun = jdbc.sql(
                        """
                        SELECT t.tahun FROM target_indikator t JOIN indikator i ON i.tenant_id = t.tenant_id
                          AND i.id = t.indikator_id WHERE i.tenant_id = :t AND i.periode_id = :p
                        UNION SELECT r.tahun FROM realisasi_indikator r JOIN indikator i ON i.tenant_id = r.tenant_id
                          AND i.id = r.indikator_id WHERE i.tenant_id = :t AND i.periode_id = :p
                        UNION SELECT t.tahun FROM target_iku_daerah t JOIN iku_daerah i ON i.tenant_id = t.tenant_id
                          AND i.id = t.iku_daerah_id WHERE i.tenant_id = :t AND i.periode_id = :p
                        UNION SELECT tahun FROM perjanjian_kinerja WHERE tenant_id = :t AND tahun BETWEEN :a AND :z
                        UNION SELECT tahun FROM program_kegiatan WHERE tenant_id = :t AND tahun BETWEEN :a AND :z
                        ORDER BY 1""")
                .param("t", tenant)
                .param("p", lama.id())
                .param("a", lama.tahunAwal())
                .param("z", lama.tahunAkhir())
                .query(Integer.class)
                .list();
        tahun.stream()
                .filter(th -> th < awal || th > akhir)
                .findFirst()
                .ifPresent(th -> salah.tambah(
                        th < awal ? "tahunAwal" : "tahunAkhir",
                        "Tahun " + th + " sudah berisi rencana (target, perjanjian kinerja, program atau realisasi);"
                                + " periode tidak dapat dipersempit tanpa tahun itu."));
    }

    private PeriodeRpjmd kunci(long tenant, long id) {
        return jdbc.sql("SELECT * FROM periode_rpjmd WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenant, id)
                .query((rs, n) -> new PeriodeRpjmd(
                        rs.getLong("id"),
                        tenant,
                        rs.getInt("tahun_awal"),
                        rs.getInt("tahun_akhir"),
                        rs.getString("visi"),
                        rs.getString("misi")))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Periode RPJMD"));
    }

    private void catat(PeriodeRpjmd lama, PeriodeRpjmd baru) {
        ubah(baru.id(), "tahunAwal", lama == null ? null : lama.tahunAwal(), baru.tahunAwal());
        ubah(baru.id(), "tahunAkhir", lama == null ? null : lama.tahunAkhir(), baru.tahunAkhir());
        ubah(baru.id(), "visi", lama == null ? null : lama.visi(), baru.visi());
        ubah(baru.id(), "misi", lama == null ? null : lama.misi(), baru.misi());
    }

    private void ubah(long id, String isian, Object lama, Object baru) {
        if (!Objects.equals(lama, baru)) {
            jejak.catat(JENIS, id, isian, lama, baru);
        }
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
