package id.pkd.portal.persetujuan;

import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.plugin.PemegangUrusan;
import id.pkd.portal.plugin.PenjagaDataUrusan;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one write guard: every path that can move an agency-year's figures asks it inside its own
 * transaction. It first takes the agency's row lock, the same lock every approval step takes, so a
 * write and a submission are serialised: a write either lands before the figures are frozen or is
 * refused. Then it reads the status with a locking read (the latest committed one). Locked are
 * Diajukan, Diverifikasi and Ditetapkan, except an indicator the admin reopened. A writer of one
 * realisasi row takes the agency's lock shared and reads the status under a shared lock, in one
 * statement (it locks its own row itself): saves of one agency-year then run side by side instead of
 * one after another, and still exclude an approval step, which takes the agency exclusively before it
 * changes the status (issue 16: a save's cost, most of it round trips to the database).
 */
@Component
class PenjagaKunci implements PenjagaPerubahan, PenjagaDataUrusan {

    private final PersetujuanRepository persetujuan;
    private final PemegangUrusan pemegangUrusan;

    PenjagaKunci(PersetujuanRepository persetujuan, PemegangUrusan pemegangUrusan) {
        this.persetujuan = persetujuan;
        this.pemegangUrusan = pemegangUrusan;
    }

    /** An agency-year under its lock: the agency's name and its status read after taking the lock. */
    record Dikunci(String namaPerangkatDaerah, Persetujuan persetujuan) {

        StatusPersetujuan status() {
            return persetujuan.status();
        }
    }

    /** Takes the agency's lock and reads the year's status; for the guard and the approval steps alike. */
    Dikunci kunci(long perangkatDaerahId, int tahun) {
        return kunci(perangkatDaerahId, tahun, false);
    }

    private Dikunci kunci(long perangkatDaerahId, int tahun, boolean bersama) {
        // Checked by hand rather than with @Transactional(MANDATORY): a refusal must not mark the
        // caller's transaction rollback-only, since the plan import collects refusals and goes on.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Penjaga perubahan dipanggil di luar transaksi penulisan.");
        }
        long tenant = TenantContext.wajib().value();
        if (bersama) {
            // One round trip for both locks: a save's cost is mostly its round trips to the database (issue 16).
            PersetujuanRepository.StatusBersama s = persetujuan
                    .kunciPerangkatDaerahBersama(tenant, perangkatDaerahId, tahun)
                    .orElseThrow(() -> new DataTidakDitemukanException("Perangkat daerah"));
            StatusPersetujuan status = s.status() == null ? StatusPersetujuan.DRAFT : s.status();
            return new Dikunci(
                    s.nama(),
                    new Persetujuan(
                            tenant, perangkatDaerahId, tahun, status, s.alasan(), s.diubahOleh(), s.diubahPada()));
        }
        String nama = persetujuan
                .kunciPerangkatDaerah(tenant, perangkatDaerahId)
                .orElseThrow(() -> new DataTidakDitemukanException("Perangkat daerah"));
        Persetujuan p = persetujuan
                .cariTerkunci(tenant, perangkatDaerahId, tahun)
                .orElse(new Persetujuan(tenant, perangkatDaerahId, tahun, StatusPersetujuan.DRAFT, null, null, null));
        return new Dikunci(nama, p);
    }

    @Override
    public void pastikanBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId) {
        periksa(kunci(perangkatDaerahId, tahun), indikatorId);
    }

    @Override
    public void pastikanRealisasiBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId) {
        periksa(kunci(perangkatDaerahId, tahun, true), indikatorId);
    }

    private void periksa(Dikunci d, long indikatorId) {
        if (d.status().bolehDiubah()) {
            return;
        }
        if (d.status() == StatusPersetujuan.DITETAPKAN
                && persetujuan.jumlahDibuka(
                                d.persetujuan().tenantId(),
                                indikatorId,
                                d.persetujuan().tahun())
                        > 0) {
            return;
        }
        throw terkunci(d);
    }

    @Override
    public void pastikanBolehDiubah(long perangkatDaerahId, int tahun) {
        Dikunci d = kunci(perangkatDaerahId, tahun);
        if (!d.status().bolehDiubah()) {
            throw terkunci(d);
        }
    }

    @Override
    public void pastikanDaerahBolehDiubah(int tahun) {
        // every agency's lock in id order, the order the other multi-agency writers take them in
        for (long pdId : persetujuan.semuaPerangkatDaerah(TenantContext.wajib().value())) {
            Dikunci d = kunci(pdId, tahun);
            if (!d.status().bolehDiubah()) {
                throw terkunci(d);
            }
        }
    }

    @Override
    public void kunciPerangkatDaerah(Collection<String> kode) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Kunci perangkat daerah diambil di luar transaksi penulisan.");
        }
        if (!kode.isEmpty()) {
            persetujuan.kunciPerangkatDaerahKode(TenantContext.wajib().value(), kode);
        }
    }

    @Override
    public void pastikanBolehDiubah(String pluginId, int tahun, boolean diDokumen) {
        long tenant = TenantContext.wajib().value();
        // The agencies reporting the plugin's sections (read once for the path), then those whose realisasi the
        // plugin computes; another urusan's agency submitting its year leaves the form open.
        Set<Long> pemegang =
                diDokumen ? new TreeSet<>(pemegangUrusan.lingkup(tahun).pemegangPlugin(pluginId)) : Set.of();
        // In id order, the same order for every writer, so two imports never wait on each other in a circle.
        TreeSet<Long> bergantung = new TreeSet<>(pemegang);
        bergantung.addAll(persetujuan.bergantungPadaPlugin(tenant, pluginId));
        for (long pdId : bergantung) {
            Dikunci d = kunci(pdId, tahun);
            if (!d.status().bolehDiubah()) {
                String peran = pemegang.contains(pdId) ? "dilaporkan dalam LKIP " : "menjadi realisasi ";
                throw new DataTerkunciException("Data urusan ini " + peran + d.namaPerangkatDaerah() + ". " + pesan(d)
                        + " Data tahun " + tahun + " tidak dapat diubah.");
            }
        }
    }

    static DataTerkunciException terkunci(Dikunci d) {
        return new DataTerkunciException(pesan(d));
    }

    private static String pesan(Dikunci d) {
        Persetujuan p = d.persetujuan();
        String sebab = p.status() == StatusPersetujuan.DITETAPKAN
                ? "sudah ditetapkan dan terkunci; minta Admin Daerah membukanya kembali"
                : "sedang dalam proses persetujuan (" + p.status().label().toLowerCase()
                        + ") dan terkunci sampai ditolak atau dibuka kembali";
        return "Realisasi tahun " + p.tahun() + " " + d.namaPerangkatDaerah() + " " + sebab + ".";
    }
}
