package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.nip;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import id.pkd.portal.umum.ValidasiGagalException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a checked file as a difference against what is stored, keyed by business keys (agency
 * by kode, period by tahun awal, officials by NIP, …): nothing is deleted and re-created, so ids
 * and their history stay, and a file that matches the database writes nothing at all.
 */
@Service
class TulisRencana {

    /** Counts for the answer to the user. */
    record Jumlah(int perangkatDaerah, int indikator, int subKegiatan, int realisasi, int perubahan) {}

    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;
    private final TulisRenstra renstra;
    private final TulisPerjanjian perjanjian;
    private final TulisProgram program;
    private final TulisIkuDaerah ikuDaerah;
    private final TulisSasaranRpjmd sasaranRpjmd;
    private final Clock clock;

    TulisRencana(
            JdbcClient jdbc,
            JejakAuditService jejak,
            PenjagaPerubahan penjaga,
            TulisRenstra renstra,
            TulisPerjanjian perjanjian,
            TulisProgram program,
            TulisIkuDaerah ikuDaerah,
            TulisSasaranRpjmd sasaranRpjmd,
            Clock clock) {
        this.ikuDaerah = ikuDaerah;
        this.sasaranRpjmd = sasaranRpjmd;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
        this.renstra = renstra;
        this.perjanjian = perjanjian;
        this.program = program;
        this.clock = clock;
    }

    /**
     * Takes the agencies' row locks first — the lock the approval guard takes, in ascending id so
     * two imports never deadlock — and reads the stored state only after them, with locking reads,
     * so a realisasi saved meanwhile is either seen (and its change recorded) or waits for this import.
     */
    @Transactional
    public Jumlah tulis(long tenant, Dokumen d) {
        penjaga.kunciPerangkatDaerah(
                d.perangkatDaerah().stream().map(p -> p.kode().strip()).toList());
        Penyelaras s = new Penyelaras(jdbc, jejak, penjaga, tenant);
        long periodeId = periode(s, d.rpjmd());
        TulisSasaranRpjmd.Hasil rpjmd =
                sasaranRpjmd.tulis(s, periodeId, d.rpjmd().tujuan());
        Map<String, Long> kodeRpjmd = rpjmd == null ? null : rpjmd.sasaran();
        ikuDaerah.tulis(s, periodeId, d.rpjmd().ikuDaerah(), kodeRpjmd);
        int indikator = 0;
        int sub = 0;
        int realisasi = 0;
        List<PerangkatDaerahData> semua = d.perangkatDaerah();
        for (int i = 0; i < semua.size(); i++) {
            PerangkatDaerahData data = semua.get(i);
            String path = "perangkatDaerah[" + i + "]";
            long pdId = perangkatDaerah(s, path, data);
            urusan(s, pdId, data.urusan());
            Map<String, Map<String, Object>> bidangLepas = new HashMap<>();
            Map<String, Long> bidangId = bidang(s, path, pdId, daftar(data.bidang()), bidangLepas);
            Map<String, Long> pejabatId = pejabat(s, path, pdId, daftar(data.pejabat()), bidangId);
            pelaksana(s, path, pdId, daftar(data.pelaksana()), pejabatId);
            hapusBidangLepas(s, path, bidangLepas);
            TulisRenstra.Hasil r = renstra.tulis(
                    s, path, pdId, periodeId, data.renstra(), kodeRpjmd, rpjmd == null ? null : rpjmd.tujuan());
            perjanjian.tulis(s, path, pdId, periodeId, d.tahun(), daftar(data.perjanjianKinerja()), pejabatId, r);
            renstra.hapusYangTidakAda(s, path, pdId, r);
            sub += program.tulis(s, path, pdId, d.tahun(), daftar(data.program()));
            realisasi += program.tulisRealisasi(
                    s, path, pdId, d.tahun(), daftar(data.realisasi()), r.indikator(), clock.instant());
            indikator += r.indikator().size();
        }
        sasaranRpjmd.hapusYangTidakAda(s, rpjmd);
        if (!s.ditolak().isEmpty()) {
            // Rolls back everything this import wrote, audit rows included.
            throw new ValidasiGagalException(s.ditolak());
        }
        return new Jumlah(semua.size(), indikator, sub, realisasi, s.perubahan());
    }

    private static long periode(Penyelaras s, Rpjmd r) {
        Map<String, Object> ada = s.baca(
                        "SELECT * FROM periode_rpjmd WHERE tenant_id = ? AND tahun_awal = ?",
                        b -> "periode",
                        r.tahunAwal())
                .get("periode");
        Map<String, Object> baru = new LinkedHashMap<>();
        baru.put("tahun_awal", r.tahunAwal());
        baru.put("tahun_akhir", r.tahunAkhir());
        baru.put("visi", r.visi().strip());
        baru.put("misi", String.join("\n", r.misi().stream().map(String::strip).toList()));
        return s.selaraskan(
                "periode_rpjmd",
                "periode_rpjmd",
                ada,
                baru,
                Map.of(),
                r.tahunAwal() + "–" + r.tahunAkhir(),
                Lingkup.lintasTahun("rpjmd"));
    }

    private static long perangkatDaerah(Penyelaras s, String path, PerangkatDaerahData data) {
        String kode = data.kode().strip();
        Map<String, Object> ada = s.baca(
                        "SELECT * FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?", b -> kode, kode)
                .get(kode);
        Map<String, Object> baru = new LinkedHashMap<>();
        baru.put("kode", kode);
        baru.put("nama", data.nama().strip());
        baru.put("singkatan", data.singkatan());
        return s.selaraskan(
                "perangkat_daerah", "perangkat_daerah", ada, baru, Map.of(), kode, Lingkup.lintasTahun(path));
    }

    /** The agency's urusan as the file lists them; a file without the list leaves them. */
    private void urusan(Penyelaras s, long pdId, List<String> urusan) {
        if (urusan == null) {
            return;
        }
        String lama = String.join(
                ", ",
                jdbc.sql("SELECT urusan FROM urusan_perangkat_daerah WHERE tenant_id = ?"
                                + " AND perangkat_daerah_id = ? ORDER BY urusan FOR UPDATE")
                        .params(s.tenant, pdId)
                        .query(String.class)
                        .list());
        java.util.TreeSet<String> baru =
                new java.util.TreeSet<>(urusan.stream().map(String::strip).toList());
        if (lama.equals(String.join(", ", baru))) {
            return;
        }
        jdbc.sql("DELETE FROM urusan_perangkat_daerah WHERE tenant_id = ? AND perangkat_daerah_id = ?")
                .params(s.tenant, pdId)
                .update();
        for (String u : baru) {
            jdbc.sql("INSERT INTO urusan_perangkat_daerah (tenant_id, perangkat_daerah_id, urusan) VALUES (?, ?, ?)")
                    .params(s.tenant, pdId, u)
                    .update();
        }
        // recorded as the agencies screen records it
        s.catat(
                "perangkat_daerah",
                pdId,
                "urusan",
                lama.isEmpty() ? null : lama,
                baru.isEmpty() ? null : String.join(", ", baru));
    }

    /** Upserts the file's bidang; the stored ones the file lacks are left in {@code lepas}. */
    private static Map<String, Long> bidang(
            Penyelaras s, String path, long pdId, List<BidangData> data, Map<String, Map<String, Object>> lepas) {
        Map<String, Map<String, Object>> ada = s.baca(
                "SELECT * FROM bidang WHERE tenant_id = ? AND perangkat_daerah_id = ?",
                b -> (String) b.get("kode"),
                pdId);
        Map<String, Long> hasil = new HashMap<>();
        ada.forEach((k, b) -> hasil.put(k, Penyelaras.id(b)));
        for (int j = 0; j < data.size(); j++) {
            BidangData b = data.get(j);
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("perangkat_daerah_id", pdId);
            baru.put("kode", b.kode());
            baru.put("nama", b.nama().strip());
            hasil.put(
                    b.kode(),
                    s.selaraskan(
                            "bidang",
                            "bidang",
                            ada.get(b.kode()),
                            baru,
                            Map.of(),
                            b.kode(),
                            Lingkup.lintasTahun(path + ".bidang[" + j + "]")));
        }
        lepas.putAll(ada);
        data.forEach(b -> lepas.remove(b.kode()));
        return hasil;
    }

    /** A bidang the file no longer has goes, unless an official outside the file still belongs to it. */
    private void hapusBidangLepas(Penyelaras s, String path, Map<String, Map<String, Object>> lepas) {
        lepas.forEach((kode, b) -> {
            long dipakai = jdbc.sql("SELECT COUNT(*) FROM pejabat WHERE tenant_id = ? AND bidang_id = ?")
                    .param(s.tenant)
                    .param(Penyelaras.id(b))
                    .query(Long.class)
                    .single();
            if (dipakai == 0) {
                s.hapus("bidang", "bidang", b, kode, Lingkup.lintasTahun(path + ".bidang"));
            }
        });
    }

    private static void pelaksana(
            Penyelaras s, String path, long pdId, List<PelaksanaData> data, Map<String, Long> pejabatId) {
        Map<String, Map<String, Object>> ada = s.baca(
                """
                SELECT l.* FROM pelaksana l JOIN pejabat p ON p.tenant_id = l.tenant_id AND p.id = l.pejabat_id
                WHERE l.tenant_id = ? AND p.perangkat_daerah_id = ?""",
                l -> kunciPelaksana(l.get("pejabat_id"), l.get("jenis"), l.get("mulai")),
                pdId);
        for (int j = 0; j < data.size(); j++) {
            PelaksanaData l = data.get(j);
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("pejabat_id", pejabatId.get(nip(l.nip())));
            baru.put("jenis", l.jenis());
            baru.put("jabatan", l.jabatan());
            baru.put("mulai", l.mulai());
            baru.put("selesai", l.selesai());
            String kunci = kunciPelaksana(baru.get("pejabat_id"), l.jenis(), l.mulai());
            s.selaraskan(
                    "pelaksana",
                    "pelaksana",
                    ada.remove(kunci),
                    baru,
                    Map.of(),
                    nip(l.nip()) + " " + l.jenis() + " " + l.mulai(),
                    Lingkup.lintasTahun(path + ".pelaksana[" + j + "]"));
        }
        ada.forEach(
                (kunci, l) -> s.hapus("pelaksana", "pelaksana", l, kunci, Lingkup.lintasTahun(path + ".pelaksana")));
    }

    private static String kunciPelaksana(Object pejabatId, Object jenis, Object mulai) {
        return Penyelaras.teks("pelaksana", "pejabat_id", pejabatId) + "/" + jenis + "/"
                + Penyelaras.teks("pelaksana", "mulai", mulai);
    }

    /** A new official is recorded field by field, as the officials screen does. */
    private static final java.util.Set<String> ISIAN_PEJABAT =
            java.util.Set.of("nip", "nama", "pangkat", "golongan", "jabatan", "eselon", "bidang_id");

    private static Map<String, Long> pejabat(
            Penyelaras s, String path, long pdId, List<PejabatData> data, Map<String, Long> bidangId) {
        Map<String, Map<String, Object>> ada = s.baca(
                "SELECT * FROM pejabat WHERE tenant_id = ? AND perangkat_daerah_id = ?",
                b -> (String) b.get("nip"),
                pdId);
        Map<String, Long> hasil = new HashMap<>();
        ada.forEach((k, b) -> hasil.put(k, Penyelaras.id(b)));
        for (int j = 0; j < data.size(); j++) {
            PejabatData o = data.get(j);
            String nip = nip(o.nip());
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("perangkat_daerah_id", pdId);
            baru.put("bidang_id", o.bidang() == null ? null : bidangId.get(o.bidang()));
            baru.put("nip", nip);
            baru.put("nama", o.nama().strip());
            baru.put("pangkat", o.pangkat().strip());
            baru.put("golongan", o.golongan());
            baru.put("jabatan", o.jabatan().strip());
            baru.put("eselon", o.eselon());
            hasil.put(
                    nip,
                    s.selaraskan(
                            "pejabat",
                            "pejabat",
                            ada.get(nip),
                            baru,
                            Map.of(),
                            nip,
                            Lingkup.lintasTahun(path + ".pejabat[" + j + "]"),
                            ISIAN_PEJABAT));
        }
        // Superiors may come later in the file, so the chain is linked once everyone exists.
        for (int j = 0; j < data.size(); j++) {
            PejabatData o = data.get(j);
            String nip = nip(o.nip());
            Map<String, Object> lama = ada.getOrDefault(nip, new HashMap<>(Map.of("id", hasil.get(nip))));
            Map<String, Object> baru = new HashMap<>();
            baru.put("atasan_id", o.atasan() == null ? null : hasil.get(nip(o.atasan())));
            s.selaraskan("pejabat", "pejabat", lama, baru, Map.of(), nip, Lingkup.lintasTahun(path));
        }
        // Officials absent from the file stay: documents of other years name them.
        return hasil;
    }
}
