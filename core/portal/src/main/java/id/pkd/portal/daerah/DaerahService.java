package id.pkd.portal.daerah;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import id.pkd.portal.umum.ZonaWaktu;
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

    /**
     * Sets the zone a region's times are read in ({@code null}: follow its province code), e.g. for a region that
     * keeps its neighbour's zone. Recorded in the region's own trail.
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public Daerah ubahZonaWaktu(long id, ZonaWaktu zona) {
        Daerah lama = daerah.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Pemerintah daerah"));
        if (lama.zonaWaktu() == zona) {
            return lama;
        }
        daerah.ubahZonaWaktu(id, zona == null ? null : zona.name());
        jejak.catatSebagai(
                lama.tenantId(),
                JejakAuditService.pelaku(),
                "daerah",
                id,
                "zona_waktu",
                lama.zonaWaktu() == null ? null : lama.zonaWaktu().name(),
                zona == null ? null : zona.name());
        return daerah.cari(id).orElseThrow();
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
                    null,
                    kode,
                    baru.nama().strip(),
                    baru.jenis(),
                    Teks.kosongJadiNull(baru.ibuKota()),
                    Instant.now(),
                    null));
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
