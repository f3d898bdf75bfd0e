package id.pkd.portal.penerbitan;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.PejabatPenandatangan;
import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.reports.signing.GambarTandaTangan;
import id.pkd.reports.signing.PermintaanTandaTangan;
import id.pkd.reports.signing.TampilanTandaTangan;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing one block of a registered document. The signature itself (a BSrE call can take a minute) is made with
 * no transaction, row lock or pooled connection held: the document is read, signed, and the result is stored by a
 * compare-and-set on the document's hash in a short transaction. A signature or re-issue that came first, or an
 * agency-year reopened meanwhile, is reported with a clear message and nothing is overwritten.
 */
@Component
class PenandatangananDokumen {

    private final RegistriDokumen registri;
    private final SyaratTerbit syarat;
    private final TandaTanganService tandaTangan;
    private final DaerahService daerah;
    private final JejakAuditService jejak;
    private final TransactionTemplate transaksi;
    private final WaktuDaerah waktu;
    private final ApplicationEventPublisher peristiwa;

    PenandatangananDokumen(
            RegistriDokumen registri,
            SyaratTerbit syarat,
            TandaTanganService tandaTangan,
            DaerahService daerah,
            JejakAuditService jejak,
            TransactionTemplate transaksi,
            WaktuDaerah waktu,
            ApplicationEventPublisher peristiwa) {
        this.registri = registri;
        this.syarat = syarat;
        this.tandaTangan = tandaTangan;
        this.daerah = daerah;
        this.jejak = jejak;
        this.transaksi = transaksi;
        this.waktu = waktu;
        this.peristiwa = peristiwa;
    }

    /** Signs the next block of {@code d}; the caller checked the role and clears the credential. */
    DokumenTerbit tandatangani(DokumenTerbit d, PembuatDokumen pembuat, String alamat, Kredensial kredensial) {
        long t = TenantContext.wajib().value();
        Daerah wilayah = daerah.saatIni();
        String tempat = wilayah.tempatPenandatanganan();
        BlokTandaTangan blok = d.blokBerikutnya();
        if (blok == null) {
            throw new TandaTanganGagalException("Dokumen ini sudah ditandatangani lengkap.");
        }
        pastikanVersiTerakhir(d);
        SyaratTerbit.tolakBilaAda(
                syarat.statusBelumSah(pembuat, new SubjekDokumen(d.subjekKode(), d.subjekNama()), d.tahun()));
        PejabatPenandatangan pejabat = tandaTangan.pejabat(blok.pejabatId());
        String cara = tandaTangan.cara(pejabat.id()).name();
        byte[] semula = registri.pdf(t, d.id());
        Instant kini = waktu.kini();
        byte[] hasil = tandaTangan.tandatangani(
                pejabat.id(),
                semula,
                permintaan(d, blok, pejabat, tempat, alamat, waktu.zona().waktu(kini)),
                kredensial);
        String sha = PenerbitanService.sha256(hasil);
        int urutan = d.penandatangan().size() + 1;
        boolean lengkap = urutan == d.blok().size();
        return transaksi.execute(s -> {
            boolean tersimpan = registri.simpanTandaTangan(
                    t,
                    d.id(),
                    d.sha256(),
                    hasil,
                    sha,
                    lengkap ? DokumenTerbit.StatusDokumen.TERBIT : DokumenTerbit.StatusDokumen.MENUNGGU_TANDA_TANGAN,
                    lengkap ? kini : null,
                    new DokumenTerbit.Penanda(
                            urutan, pejabat.id(), pejabat.nama(), pejabat.nip(), blok.peran(), cara, kini),
                    JejakAuditService.pelaku());
            if (!tersimpan) {
                throw new PenerbitanDitolakException("Dokumen " + d.nomor() + " sudah ditandatangani atau diubah"
                        + " pihak lain selama tanda tangan ini dibuat, sehingga tanda tangan ini tidak disimpan."
                        + " Muat ulang registri untuk melihat keadaannya.");
            }
            pastikanVersiTerakhir(d);
            jejak.catat(
                    PenerbitanService.JENIS_JEJAK,
                    d.id(),
                    "tanda tangan " + urutan,
                    null,
                    "blok " + blok.peran() + "; penanda tangan " + pejabat.nama()
                            + (pejabat.nip() == null ? "" : " (NIP " + pejabat.nip() + ")") + "; cara " + cara
                            + "; sha256 " + sha);
            if (!lengkap) {
                // the next party (a PK's pihak kedua) is told now, in the transaction that stored this signature
                peristiwa.publishEvent(new DokumenMenungguTandaTangan(
                        t, d.id(), d.judul(), d.blok().get(urutan).pejabatId(), JejakAuditService.pelaku()));
            }
            return registri.cari(t, d.id()).orElseThrow();
        });
    }

    /** A version superseded by a re-issue is not signed any further: the newer one is what counts. */
    private void pastikanVersiTerakhir(DokumenTerbit d) {
        int terakhir = registri.versiTerakhir(d);
        if (terakhir > d.versi()) {
            throw new PenerbitanDitolakException("Dokumen " + d.nomor() + " (versi " + d.versi()
                    + ") sudah digantikan versi " + terakhir + "; tanda tangani versi terbaru.");
        }
    }

    private PermintaanTandaTangan permintaan(
            DokumenTerbit d,
            BlokTandaTangan blok,
            PejabatPenandatangan pejabat,
            String tempat,
            String alamat,
            String waktuDaerah) {
        String nip = pejabat.nip() == null ? null : new Nip(pejabat.nip()).tercetak();
        byte[] gambar = GambarTandaTangan.png(pejabat.nama(), nip, waktuDaerah, alamat, blok.lebar(), blok.tinggi());
        // The reason repeats the stamp's time as text in the region's zone: readers show the signing time in their
        // own zone, and the stamp itself is a picture.
        return new PermintaanTandaTangan(
                d.nomor() + " · " + blok.peran() + " · " + waktuDaerah + " · verifikasi: " + alamat,
                tempat,
                pejabat.nama(),
                new TampilanTandaTangan(blok.halaman(), blok.x(), blok.y(), blok.lebar(), blok.tinggi(), gambar));
    }
}
