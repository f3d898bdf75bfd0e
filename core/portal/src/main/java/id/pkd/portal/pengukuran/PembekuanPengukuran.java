package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes the measured figures of an agency-year and retires them again. The approval workflow
 * calls it inside its own transaction, under the agency's lock, so the frozen figures are exactly
 * those of the moment of submission. {@link PengukuranKinerjaService#ukur} then answers with the
 * active version. Every freeze and retirement goes to the audit trail.
 */
@Service
public class PembekuanPengukuran {

    static final String JENIS_JEJAK = "pengukuran_beku";

    private final PengukuranKinerjaService pengukuran;
    private final ArsipPengukuranBeku arsip;
    private final PengukuranBekuRepository beku;
    private final PerencanaanService perencanaan;
    private final JejakAuditService jejak;
    private final Clock clock;

    PembekuanPengukuran(
            PengukuranKinerjaService pengukuran,
            ArsipPengukuranBeku arsip,
            PengukuranBekuRepository beku,
            PerencanaanService perencanaan,
            JejakAuditService jejak,
            Clock clock) {
        this.pengukuran = pengukuran;
        this.arsip = arsip;
        this.beku = beku;
        this.perencanaan = perencanaan;
        this.jejak = jejak;
        this.clock = clock;
    }

    /** A frozen version as the audit and the screens describe it. */
    public record Versi(
            long perangkatDaerahId, int tahun, int versi, String sha256, boolean aktif, Instant dibuatPada) {}

    /**
     * Freezes the figures as computed now, under the rules in force for the year (the tenant's, or
     * those kept by a reopened indicator). An active version is kept as it is.
     *
     * @return the active version
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Versi bekukan(long perangkatDaerahId, int tahun, String alasan) {
        long tenant = TenantContext.wajib().value();
        Optional<PengukuranBeku> terakhir = beku.terakhir(tenant, perangkatDaerahId, tahun);
        if (terakhir.isPresent() && terakhir.get().aktif()) {
            return versi(terakhir.get());
        }
        AturanCapaian aturan = arsip.aturanTetap(terakhir).orElseGet(pengukuran::aturan);
        String isi = arsip.keJson(pengukuran.ukurLangsung(perangkatDaerahId, tahun, aturan));
        String teksAturan = arsip.keJson(aturan);
        String sha = ArsipPengukuranBeku.sha256(isi, teksAturan);
        int versi = terakhir.map(PengukuranBeku::versi).orElse(0) + 1;
        beku.simpan(
                tenant,
                perangkatDaerahId,
                tahun,
                versi,
                isi,
                teksAturan,
                sha,
                alasan,
                JejakAuditService.pelaku(),
                clock.instant());
        jejak.catat(
                JENIS_JEJAK,
                perangkatDaerahId,
                "beku " + tahun,
                null,
                "versi " + versi + " (" + alasan + "), SHA-256 " + sha);
        return versi(beku.terakhir(tenant, perangkatDaerahId, tahun).orElseThrow());
    }

    /**
     * Retires the active version, kept for history with the reason; the year is measured live again.
     *
     * @param aturanTetap the live figures keep the frozen rules (an indicator reopened in a set year)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lepaskan(long perangkatDaerahId, int tahun, String alasan, boolean aturanTetap) {
        long tenant = TenantContext.wajib().value();
        Optional<PengukuranBeku> aktif =
                beku.terakhir(tenant, perangkatDaerahId, tahun).filter(PengukuranBeku::aktif);
        if (aktif.isEmpty()) {
            return;
        }
        beku.lepas(tenant, aktif.get().id(), aturanTetap, alasan, JejakAuditService.pelaku(), clock.instant());
        jejak.catat(
                JENIS_JEJAK,
                perangkatDaerahId,
                "beku " + tahun,
                "versi " + aktif.get().versi() + " aktif",
                "versi " + aktif.get().versi() + " dilepas (" + alasan + ")"
                        + (aturanTetap ? "; aturan capaian saat dibekukan tetap berlaku" : ""));
    }

    /** The active version of an agency-year, if its figures are frozen. */
    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<Versi> aktif(long perangkatDaerahId, int tahun) {
        return beku.terakhir(TenantContext.wajib().value(), perangkatDaerahId, tahun)
                .filter(PengukuranBeku::aktif)
                .map(PembekuanPengukuran::versi);
    }

    /** Every version of an agency-year, oldest first. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<Versi> riwayat(long perangkatDaerahId, int tahun) {
        return beku.riwayat(TenantContext.wajib().value(), perangkatDaerahId, tahun).stream()
                .map(PembekuanPengukuran::versi)
                .toList();
    }

    /**
     * What a settings or source change leaves untouched, for the screen after saving: "Berlaku untuk
     * tahun yang belum dikunci; tahun 2022 Dinas Sosial tetap memakai aturan saat diajukan." Empty when
     * no year is held.
     *
     * @param perangkatDaerahId only this agency's years, or {@code null} for every agency
     * @param apa what is kept, e.g. "aturan capaian" or "sumber realisasi"
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<String> catatanTahunTerkunci(Long perangkatDaerahId, String apa) {
        List<String> tahun = beku.dipegang(TenantContext.wajib().value()).stream()
                .filter(b -> perangkatDaerahId == null || b.perangkatDaerahId() == perangkatDaerahId)
                .map(b -> b.tahun() + " "
                        + perencanaan.perangkatDaerah(b.perangkatDaerahId()).namaPendek())
                .toList();
        if (tahun.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Berlaku untuk tahun yang belum dikunci; tahun " + String.join(", ", tahun)
                + " tetap memakai " + apa + " saat diajukan.");
    }

    private static Versi versi(PengukuranBeku b) {
        return new Versi(b.perangkatDaerahId(), b.tahun(), b.versi(), b.sha256(), b.aktif(), b.dibuatPada());
    }
}
