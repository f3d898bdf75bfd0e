package id.pkd.portal.pengguna;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal operator repairs a tenant whose admins cannot act (all deactivated, locked out, or their passwords
 * forgotten): it sees the tenant's users and may act on its Admin Daerah accounts only. Every action names its
 * tenant explicitly (the operator belongs to none) and goes to that tenant's trail, as the operator's.
 */
@Service
public class PemulihanDaerahService {

    private static final Logger LOG = LoggerFactory.getLogger(PemulihanDaerahService.class);

    private final PenggunaRepository pengguna;
    private final PenggunaService layanan;
    private final KataSandiService kataSandi;
    private final PembatasMasuk pembatas;
    private final PengenalAkun pengenal;
    private final JejakAuditService jejak;

    PemulihanDaerahService(
            PenggunaRepository pengguna,
            PenggunaService layanan,
            KataSandiService kataSandi,
            PembatasMasuk pembatas,
            PengenalAkun pengenal,
            JejakAuditService jejak) {
        this.pengguna = pengguna;
        this.layanan = layanan;
        this.kataSandi = kataSandi;
        this.pembatas = pembatas;
        this.pengenal = pengenal;
        this.jejak = jejak;
    }

    /** One user of a tenant as the operator sees it; {@code terkunciSampai} null when sign-in is not locked. */
    public record RingkasanPengguna(
            long id, String username, String namaLengkap, Peran peran, boolean aktif, LocalDateTime terkunciSampai) {

        public boolean admin() {
            return peran == Peran.ADMIN_DAERAH;
        }
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional(readOnly = true)
    public List<RingkasanPengguna> daftar(TenantId tenant) {
        return pengguna.semua(tenant.value()).stream()
                .map(p -> new RingkasanPengguna(
                        p.id(),
                        p.username(),
                        p.namaLengkap(),
                        p.peran(),
                        p.aktif(),
                        pembatas.akunTerkunciSampai(pengenal.kunci(p)).orElse(null)))
                .toList();
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public Pengguna tambahAdmin(TenantId tenant, PenggunaBaru admin) {
        return layanan.tambahAdminPertama(tenant, admin);
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void aktifkanAdmin(TenantId tenant, long id) {
        Pengguna p = admin(tenant, id);
        if (!p.aktif()) {
            pengguna.save(p.denganAktif(true));
            jejak.catatSebagai(
                    tenant,
                    JejakAuditService.pelaku(),
                    PenggunaService.JENIS_JEJAK,
                    p.id(),
                    "aktif",
                    "nonaktif",
                    "aktif");
        }
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void bukaKunciMasukAdmin(TenantId tenant, long id) {
        layanan.bukaKunciMasuk(tenant, admin(tenant, id));
    }

    /** The admin's temporary password, shown once; it must be changed at the next sign-in. */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public String aturUlangSandiAdmin(TenantId tenant, long id) {
        return kataSandi.aturUlang(tenant, admin(tenant, id));
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional(readOnly = true)
    public List<PembatasMasuk.AlamatTerkunci> alamatTerkunci() {
        return pembatas.alamatTerkunci();
    }

    /** An address belongs to no tenant: the unlock goes to the log, with who did it. */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void bukaKunciAlamat(String alamat) {
        pembatas.bukaKunciAlamat(alamat);
        LOG.info("Kunci masuk alamat {} dibuka oleh {}", alamat, JejakAuditService.pelaku());
    }

    /** The operator acts on a tenant's admins only; any other id is simply not found. */
    private Pengguna admin(TenantId tenant, long id) {
        return pengguna.cari(tenant.value(), id)
                .filter(p -> p.peran() == Peran.ADMIN_DAERAH)
                .orElseThrow(() -> new DataTidakDitemukanException("Admin Daerah"));
    }
}
