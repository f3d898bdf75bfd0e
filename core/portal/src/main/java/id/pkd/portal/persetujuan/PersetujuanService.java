package id.pkd.portal.persetujuan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval workflow of an agency's realisasi for a year: draft → diajukan → diverifikasi or
 * ditolak (with the reason) → ditetapkan, which locks it. The tenant admin may reopen the whole
 * agency-year or a single indicator, always with a reason. Every step goes to the audit trail.
 */
@Service
public class PersetujuanService implements PenjagaPerubahan {

    static final String JENIS = "persetujuan";

    private final PersetujuanRepository persetujuan;
    private final PerencanaanService perencanaan;
    private final JejakAuditService jejak;
    private final Clock clock;

    PersetujuanService(
            PersetujuanRepository persetujuan, PerencanaanService perencanaan, JejakAuditService jejak, Clock clock) {
        this.persetujuan = persetujuan;
        this.perencanaan = perencanaan;
        this.jejak = jejak;
        this.clock = clock;
    }

    @BolehBaca
    @Transactional(readOnly = true)
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
    @Transactional
    public Persetujuan ajukan(long pdId, int tahun) {
        return pindah(
                pdId, tahun, null, StatusPersetujuan.DIAJUKAN, StatusPersetujuan.DRAFT, StatusPersetujuan.DITOLAK);
    }

    @Secured("ROLE_VERIFIKATOR")
    @Transactional
    public Persetujuan verifikasi(long pdId, int tahun) {
        return pindah(pdId, tahun, null, StatusPersetujuan.DIVERIFIKASI, StatusPersetujuan.DIAJUKAN);
    }

    @Secured({"ROLE_VERIFIKATOR", "ROLE_PIMPINAN"})
    @Transactional
    public Persetujuan tolak(long pdId, int tahun, String alasan) {
        return pindah(
                pdId,
                tahun,
                alasanWajib(alasan, "Alasan penolakan wajib diisi agar operator tahu apa yang harus diperbaiki."),
                StatusPersetujuan.DITOLAK,
                StatusPersetujuan.DIAJUKAN,
                StatusPersetujuan.DIVERIFIKASI);
    }

    @Secured("ROLE_PIMPINAN")
    @Transactional
    public Persetujuan tetapkan(long pdId, int tahun) {
        Persetujuan hasil = pindah(pdId, tahun, null, StatusPersetujuan.DITETAPKAN, StatusPersetujuan.DIVERIFIKASI);
        persetujuan.tutupSemua(TenantContext.wajib().value(), pdId, tahun);
        return hasil;
    }

    /** The admin reopens a locked agency-year as a whole; it goes back to draft. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Persetujuan bukaKembali(long pdId, int tahun, String alasan) {
        return pindah(
                pdId,
                tahun,
                alasanWajib(alasan, "Alasan membuka kembali wajib diisi."),
                StatusPersetujuan.DRAFT,
                StatusPersetujuan.DITETAPKAN);
    }

    /** The admin reopens one indicator of a locked agency-year; the rest stays locked. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void bukaIndikator(long indikatorId, int tahun, String alasan) {
        Indikator ind = perencanaan.indikator(indikatorId);
        String teks = alasanWajib(alasan, "Alasan membuka kembali wajib diisi.");
        if (status(ind.perangkatDaerahId(), tahun).status() != StatusPersetujuan.DITETAPKAN) {
            throw IsianTidakSahException.pada(
                    "alasan", "Hanya indikator dari realisasi yang sudah ditetapkan yang dapat dibuka kembali.");
        }
        persetujuan.bukaIndikator(
                TenantContext.wajib().value(), indikatorId, tahun, teks, JejakAuditService.pelaku(), clock.instant());
        jejak.catat("indikator", indikatorId, "dibuka " + tahun, null, teks);
    }

    /** The head of agency locks a reopened indicator again after its correction. */
    @Secured("ROLE_PIMPINAN")
    @Transactional
    public void kunciIndikator(long indikatorId, int tahun) {
        Indikator ind = perencanaan.indikator(indikatorId);
        persetujuan.tutupIndikator(TenantContext.wajib().value(), ind.id(), tahun);
        jejak.catat("indikator", indikatorId, "dibuka " + tahun, "dibuka", "dikunci kembali");
    }

    @Override
    public void pastikanBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId) {
        Persetujuan p = status(perangkatDaerahId, tahun);
        if (p.status().bolehDiubah()) {
            return;
        }
        if (p.status() == StatusPersetujuan.DITETAPKAN
                && persetujuan.indikatorDibuka(p.tenantId(), tahun).contains(indikatorId)) {
            return;
        }
        throw terkunci(p);
    }

    @Override
    public void pastikanBolehDiubah(long perangkatDaerahId, int tahun) {
        Persetujuan p = status(perangkatDaerahId, tahun);
        if (!p.status().bolehDiubah()) {
            throw terkunci(p);
        }
    }

    private DataTerkunciException terkunci(Persetujuan p) {
        String sebab = p.status() == StatusPersetujuan.DITETAPKAN
                ? "sudah ditetapkan dan terkunci; minta Admin Daerah membukanya kembali"
                : "sedang dalam proses persetujuan (" + p.status().label().toLowerCase() + ")";
        return new DataTerkunciException("Realisasi tahun " + p.tahun() + " perangkat daerah ini " + sebab + ".");
    }

    private Persetujuan pindah(long pdId, int tahun, String alasan, StatusPersetujuan ke, StatusPersetujuan... dari) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(pdId);
        Persetujuan kini = status(pd.id(), tahun);
        if (!List.of(dari).contains(kini.status())) {
            throw new DataTerkunciException("Realisasi tahun " + tahun + " berstatus "
                    + kini.status().label() + "; langkah ini tidak dapat dilakukan.");
        }
        long tenant = TenantContext.wajib().value();
        persetujuan.simpan(tenant, pd.id(), tahun, ke.name(), alasan, JejakAuditService.pelaku(), clock.instant());
        jejak.catat(JENIS, pd.id(), "status " + tahun, kini.status().label(), ke.label());
        if (alasan != null) {
            jejak.catat(JENIS, pd.id(), "alasan " + tahun, kini.alasan(), alasan);
        }
        return status(pd.id(), tahun);
    }

    private static String alasanWajib(String alasan, String pesan) {
        if (alasan == null || alasan.isBlank()) {
            throw IsianTidakSahException.pada("alasan", pesan);
        }
        return alasan.strip();
    }
}
