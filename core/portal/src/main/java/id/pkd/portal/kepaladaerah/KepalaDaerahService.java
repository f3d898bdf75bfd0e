package id.pkd.portal.kepaladaerah;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who headed the region when: the terms of the Bupati/Wali Kota/Gubernur and of the Pj./Plt. who stood in. The
 * tenant admin keeps them; every role reads them, and the documents take their signer from them. A term is part of
 * the accounting of each year it covers (its head signs that year's LKJIP and the PK of the heads of agency), so a
 * change passes the lock guard for those years: once a year is under review or locked, the term stays as it was.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class KepalaDaerahService {

    static final String JENIS = "kepala_daerah";

    /** Five years and the months an election can shift; also keeps the lock guard's year range small. */
    static final int TAHUN_MAKS = 6;

    /** A choice of the account that signs as the head of region. */
    public record Akun(long id, String label) {}

    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;
    private final DaerahService daerah;

    KepalaDaerahService(JdbcClient jdbc, JejakAuditService jejak, PenjagaPerubahan penjaga, DaerahService daerah) {
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
        this.daerah = daerah;
    }

    /** Every term of the region, latest first. */
    public List<KepalaDaerah> daftar() {
        return jdbc.sql("SELECT * FROM kepala_daerah WHERE tenant_id = ? ORDER BY mulai DESC, id DESC")
                .param(tenant())
                .query(KepalaDaerahService::baris)
                .list();
    }

    /**
     * The head of region who signs a document of {@code tahun} dated {@code tanggal}: the one in office that day (one
     * standing in before the elected one, whose duties they carry); when the date falls in no term, the latest term
     * begun by then that covers part of the year, else the year's first.
     */
    public Optional<KepalaDaerah> menjabat(int tahun, LocalDate tanggal) {
        List<KepalaDaerah> semua = daftar();
        Optional<KepalaDaerah> hariItu = semua.stream()
                .filter(k -> k.menjabatPada(tanggal))
                .max(Comparator.comparing((KepalaDaerah k) -> k.status().sementara())
                        .thenComparing(KepalaDaerah::mulai));
        if (hariItu.isPresent()) {
            return hariItu;
        }
        List<KepalaDaerah> tahunItu = semua.stream()
                .filter(k -> k.bertumpangTindih(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31)))
                .toList();
        return tahunItu.stream()
                .filter(k -> !k.mulai().isAfter(tanggal))
                .max(Comparator.comparing(KepalaDaerah::mulai))
                .or(() -> tahunItu.stream().min(Comparator.comparing(KepalaDaerah::mulai)));
    }

    /** The head of region a PK of {@code tahun} names by default: the one in office as the year begins. */
    public Optional<KepalaDaerah> awalTahun(int tahun) {
        return menjabat(tahun, LocalDate.of(tahun, 1, 1));
    }

    /** The office as the region's kind names it: "Bupati Balangan", "Wali Kota Palangka Raya", "Gubernur Bali". */
    public String jabatanBawaan() {
        Daerah d = daerah.saatIni();
        String nama = d.nama().strip();
        String jenis = d.jenis().label();
        String inti = nama.regionMatches(true, 0, jenis + " ", 0, jenis.length() + 1)
                ? nama.substring(jenis.length() + 1)
                : nama;
        return switch (d.jenis()) {
            case KABUPATEN -> "Bupati " + inti;
            case KOTA -> "Wali Kota " + inti;
            case PROVINSI -> "Gubernur " + inti;
        };
    }

    /** The active Pimpinan accounts that may be linked to a term as its signer. */
    public List<Akun> akunPimpinan() {
        return jdbc.sql("SELECT id, username, nama_lengkap FROM pengguna WHERE tenant_id = ? AND peran = 'PIMPINAN'"
                        + " AND aktif ORDER BY nama_lengkap")
                .param(tenant())
                .query((rs, i) -> new Akun(
                        rs.getLong("id"), rs.getString("nama_lengkap") + " (" + rs.getString("username") + ")"))
                .list();
    }

    /** Adds or changes a term; every wrong field is reported at once, and nothing is saved. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public KepalaDaerah simpan(IsianKepalaDaerah isian) {
        long t = tenant();
        KepalaDaerah lama = isian.id() == null ? null : kunci(t, isian.id());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        if (isian.status() == null) {
            salah.tambah("status", "Pilih status: definitif, Pj. atau Plt.");
        }
        String jabatan =
                salah.teksWajib(isian.jabatan(), "jabatan", "Jabatan wajib diisi, mis. " + jabatanBawaan() + ".", 300);
        String nama = salah.teksWajib(isian.nama(), "nama", "Nama beserta gelar wajib diisi.", 200);
        if (nama != null && nama.matches("(?i)^(pj|plt|plh)\\..*")) {
            salah.tambah("nama", "Tulis nama tanpa \"Pj.\"/\"Plt.\": pilih statusnya, dokumen mencetak awalannya.");
        }
        String wakil = Teks.kosongJadiNull(isian.wakil());
        if (wakil != null && wakil.strip().length() > 200) {
            salah.tambah("wakil", "Paling panjang 200 karakter.");
        }
        LocalDate mulai = isian.mulai();
        LocalDate selesai = isian.selesai();
        if (mulai == null) {
            salah.tambah("mulai", "Tanggal mulai menjabat wajib diisi.");
        }
        if (selesai == null) {
            salah.tambah("selesai", "Tanggal akhir masa jabatan wajib diisi.");
        } else if (mulai != null && selesai.isBefore(mulai)) {
            salah.tambah("selesai", "Tanggal akhir tidak boleh sebelum tanggal mulai.");
        } else if (mulai != null && selesai.isAfter(mulai.plusYears(TAHUN_MAKS))) {
            salah.tambah("selesai", "Masa jabatan paling lama " + TAHUN_MAKS + " tahun.");
        }
        if (!salah.ada("mulai") && !salah.ada("selesai") && isian.status() != null) {
            periksaTumpangTindih(isian, salah);
        }
        if (isian.penggunaId() != null && akunPimpinan().stream().noneMatch(a -> a.id() == isian.penggunaId())) {
            salah.tambah("pengguna", "Akun penanda tangan harus akun Pimpinan yang aktif di daerah ini.");
        }
        salah.lemparJikaAda();

        for (int tahun : TahunTerdampak.dari(lama, isian)) {
            penjaga.pastikanDaerahBolehDiubah(tahun);
        }
        String wakilBersih = wakil == null ? null : wakil.strip();
        KepalaDaerah baru;
        String tercetak = isian.status().awalan() + jabatan;
        if (lama == null) {
            GeneratedKeyHolder kunciPejabat = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO pejabat (tenant_id, nama, jabatan) VALUES (?, ?, ?)")
                    .params(t, nama, tercetak)
                    .update(kunciPejabat, "id");
            long pejabatId = kunciPejabat.getKey().longValue();
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO kepala_daerah (tenant_id, pejabat_id, status, jabatan, nama, wakil, mulai, selesai,"
                            + " pengguna_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            t,
                            pejabatId,
                            isian.status().name(),
                            jabatan,
                            nama,
                            wakilBersih,
                            Date.valueOf(mulai),
                            Date.valueOf(selesai),
                            isian.penggunaId())
                    .update(id, "id");
            baru = new KepalaDaerah(
                    id.getKey().longValue(),
                    pejabatId,
                    isian.status(),
                    jabatan,
                    nama,
                    wakilBersih,
                    mulai,
                    selesai,
                    isian.penggunaId());
        } else {
            jdbc.sql("UPDATE kepala_daerah SET status = ?, jabatan = ?, nama = ?, wakil = ?, mulai = ?, selesai = ?,"
                            + " pengguna_id = ? WHERE tenant_id = ? AND id = ?")
                    .params(
                            isian.status().name(),
                            jabatan,
                            nama,
                            wakilBersih,
                            Date.valueOf(mulai),
                            Date.valueOf(selesai),
                            isian.penggunaId(),
                            t,
                            lama.id())
                    .update();
            // the signing identity follows the record: the next signature carries the name as it is now
            jdbc.sql("UPDATE pejabat SET nama = ?, jabatan = ? WHERE tenant_id = ? AND id = ?"
                            + " AND perangkat_daerah_id IS NULL")
                    .params(nama, tercetak, t, lama.pejabatId())
                    .update();
            baru = new KepalaDaerah(
                    lama.id(),
                    lama.pejabatId(),
                    isian.status(),
                    jabatan,
                    nama,
                    wakilBersih,
                    mulai,
                    selesai,
                    isian.penggunaId());
        }
        catat(lama, baru);
        return baru;
    }

    /**
     * What refuses the removal of a term: documents and PKs naming its signer, other rows pointing at its pejabat
     * row, and the years of the term the lock guard refuses. A writing transaction, because the guard reads each
     * agency-year under the agency's lock (held only while this reads).
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public KetergantunganKepalaDaerah ketergantungan(long id) {
        long t = tenant();
        KepalaDaerah k = kunci(t, id);
        List<String> terkunci = new ArrayList<>();
        for (int tahun : TahunTerdampak.dariHapus(k)) {
            try {
                penjaga.pastikanDaerahBolehDiubah(tahun);
            } catch (DataTerkunciException e) {
                terkunci.add(e.getMessage());
            }
        }
        return rujukan(t, k, terkunci);
    }

    /**
     * Removes a term with its own pejabat row, after {@link #ketergantungan} allows it: a reference refuses it at
     * once (nothing is orphaned), a year of the term under review or locked refuses it as an edit of those years
     * would be. Audited as one entry carrying what the term was.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long id) {
        long t = tenant();
        KepalaDaerah k = kunci(t, id);
        // the signer's row under lock first: a signature or PK written meanwhile waits for this and then fails its
        // foreign key, instead of this delete failing on one written after the check
        jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(t, k.pejabatId())
                .query(Long.class)
                .optional();
        KetergantunganKepalaDaerah rujukan = rujukan(t, k, List.of());
        if (!rujukan.bolehDihapus()) {
            throw IsianTidakSahException.pada("hapus", rujukan.alasanDitolak());
        }
        for (int tahun : TahunTerdampak.dariHapus(k)) {
            penjaga.pastikanDaerahBolehDiubah(tahun);
        }
        jdbc.sql("DELETE FROM kepala_daerah WHERE tenant_id = ? AND id = ?")
                .params(t, k.id())
                .update();
        // only the term's own signing row: an agency official's row is never the term's (V38)
        jdbc.sql("DELETE FROM pejabat WHERE tenant_id = ? AND id = ? AND perangkat_daerah_id IS NULL")
                .params(t, k.pejabatId())
                .update();
        jejak.catat(
                JENIS,
                k.id(),
                "dihapus",
                k.jabatanTercetak() + " " + k.nama() + " (" + k.mulai() + " s.d. " + k.selesai() + ", pejabat "
                        + k.pejabatId() + ")",
                null);
    }

    private KetergantunganKepalaDaerah rujukan(long t, KepalaDaerah k, List<String> tahunTerkunci) {
        long p = k.pejabatId();
        // the signature blocks name the signer before anyone signs; the signatures record who did
        List<String> dokumen = jdbc.sql("SELECT d.nomor, d.judul, d.status FROM dokumen_terbit d WHERE d.tenant_id = ?"
                        + " AND (JSON_CONTAINS(JSON_EXTRACT(d.blok_tanda_tangan, '$[*].pejabatId'), ?)"
                        + " OR EXISTS (SELECT 1 FROM dokumen_tanda_tangan s WHERE s.tenant_id = d.tenant_id"
                        + " AND s.dokumen_id = d.id AND s.pejabat_id = ?)) ORDER BY d.id")
                .params(t, Long.toString(p), p)
                .query((rs, i) -> rs.getString("nomor") + " (" + rs.getString("judul") + ", "
                        + ("TERBIT".equals(rs.getString("status")) ? "terbit" : "menunggu tanda tangan") + ")")
                .list();
        List<String> pk = jdbc.sql("SELECT pd.nama, pk.tahun FROM perjanjian_kinerja pk JOIN perangkat_daerah pd"
                        + " ON pd.tenant_id = pk.tenant_id AND pd.id = pk.perangkat_daerah_id WHERE pk.tenant_id = ?"
                        + " AND (pk.pihak_kedua_pejabat_id = ? OR pk.pejabat_id = ?) ORDER BY pk.tahun, pd.nama")
                .params(t, p, p)
                .query((rs, i) -> rs.getString("nama") + " tahun " + rs.getInt("tahun"))
                .list();
        List<String> lain = new ArrayList<>();
        if (hitung("SELECT COUNT(*) FROM kunci_pejabat WHERE tenant_id = ? AND pejabat_id = ?", t, p) > 0) {
            lain.add("Kunci tanda tangan elektronik tersimpan atas namanya.");
        }
        long plt = hitung("SELECT COUNT(*) FROM pelaksana WHERE tenant_id = ? AND pejabat_id = ?", t, p);
        if (plt > 0) {
            lain.add(plt + " catatan Plt./Plh. merujuknya.");
        }
        long bawahan = hitung("SELECT COUNT(*) FROM pejabat WHERE tenant_id = ? AND atasan_id = ?", t, p);
        if (bawahan > 0) {
            lain.add(bawahan + " pejabat mencatatnya sebagai atasan.");
        }
        return new KetergantunganKepalaDaerah(k, dokumen, pk, lain, tahunTerkunci);
    }

    private long hitung(String sql, long t, long pejabatId) {
        return jdbc.sql(sql).params(t, pejabatId).query(Long.class).single();
    }

    /** Two elected heads, or two standing in, never share a day; one standing in beside the elected one may. */
    private void periksaTumpangTindih(IsianKepalaDaerah isian, IsianTidakSahException.Pengumpul salah) {
        daftar().stream()
                .filter(k -> !Objects.equals(k.id(), isian.id()))
                .filter(k -> k.status().sementara() == isian.status().sementara())
                .filter(k -> k.bertumpangTindih(isian.mulai(), isian.selesai()))
                .findFirst()
                .ifPresent(k -> salah.tambah(
                        "mulai",
                        "Masa jabatan ini bertumpang tindih dengan " + k.jabatanTercetak() + " " + k.nama() + " ("
                                + k.mulai() + " s.d. " + k.selesai() + ")."));
    }

    private KepalaDaerah kunci(long t, long id) {
        return jdbc.sql("SELECT * FROM kepala_daerah WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(t, id)
                .query(KepalaDaerahService::baris)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Kepala daerah"));
    }

    private static KepalaDaerah baris(ResultSet rs, int i) throws SQLException {
        return new KepalaDaerah(
                rs.getLong("id"),
                rs.getLong("pejabat_id"),
                StatusKepalaDaerah.valueOf(rs.getString("status")),
                rs.getString("jabatan"),
                rs.getString("nama"),
                rs.getString("wakil"),
                rs.getDate("mulai").toLocalDate(),
                rs.getDate("selesai").toLocalDate(),
                rs.getObject("pengguna_id", Long.class));
    }

    private void catat(KepalaDaerah lama, KepalaDaerah baru) {
        ubah(baru.id(), "status", lama == null ? null : lama.status(), baru.status());
        ubah(baru.id(), "jabatan", lama == null ? null : lama.jabatan(), baru.jabatan());
        ubah(baru.id(), "nama", lama == null ? null : lama.nama(), baru.nama());
        ubah(baru.id(), "wakil", lama == null ? null : lama.wakil(), baru.wakil());
        ubah(baru.id(), "mulai", lama == null ? null : lama.mulai(), baru.mulai());
        ubah(baru.id(), "selesai", lama == null ? null : lama.selesai(), baru.selesai());
        ubah(baru.id(), "pengguna_id", lama == null ? null : lama.penggunaId(), baru.penggunaId());
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
