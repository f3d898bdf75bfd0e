package id.pkd.portal.daerah;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DaerahService {

    private final DaerahRepository daerah;
    private final PenggunaService pengguna;
    private final JejakAuditService jejak;

    DaerahService(DaerahRepository daerah, PenggunaService pengguna, JejakAuditService jejak) {
        this.jejak = jejak;
        this.daerah = daerah;
        this.pengguna = pengguna;
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional(readOnly = true)
    public List<Daerah> semua() {
        return daerah.semua();
    }

    /** The tenant of the signed-in user. */
    @Transactional(readOnly = true)
    public Daerah saatIni() {
        return daerah.cari(TenantContext.wajib().value())
                .orElseThrow(() -> new DataTidakDitemukanException("Pemerintah daerah"));
    }

    /**
     * Registers a tenant and its first admin in one transaction: either both are saved or neither.
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public Daerah daftarkan(DaerahBaru baru) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String kode = baru.kodeWilayah() == null ? "" : baru.kodeWilayah().strip();
        KodeWilayah.periksa(kode).ifPresent(pesan -> salah.tambah("kodeWilayah", pesan));
        if (baru.jenis() == null) {
            salah.tambah("jenis", "Jenis daerah wajib dipilih.");
        } else if (!salah.ada("kodeWilayah")) {
            new KodeWilayah(kode).periksaJenis(baru.jenis()).ifPresent(pesan -> salah.tambah("kodeWilayah", pesan));
        }
        if (!salah.ada("kodeWilayah")) {
            daerah.cariKode(kode)
                    .ifPresent(ada -> salah.tambah(
                            "kodeWilayah", "Kode wilayah " + kode + " sudah terdaftar untuk " + ada.nama() + "."));
        }
        if (baru.nama() == null || baru.nama().isBlank()) {
            salah.tambah("nama", "Nama daerah wajib diisi (mis. Kabupaten Balangan).");
        }
        salah.lemparJikaAda();
        Daerah tersimpan;
        try {
            tersimpan = daerah.save(new Daerah(
                    null, kode, baru.nama().strip(), baru.jenis(), Teks.kosongJadiNull(baru.ibuKota()), Instant.now()));
        } catch (DuplicateKeyException e) {
            throw IsianTidakSahException.pada("kodeWilayah", "Kode wilayah " + kode + " sudah terdaftar.");
        }
        // The new tenant's trail starts with its registration by the portal operator.
        jejak.catatSebagai(
                tersimpan.tenantId(),
                JejakAuditService.pelaku(),
                "daerah",
                tersimpan.tenantId().value(),
                "didaftarkan",
                null,
                tersimpan.kodeWilayah() + " " + tersimpan.nama());
        pengguna.tambahAdminPertama(tersimpan.tenantId(), baru.admin());
        return tersimpan;
    }
}
