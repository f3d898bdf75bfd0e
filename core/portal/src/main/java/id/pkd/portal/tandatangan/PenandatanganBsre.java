package id.pkd.portal.tandatangan;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.reports.signing.PermintaanTandaTangan;
import id.pkd.reports.signing.TampilanTandaTangan;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Signs through the tenant's BSrE Esign Client Service with the official's NIK and passphrase. */
@Component
class PenandatanganBsre implements Penandatangan {

    private final PengaturanBsreService pengaturan;

    PenandatanganBsre(PengaturanBsreService pengaturan) {
        this.pengaturan = pengaturan;
    }

    @Override
    public JenisPenandatangan jenis() {
        return JenisPenandatangan.BSRE;
    }

    @Override
    public byte[] tandatangani(
            PejabatPenandatangan pejabat, byte[] pdf, PermintaanTandaTangan permintaan, Kredensial kredensial) {
        if (kredensial.nik() == null || !kredensial.nik().strip().matches("\\d{16}")) {
            throw new TandaTanganGagalException("NIK harus 16 angka.");
        }
        if (kredensial.passphrase() == null || kredensial.passphrase().length == 0) {
            throw new TandaTanganGagalException("Passphrase BSrE wajib diisi.");
        }
        KlienBsre klien = pengaturan.klien(TenantContext.wajib().value());
        TampilanTandaTangan t = permintaan.tampilan();
        KlienBsre.SifatTandaTangan sifat = new KlienBsre.SifatTandaTangan(
                t.png(), t.halaman(), t.x(), t.y(), t.lebar(), t.tinggi(), permintaan.alasan(), permintaan.lokasi());
        byte[] hasil = klien.tandatangani(kredensial.nik().strip(), kredensial.passphrase(), sifat, pdf);
        if (hasil.length < 5 || !new String(hasil, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new TandaTanganGagalException("Layanan BSrE mengembalikan berkas yang bukan PDF.");
        }
        return hasil;
    }
}
