package id.pkd.portal.persetujuan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengukuran.PembekuanPengukuran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval workflow of an agency's realisasi for a year: draft → diajukan → diverifikasi or
 * ditolak (with the reason) → ditetapkan, which locks it. The tenant admin may reopen the whole
 * agency-year or a single indicator, always with a reason. Every step goes to the audit trail.
 *
 * <p>Submitting freezes the measured figures (the verifikator checks and the pimpinan sets exactly
 * what was submitted); rejecting and reopening retire them. Each step takes the agency's lock that
 * every writer takes (see {@link PenjagaKunci}), then changes the status only from the statuses it
 * is allowed from, so concurrent steps end in a state some serial order reaches.
 */
@Service
public class PersetujuanService {

    static final String JENIS = "persetujuan";

    private final PersetujuanRepository persetujuan;
    private final PerencanaanService perencanaan;
    private final JejakAuditService jejak;
    private final PenjagaKunci penjaga;
    private final PembekuanPengukuran pembekuan;
    private final UlangTransaksi ulang;
    private final Clock clock;
    private final ApplicationEventPublisher peristiwa;

    PersetujuanService(
            PersetujuanRepository persetujuan,
            PerencanaanService perencanaan,
            JejakAuditService jejak,
            PenjagaKunci penjaga,
            PembekuanPengukuran pembekuan,
            UlangTransaksi ulang,
            Clock clock,
            ApplicationEventPublisher peristiwa) {
        this.persetujuan = persetujuan;
        this.perencanaan = perencanaan;
        this.jejak = jejak;
        this.penjaga = penjaga;
        this.pembekuan = pembekuan;
        this.ulang = ulang;
        this.clock = clock;
        this.peristiwa = peristiwa;
    }

    @BolehBaca
    @BacaLangsung
    public Persetujuan status(long perangkatDaerahId, int tahun) {
        long tenant = TenantContext.wajib().value();
        return persetujuan
                .cari(tenant, perangkatDaerahId, tahun)
                .orElse(new Persetujuan(tenant, perangkatDaerahId, tahun, StatusPersetujuan.DRAFT, null, null, null));
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public List<Persetujuan> semua() {
        return persetujuan.semua(TenantContext.wajib().value());
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Set<Long> indikatorDibuka(int tahun) {
        return persetujuan.indikatorDibuka(TenantContext.wajib().value(), tahun);
    }

    @Secured({"ROLE_OPERATOR", "ROLE_ADMIN_DAERAH"})
    public Persetujuan ajukan(long pdId, int tahun) {
        return ulang.jalankan(() -> {
            Persetujuan hasil = pindah(
                    pdId, tahun, null, StatusPersetujuan.DIAJUKAN, StatusPersetujuan.DRAFT, StatusPersetujuan.DITOLAK);
            pembekuan.bekukan(pdId, tahun, "diajukan");
            return hasil;
        });
    }

    @Secured("ROLE_VERIFIKATOR")
    public Persetujuan verifikasi(long pdId, int tahun) {
        return ulang.jalankan(
                () -> pindah(pdId, tahun, null, StatusPersetujuan.DIVERIFIKASI, StatusPersetujuan.DIAJUKAN));
    }

    @Secured({"ROLE_VERIFIKATOR", "ROLE_PIMPINAN"})
    public Persetujuan tolak(long pdId, int tahun, String alasan) {
        String teks = alasanWajib(alasan, "Alasan penolakan wajib diisi agar operator tahu apa yang harus diperbaiki.");
        return ulang.jalankan(() -> {
            Persetujuan hasil = pindah(
                    pdId,
                    tahun,
                    teks,
                    StatusPersetujuan.DITOLAK,
                    StatusPersetujuan.DIAJUKAN,
                    StatusPersetujuan.DIVERIFIKASI);
            pembekuan.lepaskan(pdId, tahun, "ditolak: " + teks, false);
            return hasil;
        });
    }

    @Secured("ROLE_PIMPINAN")
    public Persetujuan tetapkan(long pdId, int tahun) {
        return ulang.jalankan(() -> {
            Persetujuan hasil = pindah(pdId, tahun, null, StatusPersetujuan.DITETAPKAN, StatusPersetujuan.DIVERIFIKASI);
            persetujuan.tutupSemua(TenantContext.wajib().value(), pdId, tahun);
            // Frozen on submission; a year submitted before freezing existed is frozen now.
            pembekuan.bekukan(pdId, tahun, "ditetapkan");
            return hasil;
        });
    }

    /** The admin reopens a locked agency-year as a whole; it goes back to draft, live under today's rules. */
    @Secured("ROLE_ADMIN_DAERAH")
    public Persetujuan bukaKembali(long pdId, int tahun, String alasan) {
        String teks = alasanWajib(alasan, "Alasan membuka kembali wajib diisi.");
        return ulang.jalankan(() -> {
            Persetujuan hasil = pindah(pdId, tahun, teks, StatusPersetujuan.DRAFT, StatusPersetujuan.DITETAPKAN);
            pembekuan.lepaskan(pdId, tahun, "dibuka kembali: " + teks, false);
            return hasil;
        });
    }

    /**
     * The admin reopens one indicator of a locked agency-year; the rest stays locked. The figures are
     * live again for the correction, but under the rules the year was frozen with.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    public void bukaIndikator(long indikatorId, int tahun, String alasan) {
        String teks = alasanWajib(alasan, "Alasan membuka kembali wajib diisi.");
        ulang.jalankan(() -> {
            Indikator ind = perencanaan.indikator(indikatorId);
            PenjagaKunci.Dikunci d = penjaga.kunci(ind.perangkatDaerahId(), tahun);
            if (d.status() != StatusPersetujuan.DITETAPKAN) {
                throw IsianTidakSahException.pada(
                        "alasan", "Hanya indikator dari realisasi yang sudah ditetapkan yang dapat dibuka kembali.");
            }
            persetujuan.bukaIndikator(
                    TenantContext.wajib().value(),
                    indikatorId,
                    tahun,
                    teks,
                    JejakAuditService.pelaku(),
                    clock.instant());
            jejak.catat("indikator", indikatorId, "dibuka " + tahun, null, teks);
            pembekuan.lepaskan(
                    ind.perangkatDaerahId(), tahun, "indikator " + ind.kode() + " dibuka kembali: " + teks, true);
            return null;
        });
    }

    /** The head of agency locks a reopened indicator again; with none left open the figures are frozen anew. */
    @Secured("ROLE_PIMPINAN")
    public void kunciIndikator(long indikatorId, int tahun) {
        ulang.jalankan(() -> {
            Indikator ind = perencanaan.indikator(indikatorId);
            PenjagaKunci.Dikunci d = penjaga.kunci(ind.perangkatDaerahId(), tahun);
            long tenant = TenantContext.wajib().value();
            persetujuan.tutupIndikator(tenant, ind.id(), tahun);
            jejak.catat("indikator", indikatorId, "dibuka " + tahun, "dibuka", "dikunci kembali");
            if (d.status() == StatusPersetujuan.DITETAPKAN
                    && persetujuan.jumlahDibukaMilik(tenant, ind.perangkatDaerahId(), tahun) == 0) {
                pembekuan.bekukan(ind.perangkatDaerahId(), tahun, "indikator " + ind.kode() + " dikunci kembali");
            }
            return null;
        });
    }

    /**
     * Takes the agency's lock, checks the status under it and changes it only from {@code dari}: a
     * conditional write whose row count proves no other step came in between.
     */
    private Persetujuan pindah(long pdId, int tahun, String alasan, StatusPersetujuan ke, StatusPersetujuan... dari) {
        long tenant = TenantContext.wajib().value();
        PenjagaKunci.Dikunci d = penjaga.kunci(pdId, tahun);
        Persetujuan kini = d.persetujuan();
        if (!Arrays.asList(dari).contains(kini.status())) {
            throw new DataTerkunciException("Realisasi tahun " + tahun + " " + d.namaPerangkatDaerah() + " berstatus "
                    + kini.status().label() + "; langkah ini tidak dapat dilakukan.");
        }
        String oleh = JejakAuditService.pelaku();
        int diubah = kini.diubahPada() == null
                ? persetujuan.sisipkan(tenant, pdId, tahun, ke.name(), alasan, oleh, clock.instant())
                : persetujuan.pindahkan(
                        tenant,
                        pdId,
                        tahun,
                        Arrays.stream(dari).map(Enum::name).toList(),
                        ke.name(),
                        alasan,
                        oleh,
                        clock.instant());
        if (diubah != 1) {
            throw new DataTerkunciException("Realisasi tahun " + tahun + " " + d.namaPerangkatDaerah()
                    + " baru saja diubah pengguna lain; muat ulang halaman lalu coba lagi.");
        }
        jejak.catat(JENIS, pdId, "status " + tahun, kini.status().label(), ke.label());
        if (alasan != null) {
            jejak.catat(JENIS, pdId, "alasan " + tahun, kini.alasan(), alasan);
        }
        peristiwa.publishEvent(new PersetujuanBerpindah(
                tenant, pdId, d.namaPerangkatDaerah(), tahun, kini.status(), ke, alasan, kini.diubahOleh(), oleh));
        return persetujuan.cari(tenant, pdId, tahun).orElseThrow();
    }

    private static String alasanWajib(String alasan, String pesan) {
        if (alasan == null || alasan.isBlank()) {
            throw IsianTidakSahException.pada("alasan", pesan);
        }
        return alasan.strip();
    }
}
