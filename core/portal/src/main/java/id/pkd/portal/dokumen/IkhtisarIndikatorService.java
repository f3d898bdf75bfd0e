package id.pkd.portal.dokumen;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.reports.document.BarisIndikator;
import id.pkd.reports.document.IkhtisarIndikator;
import id.pkd.reports.document.IkhtisarIndikatorReport;
import id.pkd.reports.document.Penandatangan;
import id.pkd.reports.signing.PadesSigner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Renders the "Ikhtisar Indikator" of the current tenant and signs it as the signed-in pimpinan. */
@Service
class IkhtisarIndikatorService {

    private final DaerahService daerah;
    private final PenggunaService pengguna;
    private final PluginDaerahService plugins;
    private final IkhtisarIndikatorReport laporan = new IkhtisarIndikatorReport();
    private final PadesSigner signer;
    private final Clock jam;

    IkhtisarIndikatorService(
            DaerahService daerah,
            PenggunaService pengguna,
            PluginDaerahService plugins,
            PadesSigner signer,
            Clock jam) {
        this.daerah = daerah;
        this.pengguna = pengguna;
        this.plugins = plugins;
        this.signer = signer;
        this.jam = jam;
    }

    @Secured("ROLE_PIMPINAN")
    DokumenBertandaTangan buatBertandaTangan() {
        Daerah d = daerah.saatIni();
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        Pengguna pimpinan = pengguna.cariSaatIni(username).orElseThrow();
        LocalDate hariIni = LocalDate.now(jam);
        List<BarisIndikator> baris = plugins.indikatorAktif().stream()
                .map(i -> new BarisIndikator(
                        i.urusan().kode() + " " + i.urusan().nama(),
                        i.indikator().kode(),
                        i.indikator().nama(),
                        i.indikator().satuan(),
                        i.indikator().polaritas().label()))
                .toList();
        byte[] pdf = laporan.renderPdf(new IkhtisarIndikator(
                d.namaPemerintah(),
                d.kodeWilayah(),
                hariIni.getYear(),
                d.tempatPenandatanganan(),
                hariIni,
                new Penandatangan(
                        pimpinan.namaLengkap(),
                        pimpinan.jabatan() == null ? "Pimpinan" : pimpinan.jabatan(),
                        pimpinan.nip() == null ? null : pimpinan.nipTercetak()),
                baris));
        byte[] bertandaTangan = signer.sign(
                pdf, "Pengesahan Ikhtisar Indikator Kinerja", d.tempatPenandatanganan(), pimpinan.namaLengkap());
        String berkas = "ikhtisar-indikator-" + d.kodeWilayah().replace('.', '-') + "-" + hariIni.getYear() + ".pdf";
        return new DokumenBertandaTangan(berkas, bertandaTangan);
    }
}
