package id.pkd.portal.perencanaan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.penyimpanan.BerkasTerlaluBesarException;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.Teks;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Records realisasi, their evidence and budget realisation: the one write path the screens, the
 * API and the import share, so every change is validated, checked against the approval lock and
 * written to the audit trail alike.
 */
@Service
public class RealisasiService {

    static final String JENIS_REALISASI = "realisasi";
    static final String JENIS_ANGGARAN = "sub_kegiatan";
    static final BigDecimal SKALA_PERSEN = BigDecimal.valueOf(100);
    /** A narrative is stored as TEXT (65.535 bytes); 4 bytes a character at most in utf8mb4. */
    static final int PANJANG_TEKS_MAKS = 16_000;

    static final int DIGIT_RUPIAH_MAKS = 17;
    /** bukti_realisasi.nama_berkas is VARCHAR(255). */
    static final int PANJANG_NAMA_BERKAS_MAKS = 255;

    private final RealisasiRepository realisasi;
    private final TulisRealisasi tulis;
    private final BuktiRepository bukti;
    private final IndikatorRepository indikator;
    private final ProgramKegiatanRepository program;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final Clock clock;
    private final PenyimpananBerkas penyimpanan;
    private final DataSize batasBukti;

    RealisasiService(
            RealisasiRepository realisasi,
            TulisRealisasi tulis,
            BuktiRepository bukti,
            IndikatorRepository indikator,
            ProgramKegiatanRepository program,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            Clock clock,
            PengaturanPkd pengaturan,
            PenyimpananBerkas penyimpanan) {
        this.realisasi = realisasi;
        this.tulis = tulis;
        this.bukti = bukti;
        this.indikator = indikator;
        this.program = program;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.clock = clock;
        this.penyimpanan = penyimpanan;
        this.batasBukti = pengaturan.unggah().bukti();
    }

    /** The largest evidence file accepted ({@code pkd.unggah.bukti}). */
    public DataSize batasBukti() {
        return batasBukti;
    }

    @BolehIsi
    @Transactional
    public RealisasiIndikator simpan(IsianRealisasi isian) {
        long tenant = TenantContext.wajib().value();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        Indikator ind = indikatorDalamPeriode(tenant, isian.indikatorId(), isian.tahun(), salah);
        periksaIsian(isian, ind, salah);
        salah.lemparJikaAda();
        penjaga.pastikanRealisasiBolehDiubah(ind.perangkatDaerahId(), isian.tahun(), ind.id());
        return terapkan(
                tenant, isian, realisasi.cariUntukDiubah(tenant, isian.indikatorId(), isian.tahun(), isian.triwulan()));
    }

    /**
     * Changes only the fields the change carries (the API's PUT); the result passes the same checks,
     * lock and audit as a full entry. The stored row is read under a row lock, so two partial changes
     * of one realisasi cannot undo each other.
     */
    @BolehIsi
    @Transactional
    public RealisasiIndikator ubah(long indikatorId, int tahun, int triwulan, PerubahanRealisasi perubahan) {
        long tenant = TenantContext.wajib().value();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        Indikator ind = indikatorDalamPeriode(tenant, indikatorId, tahun, salah);
        if (perubahan.kosong()) {
            throw IsianTidakSahException.pada(
                    "",
                    "Tidak ada isian yang dikirim: kirim paling sedikit satu dari nilai, pembilang, penyebut, skala,"
                            + " upaya, hambatan atau rencanaTindakLanjut.");
        }
        penjaga.pastikanRealisasiBolehDiubah(ind.perangkatDaerahId(), tahun, ind.id());
        Optional<RealisasiIndikator> lama = realisasi.cariUntukDiubah(tenant, indikatorId, tahun, triwulan);
        IsianRealisasi isian = perubahan.terapkanPada(indikatorId, tahun, triwulan, lama);
        periksaIsian(isian, ind, salah);
        salah.lemparJikaAda();
        return terapkan(tenant, isian, lama);
    }

    /**
     * The indicator with its year checked against its RPJMD period (the period that holds the year), in one round
     * trip (issue 16: a save's cost is its round trips). {@code cariDalamPeriode} applies the period rule itself, so
     * when it finds nothing the indicator is read alone only to tell an unknown indicator from a year told at {@code
     * tahun}.
     */
    private Indikator indikatorDalamPeriode(
            long tenant, long indikatorId, int tahun, IsianTidakSahException.Pengumpul salah) {
        Optional<Indikator> dalamPeriode = indikator.cariDalamPeriode(tenant, indikatorId, tahun);
        if (dalamPeriode.isPresent()) {
            return dalamPeriode.get();
        }
        Indikator ind =
                indikator.cari(tenant, indikatorId).orElseThrow(() -> new DataTidakDitemukanException("Indikator"));
        salah.tambah("tahun", "Tahun " + tahun + " di luar periode RPJMD indikator ini.");
        return ind;
    }

    /** Everything but the year: the quarter, the value against the unit's range, the narratives' length. */
    private static void periksaIsian(IsianRealisasi isian, Indikator ind, IsianTidakSahException.Pengumpul salah) {
        if (isian.triwulan() < 0 || isian.triwulan() > 4) {
            salah.tambah("triwulan", "Triwulan harus 1 sampai 4, atau kosong untuk realisasi setahun.");
        }
        AturanNilaiRealisasi.periksa(isian, ind, salah::tambah);
        periksaTeks("upaya", isian.upaya(), salah);
        periksaTeks("hambatan", isian.hambatan(), salah);
        periksaTeks("rencanaTindakLanjut", isian.rencanaTindakLanjut(), salah);
    }

    private static void periksaTeks(String isian, String teks, IsianTidakSahException.Pengumpul salah) {
        if (teks != null && teks.length() > PANJANG_TEKS_MAKS) {
            salah.tambah(isian, "Paling banyak 16.000 karakter.");
        }
    }

    /**
     * Writes a realisasi {@link #periksa} accepted (the unit's range included) and records every changed field;
     * {@code lama} is the stored row read under its row lock after the guard's, so it is the latest committed one
     * and no other writer of the row can come between the read and the write. Two writers of one new row both find
     * none and the second insert fails rather than overwriting (MariaDB picks one as a deadlock victim); a row that
     * exists makes them queue.
     */
    private RealisasiIndikator terapkan(long tenant, IsianRealisasi isian, Optional<RealisasiIndikator> lama) {
        boolean rasio = isian.nilai() == null;
        RealisasiIndikator baru = tulis.simpan(new RealisasiIndikator(
                lama.map(RealisasiIndikator::id).orElse(null),
                tenant,
                isian.indikatorId(),
                isian.tahun(),
                isian.triwulan(),
                isian.nilai(),
                isian.pembilang(),
                isian.penyebut(),
                rasio ? Optional.ofNullable(isian.skala()).orElse(SKALA_PERSEN) : null,
                Teks.kosongJadiNull(isian.upaya()),
                Teks.kosongJadiNull(isian.hambatan()),
                Teks.kosongJadiNull(isian.rencanaTindakLanjut()),
                JejakAuditService.pelaku(),
                clock.instant()));
        RealisasiIndikator l = lama.orElse(null);
        long id = baru.id();
        jejak.catat(JENIS_REALISASI, id, "nilai", angka(l == null ? null : l.nilai()), angka(baru.nilai()));
        jejak.catat(JENIS_REALISASI, id, "pembilang", angka(l == null ? null : l.pembilang()), angka(baru.pembilang()));
        jejak.catat(JENIS_REALISASI, id, "penyebut", angka(l == null ? null : l.penyebut()), angka(baru.penyebut()));
        jejak.catat(JENIS_REALISASI, id, "skala", angka(l == null ? null : l.skala()), angka(baru.skala()));
        jejak.catat(JENIS_REALISASI, id, "upaya", l == null ? null : l.upaya(), baru.upaya());
        jejak.catat(JENIS_REALISASI, id, "hambatan", l == null ? null : l.hambatan(), baru.hambatan());
        jejak.catat(
                JENIS_REALISASI,
                id,
                "rencanaTindakLanjut",
                l == null ? null : l.rencanaTindakLanjut(),
                baru.rencanaTindakLanjut());
        return baru;
    }

    /**
     * Records what a sub kegiatan spent. Spending above the budget is accepted, since it does
     * happen (shifted funds), and returned as a warning for the user to confirm.
     */
    @BolehIsi
    @Transactional
    public Optional<String> simpanRealisasiAnggaran(long subKegiatanId, BigDecimal nilai) {
        long tenant = TenantContext.wajib().value();
        ProgramKegiatan sub = program.cari(tenant, subKegiatanId)
                .filter(p -> p.tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN)
                .orElseThrow(() -> new DataTidakDitemukanException("Sub kegiatan"));
        if (nilai == null) {
            throw IsianTidakSahException.pada("realisasi", "Realisasi anggaran wajib diisi.");
        }
        if (nilai.signum() < 0) {
            throw IsianTidakSahException.pada("realisasi", "Realisasi anggaran tidak boleh negatif.");
        }
        if (AturanNilaiRealisasi.digitBulat(nilai) > DIGIT_RUPIAH_MAKS) {
            // DECIMAL(19,2); judged from precision and scale, so 1e999999999 is not written out
            throw IsianTidakSahException.pada(
                    "realisasi", "Rupiah terlalu besar: paling banyak " + DIGIT_RUPIAH_MAKS + " angka di depan koma.");
        }
        if (AturanNilaiRealisasi.desimal(nilai) > 2) {
            throw IsianTidakSahException.pada("realisasi", "Rupiah paling banyak 2 angka desimal (sen).");
        }
        if (program.jumlahTriwulan(tenant, sub.id()) > 0) {
            // the yearly total is the quarters' sum there; a figure typed here would contradict them
            throw IsianTidakSahException.pada(
                    "realisasi", "Realisasi sub kegiatan ini dicatat per triwulan; ubah di layar Ubah Anggaran.");
        }
        penjaga.pastikanBolehDiubah(sub.perangkatDaerahId(), sub.tahun());
        program.save(new ProgramKegiatan(
                sub.id(),
                sub.tenantId(),
                sub.perangkatDaerahId(),
                sub.tahun(),
                sub.tingkat(),
                sub.indukId(),
                sub.urutan(),
                sub.kode(),
                sub.nama(),
                sub.sumberDana(),
                sub.anggaran(),
                nilai));
        jejak.catat(JENIS_ANGGARAN, sub.id(), "realisasi", angka(sub.realisasi()), angka(nilai));
        return nilai.compareTo(sub.anggaran()) > 0
                ? Optional.of("Realisasi melebihi anggaran sub kegiatan " + sub.kode() + "; tetap disimpan.")
                : Optional.empty();
    }

    @BolehIsi
    @Transactional
    public BuktiRealisasi unggahBukti(long realisasiId, String namaBerkas, byte[] isi) {
        long tenant = TenantContext.wajib().value();
        RealisasiIndikator r =
                realisasi.cari(tenant, realisasiId).orElseThrow(() -> new DataTidakDitemukanException("Realisasi"));
        Indikator ind = indikator.cari(tenant, r.indikatorId()).orElseThrow();
        penjaga.pastikanBolehDiubah(ind.perangkatDaerahId(), r.tahun(), ind.id());
        String nama = namaBerkas(namaBerkas);
        JenisBerkas jenis;
        try {
            jenis = JenisBerkas.periksa(nama, isi, batasBukti);
        } catch (JenisBerkas.BerkasDitolakException e) {
            throw IsianTidakSahException.pada("bukti", e.getMessage());
        }
        String sha256 = sha256(isi);
        // Named by content: the same file attached twice is stored once, and a key never changes its content.
        String kunci = kunciBukti(sha256);
        try {
            if (!penyimpanan.ada(new TenantId(tenant), kunci)) {
                penyimpanan.simpan(new TenantId(tenant), kunci, isi);
            }
        } catch (BerkasTerlaluBesarException e) {
            throw IsianTidakSahException.pada("bukti", e.getMessage());
        }
        BuktiRealisasi simpan = bukti.save(new BuktiRealisasi(
                null,
                tenant,
                realisasiId,
                nama,
                jenis,
                isi.length,
                sha256,
                JejakAuditService.pelaku(),
                clock.instant()));
        jejak.catat(JENIS_REALISASI, realisasiId, "bukti", null, nama);
        return simpan;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public List<BuktiRealisasi> daftarBukti(long realisasiId) {
        return bukti.milik(TenantContext.wajib().value(), realisasiId);
    }

    /** An evidence file of the current tenant (another tenant's is not found, as one that does not exist). */
    @BolehBaca
    @Transactional(readOnly = true)
    public BuktiRealisasi bukti(long buktiId) {
        return bukti.cari(TenantContext.wajib().value(), buktiId)
                .orElseThrow(() -> new DataTidakDitemukanException("Bukti"));
    }

    /** The stored bytes of an evidence file of the current tenant. */
    @BolehBaca
    @Transactional(readOnly = true)
    public byte[] isiBukti(long buktiId) {
        long tenant = TenantContext.wajib().value();
        BuktiRealisasi b = bukti(buktiId);
        return penyimpanan
                .baca(new TenantId(tenant), kunciBukti(b.sha256()))
                .orElseThrow(() -> new DataTidakDitemukanException("Isi berkas bukti " + b.namaBerkas()));
    }

    /**
     * The name a client sent without any folder before it (a browser or an API client may send a path). A name the
     * column cannot hold, or with control characters, is refused at the field rather than failing in the database.
     */
    static String namaBerkas(String dikirim) {
        String nama = dikirim == null
                ? ""
                : dikirim.substring(Math.max(dikirim.lastIndexOf('/'), dikirim.lastIndexOf('\\')) + 1);
        if (nama.chars().anyMatch(Character::isISOControl)) {
            throw IsianTidakSahException.pada("bukti", "Nama berkas tidak boleh memuat karakter kendali.");
        }
        if (nama.length() > PANJANG_NAMA_BERKAS_MAKS) {
            throw IsianTidakSahException.pada(
                    "bukti", "Nama berkas paling panjang " + PANJANG_NAMA_BERKAS_MAKS + " karakter.");
        }
        return nama;
    }

    /** The store's key of an evidence file, by its content; also where the move from the old folder puts it. */
    public static String kunciBukti(String sha256) {
        return "bukti/" + sha256;
    }

    private static String angka(BigDecimal nilai) {
        return nilai == null ? null : nilai.stripTrailingZeros().toPlainString();
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
