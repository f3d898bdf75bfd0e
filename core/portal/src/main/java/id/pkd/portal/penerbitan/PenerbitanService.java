package id.pkd.portal.penerbitan;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tandatangan.AkarTepercayaService;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.PejabatPenandatangan;
import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.VerificationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Issuing: render from stored data, register a new version, sign block by block, and answer the public
 * verification page. Every tenant method scopes by {@link TenantContext}; only {@link #verifikasiBerkas} and
 * {@link #verifikasiToken} read across tenants, and they return registry metadata only.
 */
@Service
class PenerbitanService {

    static final Pattern TOKEN_DI_ALASAN = Pattern.compile("/verifikasi/([0-9a-f]{32})");
    private static final SecureRandom ACAK = new SecureRandom();

    /** Where the audit trail records issuances and signatures. */
    static final String JENIS_JEJAK = "dokumen_terbit";

    private static final int PERCOBAAN_MAKSIMAL = 5;

    private final List<PembuatDokumen> pembuat;
    private final RegistriDokumen registri;
    private final PenomoranDokumen penomoran;
    private final SyaratTerbit syarat;
    private final JejakAuditService jejak;
    private final PenandatangananDokumen penandatanganan;
    private final TandaTanganService tandaTangan;
    private final DaerahService daerah;
    private final PdfSignatureVerifier verifier;
    private final AkarTepercayaService akar;
    private final TransactionTemplate transaksi;
    private final WaktuDaerah waktu;
    private final ApplicationEventPublisher peristiwa;
    private final String urlPublik;
    private final DataSize batasVerifikasi;

    PenerbitanService(
            List<PembuatDokumen> pembuat,
            RegistriDokumen registri,
            PenomoranDokumen penomoran,
            SyaratTerbit syarat,
            JejakAuditService jejak,
            PenandatangananDokumen penandatanganan,
            TandaTanganService tandaTangan,
            DaerahService daerah,
            PdfSignatureVerifier verifier,
            AkarTepercayaService akar,
            TransactionTemplate transaksi,
            WaktuDaerah waktu,
            PengaturanPkd pengaturan,
            ApplicationEventPublisher peristiwa) {
        this.pembuat = List.copyOf(pembuat);
        this.registri = registri;
        this.penomoran = penomoran;
        this.syarat = syarat;
        this.jejak = jejak;
        this.penandatanganan = penandatanganan;
        this.tandaTangan = tandaTangan;
        this.daerah = daerah;
        this.verifier = verifier;
        this.akar = akar;
        this.transaksi = transaksi;
        this.waktu = waktu;
        this.peristiwa = peristiwa;
        String urlPublik = pengaturan.urlPublik();
        this.urlPublik = urlPublik.endsWith("/") ? urlPublik.substring(0, urlPublik.length() - 1) : urlPublik;
        this.batasVerifikasi = pengaturan.unggah().verifikasi();
    }

    /** The largest PDF the public verification page accepts ({@code pkd.unggah.verifikasi}). */
    DataSize batasVerifikasi() {
        return batasVerifikasi;
    }

    List<PembuatDokumen> jenis() {
        return pembuat;
    }

    PembuatDokumen pembuat(String jenis) {
        return pembuat.stream()
                .filter(p -> p.jenis().equals(jenis))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Jenis dokumen " + jenis));
    }

    /**
     * What is missing before issuing: the approval of every agency-year the document covers first, then what the
     * document itself needs, including officials who cannot sign yet.
     */
    @BolehBaca
    List<String> kekurangan(String jenis, SubjekDokumen subjek, int tahun) {
        PembuatDokumen p = pembuat(jenis);
        List<String> hasil = new ArrayList<>(syarat.belumSah(p, subjek, tahun));
        hasil.addAll(p.kekurangan(subjek, tahun));
        return hasil;
    }

    @BolehBaca
    DokumenSiapTerbit draf(String jenis, SubjekDokumen subjek, int tahun) {
        return draf(jenis, subjek, tahun, null);
    }

    /** A draft dated {@code tanggal}, or today in the region's zone when {@code null}. */
    @BolehBaca
    DokumenSiapTerbit draf(String jenis, SubjekDokumen subjek, int tahun, LocalDate tanggal) {
        return pembuat(jenis).buat(subjek, tahun, true, tanggal);
    }

    /**
     * Renders the final document and registers it as a new version waiting for its signatures. Only approved data
     * is issued. Rendering runs with no transaction; the number, the version and the registry row are taken in one
     * short transaction afterwards, which checks the approval again and is retried on a deadlock or a clash.
     */
    @Secured("ROLE_PIMPINAN")
    DokumenTerbit siapkan(String jenis, SubjekDokumen subjek, int tahun) {
        return siapkan(jenis, subjek, tahun, null);
    }

    /**
     * As {@link #siapkan(String, SubjekDokumen, int)}, dated {@code tanggal} (checked by {@link TanggalDokumen}), or
     * today in the region's zone when {@code null}. The date is kept with the version.
     */
    @Secured("ROLE_PIMPINAN")
    DokumenTerbit siapkan(String jenis, SubjekDokumen subjek, int tahun, LocalDate tanggal) {
        return siapkan(jenis, subjek, tahun, tanggal, null);
    }

    /**
     * As {@link #siapkan(String, SubjekDokumen, int, LocalDate)}, for job {@code pekerjaanId}: a job run again (its
     * node died after the registration) gets the version it registered, never a second number.
     */
    @Secured("ROLE_PIMPINAN")
    DokumenTerbit siapkan(String jenis, SubjekDokumen subjek, int tahun, LocalDate tanggal, Long pekerjaanId) {
        long t = TenantContext.wajib().value();
        if (pekerjaanId != null) {
            Optional<DokumenTerbit> sudah = registri.cariPekerjaan(t, pekerjaanId);
            if (sudah.isPresent()) {
                return sudah.get();
            }
        }
        PembuatDokumen p = pembuat(jenis);
        LocalDate hariIni = waktu.hariIni();
        if (tanggal != null) {
            TanggalDokumen.tolakBilaSalah(tanggal, tahun, hariIni);
        }
        LocalDate tanggalDokumen = tanggal != null ? tanggal : hariIni;
        SyaratTerbit.tolakBilaAda(syarat.belumSah(p, subjek, tahun));
        DokumenSiapTerbit siap = p.buat(subjek, tahun, false, tanggalDokumen);
        if (siap.blokTandaTangan().isEmpty()) {
            throw new TandaTanganGagalException("Dokumen ini tidak memiliki blok tanda tangan.");
        }
        Daerah d = daerah.saatIni();
        String sha = sha256(siap.pdf());
        for (int percobaan = 0; ; percobaan++) {
            try {
                return transaksi.execute(s -> {
                    // A run of the same job on another node may have registered it meanwhile: the unique key on
                    // pekerjaan_id sent this one round the retry, and here it finds that version.
                    if (pekerjaanId != null) {
                        Optional<DokumenTerbit> sudah = registri.cariPekerjaan(t, pekerjaanId);
                        if (sudah.isPresent()) {
                            return sudah.get();
                        }
                    }
                    // The counter row first: its lock orders concurrent issuances of this type and year.
                    int urut = penomoran.berikutnya(t, jenis, tahun);
                    int versi = registri.versiBerikutnya(t, jenis, subjek.kode(), tahun);
                    SyaratTerbit.tolakBilaAda(syarat.statusBelumSah(p, subjek, tahun));
                    String nomor = "PKD/%s/%s/%d/%04d".formatted(d.kodeWilayah(), jenis, tahun, urut);
                    DokumenTerbit baru = new DokumenTerbit(
                            0,
                            t,
                            nomor,
                            tokenBaru(),
                            jenis,
                            siap.judul(),
                            tahun,
                            subjek.kode(),
                            subjek.nama(),
                            versi,
                            d.namaPemerintah(),
                            DokumenTerbit.StatusDokumen.MENUNGGU_TANDA_TANGAN,
                            sha,
                            siap.blokTandaTangan(),
                            List.of(),
                            JejakAuditService.pelaku(),
                            waktu.kini(),
                            null,
                            tanggalDokumen);
                    long id = registri.simpanBaru(baru, siap.pdf(), siap.dataBeku(), pekerjaanId);
                    jejak.catat(
                            JENIS_JEJAK,
                            id,
                            "penerbitan",
                            null,
                            "nomor " + nomor + "; versi " + versi + "; sha256 " + sha + "; " + siap.judul());
                    peristiwa.publishEvent(new DokumenMenungguTandaTangan(
                            t,
                            id,
                            siap.judul(),
                            siap.blokTandaTangan().get(0).pejabatId(),
                            JejakAuditService.pelaku()));
                    return registri.cari(t, id).orElseThrow();
                });
            } catch (DuplicateKeyException | PessimisticLockingFailureException balapan) {
                if (percobaan >= PERCOBAAN_MAKSIMAL) {
                    throw new PenerbitanDitolakException(
                            "Penerbitan sedang ramai dan belum berhasil dicatat. Silakan coba lagi sesaat lagi.");
                }
            }
        }
    }

    /** The official who signs next and how, or empty when the document is complete. */
    @BolehBaca
    Optional<LangkahTandaTangan> langkahBerikutnya(long dokumenId) {
        DokumenTerbit d = dokumen(dokumenId);
        BlokTandaTangan blok = d.blokBerikutnya();
        if (blok == null) {
            return Optional.empty();
        }
        PejabatPenandatangan p = tandaTangan.pejabat(blok.pejabatId());
        return Optional.of(new LangkahTandaTangan(blok, p, tandaTangan.cara(blok.pejabatId())));
    }

    record LangkahTandaTangan(
            BlokTandaTangan blok, PejabatPenandatangan pejabat, id.pkd.portal.tandatangan.JenisPenandatangan cara) {}

    /**
     * Signs the next block of the document as its official, in a new revision, so earlier signatures stay valid.
     * The last signature makes the document {@code TERBIT}. See {@link PenandatangananDokumen} for why nothing is
     * held while the signature is made.
     */
    @Secured("ROLE_PIMPINAN")
    DokumenTerbit tandatangani(long dokumenId, Kredensial kredensial) {
        try {
            DokumenTerbit d = dokumen(dokumenId);
            return penandatanganan.tandatangani(d, pembuat(d.jenis()), alamatVerifikasi(d.token()), kredensial);
        } finally {
            kredensial.hapus();
        }
    }

    @BolehBaca
    List<DokumenTerbit> daftar() {
        return registri.semua(TenantContext.wajib().value());
    }

    @BolehBaca
    DokumenTerbit dokumen(long id) {
        return registri.cari(TenantContext.wajib().value(), id)
                .orElseThrow(() -> new DataTidakDitemukanException("Dokumen"));
    }

    @BolehBaca
    DokumenTerbit dokumenNomor(String nomor) {
        return registri.cariNomor(TenantContext.wajib().value(), nomor)
                .orElseThrow(() -> new DataTidakDitemukanException("Dokumen"));
    }

    @BolehBaca
    byte[] pdf(long id) {
        DokumenTerbit d = dokumen(id);
        return registri.pdf(d.tenantId(), d.id());
    }

    @BolehBaca
    String dataBeku(long id) {
        DokumenTerbit d = dokumen(id);
        return registri.dataBeku(d.tenantId(), d.id());
    }

    static String namaBerkas(DokumenTerbit d) {
        return (d.jenis() + "-" + d.tahun() + "-v" + d.versi() + "-" + d.nomor().replaceAll("[^0-9A-Za-z]+", "-"))
                        .toLowerCase(Locale.ROOT)
                + ".pdf";
    }

    String alamatVerifikasi(String token) {
        return urlPublik + "/verifikasi/" + token;
    }

    // ---- Public verification (no login) ----

    /** What the public page shows about a registered document: registry metadata only. */
    record InfoPublik(
            String nomor,
            String judul,
            String jenis,
            int tahun,
            int versi,
            int versiTerakhir,
            String namaPemerintah,
            String status,
            Instant terbitPada,
            String sha256,
            List<DokumenTerbit.Penanda> penandatangan,
            ZonaWaktuDaerah zona) {}

    /**
     * @param terdaftar the registry entry the file is (or claims to be)
     * @param sama the file's SHA-256 equals the registered one
     */
    record HasilVerifikasi(Optional<InfoPublik> terdaftar, boolean sama, VerificationResult tandaTangan) {}

    static final String PESAN_TIDAK_TERDAFTAR = "Tanda tangan tidak sah: berkas ini tidak terdaftar di Portal Kinerja"
            + " Daerah, sehingga tidak ada pemerintah daerah yang menjamin penandatangannya.";

    HasilVerifikasi verifikasiBerkas(byte[] pdf) {
        Optional<DokumenTerbit> sama = registri.cariSha256(sha256(pdf));
        if (sama.isPresent()) {
            return new HasilVerifikasi(sama.map(this::publik), true, verifikasi(sama.get(), pdf));
        }
        // Not a registered file: no tenant vouches for its signers, so no anchor applies and nothing is "sah".
        VerificationResult ttd = verifier.verify(pdf, List.of());
        if (ttd.status() == VerificationResult.Status.SAH
                || ttd.status() == VerificationResult.Status.TIDAK_DIPERCAYA) {
            ttd = new VerificationResult(
                    VerificationResult.Status.TIDAK_DIPERCAYA,
                    ttd.namaPenandatangan(),
                    ttd.waktuTandaTangan(),
                    PESAN_TIDAK_TERDAFTAR,
                    ttd.tandaTangan());
        }
        // A changed copy still names its registry entry in the signature's /Reason.
        Optional<DokumenTerbit> diakui = ttd.tandaTangan().stream()
                .map(VerificationResult.RincianTandaTangan::alasan)
                .filter(a -> a != null)
                .map(TOKEN_DI_ALASAN::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .flatMap(registri::cariToken);
        return new HasilVerifikasi(diakui.map(this::publik), false, ttd);
    }

    Optional<HasilVerifikasi> verifikasiToken(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return registri.cariToken(token)
                .map(d -> new HasilVerifikasi(Optional.of(publik(d)), true, verifikasi(d, registri.pdfPublik(token))));
    }

    /**
     * Against the anchors of the tenant that registered the document only: another tenant's roots, and any
     * uploaded certificate, never make a signature "sah".
     */
    private VerificationResult verifikasi(DokumenTerbit d, byte[] pdf) {
        VerificationResult r = verifier.verify(pdf, akar.jangkar(d.tenantId()));
        if (r.status() != VerificationResult.Status.TIDAK_DIPERCAYA) {
            return r;
        }
        return new VerificationResult(
                r.status(),
                r.namaPenandatangan(),
                r.waktuTandaTangan(),
                r.pesan() + " Tanda tangan tidak sah: sertifikat penandatangan harus berantai ke sertifikat akar"
                        + " yang dipercaya " + d.namaPemerintah() + ".",
                r.tandaTangan());
    }

    private InfoPublik publik(DokumenTerbit d) {
        return new InfoPublik(
                d.nomor(),
                d.judul(),
                d.jenis(),
                d.tahun(),
                d.versi(),
                registri.versiTerakhir(d),
                d.namaPemerintah(),
                d.status().label(),
                d.terbitPada(),
                d.sha256(),
                d.penandatangan(),
                waktu.zona(d.tenantId()));
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenBaru() {
        byte[] b = new byte[16];
        ACAK.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
