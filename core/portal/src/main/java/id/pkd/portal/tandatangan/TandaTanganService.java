package id.pkd.portal.tandatangan;

import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.reports.signing.PermintaanTandaTangan;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The signing feature's API: who signs how, and the signature itself. A tenant with an active BSrE service
 * signs through it; otherwise each official signs with the PKCS#12 the tenant admin uploaded.
 */
@Service
public class TandaTanganService {

    private static final Logger log = LoggerFactory.getLogger(TandaTanganService.class);

    private final DataTandaTangan data;
    private final PengaturanBsreService bsre;
    private final Map<JenisPenandatangan, Penandatangan> penandatangan;
    private final PenggunaService pengguna;

    TandaTanganService(
            DataTandaTangan data,
            PengaturanBsreService bsre,
            List<Penandatangan> penandatangan,
            PenggunaService pengguna) {
        this.data = data;
        this.bsre = bsre;
        this.pengguna = pengguna;
        this.penandatangan =
                penandatangan.stream().collect(Collectors.toMap(Penandatangan::jenis, Function.identity()));
    }

    public PejabatPenandatangan pejabat(long pejabatId) {
        return data.pejabat(TenantContext.wajib().value(), pejabatId)
                .orElseThrow(() -> new DataTidakDitemukanException("Pejabat"));
    }

    /** How this official signs now. */
    public JenisPenandatangan cara(long pejabatId) {
        long t = TenantContext.wajib().value();
        if (bsre.aktif(t)) {
            return JenisPenandatangan.BSRE;
        }
        return data.kunci(t, pejabatId)
                        .filter(k -> k.sumber() == DataTandaTangan.SumberKunci.CA_DAERAH)
                        .isPresent()
                ? JenisPenandatangan.CA_DAERAH
                : JenisPenandatangan.PKCS12;
    }

    /** What stops this official from signing, in Bahasa Indonesia; empty when they can sign. */
    public List<String> kendala(long pejabatId) {
        long t = TenantContext.wajib().value();
        var p = data.pejabat(t, pejabatId);
        if (p.isEmpty()) {
            return List.of("Penanda tangan tidak tercatat sebagai pejabat daerah ini.");
        }
        if (cara(pejabatId) == JenisPenandatangan.PKCS12
                && data.kunci(t, pejabatId).isEmpty()) {
            return List.of(p.get().nama() + " belum memiliki sertifikat tanda tangan (diunggah atau diterbitkan dari CA"
                    + " daerah oleh Admin Daerah di menu Sertifikat Pejabat).");
        }
        return List.of();
    }

    /**
     * Signs as the official. The passphrase is used for this signature only and is never stored or logged.
     *
     * @throws TandaTanganGagalException with the message to show as it is
     */
    @Secured("ROLE_PIMPINAN")
    public byte[] tandatangani(long pejabatId, byte[] pdf, PermintaanTandaTangan permintaan, Kredensial kredensial) {
        PejabatPenandatangan pejabat = pejabat(pejabatId);
        JenisPenandatangan jenis = cara(pejabatId);
        if (jenis == JenisPenandatangan.CA_DAERAH) {
            pastikanPemilikKunci(pejabat);
        }
        long mulai = System.nanoTime();
        // A CA-issued key is a local PKCS#12 too; only the passphrase differs, which that signer reads from the key.
        Penandatangan p = penandatangan.get(jenis == JenisPenandatangan.CA_DAERAH ? JenisPenandatangan.PKCS12 : jenis);
        byte[] hasil = p.tandatangani(pejabat, pdf, permintaan, kredensial);
        log.info(
                "Dokumen ditandatangani oleh pejabat {} lewat {} dalam {} ms",
                pejabatId,
                jenis,
                (System.nanoTime() - mulai) / 1_000_000);
        return hasil;
    }

    /**
     * A key the region's CA issued has no passphrase (the portal holds the only copy), so the passphrase no longer
     * proves that the official is the one signing. The signed-in account takes its place: only the account whose
     * NIP is the official's may use that key, and that account signs in with a second factor. A head of region,
     * who has no NIP, is bound through the account the Kepala Daerah record links instead.
     */
    private void pastikanPemilikKunci(PejabatPenandatangan pejabat) {
        String masuk = SecurityContextHolder.getContext().getAuthentication().getName();
        if (pejabat.nip() == null) {
            // A head of region has no NIP: the account the Kepala Daerah record links is theirs.
            Long akun = data.akunKepalaDaerah(TenantContext.wajib().value(), pejabat.id())
                    .orElse(null);
            if (akun == null
                    || !akun.equals(
                            pengguna.cariSaatIni(masuk).map(Pengguna::id).orElse(null))) {
                throw new TandaTanganGagalException("Kunci dari CA daerah milik " + pejabat.nama()
                        + " hanya dapat dipakai oleh akun penanda tangan yang ditautkan ke kepala daerah itu (menu"
                        + " Kepala Daerah); masuk dengan akun itu untuk menandatangani.");
            }
            return;
        }
        String nipAkun = pengguna.cariSaatIni(masuk).map(Pengguna::nip).orElse(null);
        // Both columns hold the 18 digits only (ck_pengguna_nip, ck_pejabat_nip).
        if (nipAkun == null || !nipAkun.equals(pejabat.nip())) {
            throw new TandaTanganGagalException("Kunci dari CA daerah milik " + pejabat.nama()
                    + " hanya dapat dipakai oleh akun pejabat itu sendiri (NIP akun harus sama dengan NIP pejabat);"
                    + " masuk dengan akun " + pejabat.nama() + " untuk menandatangani.");
        }
    }
}
