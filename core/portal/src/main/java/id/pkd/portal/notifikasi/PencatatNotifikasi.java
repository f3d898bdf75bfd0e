package id.pkd.portal.notifikasi;

import id.pkd.portal.penerbitan.DokumenMenungguTandaTangan;
import id.pkd.portal.persetujuan.PersetujuanBerpindah;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the in-app notifications by listening to the workflow's and the registry's events, synchronously and in the
 * transaction of the step, for the users who must act next, or for the submitter when the year comes back rejected
 * or set; about an agency-year, only the operators of that agency (and the region-wide ones) are told. The one who made the step is never told of it. Scoped to the event's tenant. Not secured itself: whoever
 * may take the step may cause its notifications.
 */
@Component
class PencatatNotifikasi {

    private final JdbcClient jdbc;
    private final Clock clock;

    PencatatNotifikasi(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void saatPersetujuanBerpindah(PersetujuanBerpindah e) {
        String yang = "Realisasi tahun " + e.tahun() + " " + e.namaPerangkatDaerah();
        Set<Long> penerima = new LinkedHashSet<>();
        String pesan;
        String tautan;
        switch (e.ke()) {
            case DIAJUKAN -> {
                penerima.addAll(berperan(e.tenantId(), "VERIFIKATOR"));
                pesan = yang + " diajukan oleh " + e.oleh() + " dan menunggu verifikasi.";
                tautan = "persetujuan";
            }
            case DIVERIFIKASI -> {
                penerima.addAll(berperan(e.tenantId(), "PIMPINAN"));
                pesan = yang + " telah diverifikasi dan menunggu penetapan.";
                tautan = "persetujuan";
            }
            case DITOLAK -> {
                pengaju(e).ifPresent(penerima::add);
                penerima.addAll(operator(e));
                pesan = yang + " ditolak: " + e.alasan() + " Perbaiki lalu ajukan kembali.";
                tautan = "realisasi?tahun=" + e.tahun();
            }
            case DITETAPKAN -> {
                penerima.addAll(operator(e));
                pesan = yang + " telah ditetapkan dan dikunci.";
                tautan = "persetujuan";
            }
            case DRAFT -> {
                if (e.dari() != StatusPersetujuan.DITETAPKAN) {
                    return;
                }
                // reopened by the admin: the agency's operators may (and likely must) change the figures again
                penerima.addAll(operator(e));
                pesan = yang + " dibuka kembali: " + e.alasan() + " Data dapat diubah lalu diajukan kembali.";
                tautan = "realisasi?tahun=" + e.tahun();
            }
            default -> {
                return;
            }
        }
        kirim(e.tenantId(), penerima, e.oleh(), pesan, tautan);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void saatDokumenMenunggu(DokumenMenungguTandaTangan e) {
        // The official's own account when it exists (same NIP; for a head of region, who has none, the account the
        // Kepala Daerah record links), otherwise every pimpinan of the region.
        List<Long> pemilik = jdbc.sql("SELECT u.id FROM pengguna u JOIN pejabat p ON p.tenant_id = u.tenant_id"
                        + " AND p.nip = u.nip WHERE u.tenant_id = ? AND p.id = ? AND u.peran = 'PIMPINAN' AND u.aktif"
                        + " UNION SELECT u.id FROM pengguna u JOIN kepala_daerah k ON k.tenant_id = u.tenant_id"
                        + " AND k.pengguna_id = u.id WHERE u.tenant_id = ? AND k.pejabat_id = ? AND u.peran = 'PIMPINAN'"
                        + " AND u.aktif")
                .params(e.tenantId(), e.pejabatId(), e.tenantId(), e.pejabatId())
                .query(Long.class)
                .list();
        kirim(
                e.tenantId(),
                pemilik.isEmpty() ? berperan(e.tenantId(), "PIMPINAN") : pemilik,
                e.oleh(),
                e.judul() + " menunggu tanda tangan.",
                "penerbitan");
    }

    private void kirim(long tenant, Collection<Long> penerima, String oleh, String pesan, String tautan) {
        String teks = pesan.length() > 600 ? pesan.substring(0, 599) + "…" : pesan;
        for (long pengguna : penerima) {
            jdbc.sql("INSERT INTO notifikasi (tenant_id, pengguna_id, pesan, tautan, dibuat_pada)"
                            + " SELECT tenant_id, id, ?, ?, ? FROM pengguna WHERE tenant_id = ? AND id = ?"
                            + " AND username <> ?")
                    .params(teks, tautan, clock.instant(), tenant, pengguna, oleh)
                    .update();
        }
    }

    private List<Long> berperan(long tenant, String peran) {
        return jdbc.sql("SELECT id FROM pengguna WHERE tenant_id = ? AND peran = ? AND aktif ORDER BY id")
                .params(tenant, peran)
                .query(Long.class)
                .list();
    }

    /**
     * The operators of the year's agency and the region-wide ones (no agency), not the operators of the region's
     * other agencies.
     */
    private List<Long> operator(PersetujuanBerpindah e) {
        return jdbc.sql("SELECT id FROM pengguna WHERE tenant_id = ? AND peran = 'OPERATOR' AND aktif"
                        + " AND (perangkat_daerah_id IS NULL OR perangkat_daerah_id = ?) ORDER BY id")
                .params(e.tenantId(), e.perangkatDaerahId())
                .query(Long.class)
                .list();
    }

    /** The account that submitted the year, when the rejection came straight after the submission. */
    private Optional<Long> pengaju(PersetujuanBerpindah e) {
        if (e.dari() != StatusPersetujuan.DIAJUKAN || e.pengaju() == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM pengguna WHERE tenant_id = ? AND username = ? AND aktif")
                .params(e.tenantId(), e.pengaju())
                .query(Long.class)
                .optional();
    }
}
