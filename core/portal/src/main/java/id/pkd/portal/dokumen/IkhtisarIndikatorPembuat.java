package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.penerbitan.DokumenSiapTerbit;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.document.BarisIndikator;
import id.pkd.reports.document.IkhtisarIndikator;
import id.pkd.reports.document.IkhtisarIndikatorReport;
import id.pkd.reports.document.Penandatangan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The "Ikhtisar Indikator Kinerja" of an agency as an issuable document, signed by its head (eselon II): the active
 * urusan's indicators in one table. Composed as blocks ({@link IkhtisarIndikatorReport#dokumen}) and printed by the
 * master template like the other documents, so it has their one DRAFT mark, footer and caption rules, and its DOCX
 * and XLSX drafts too.
 */
@Component
class IkhtisarIndikatorPembuat extends DokumenResmi {

    static final String JENIS = "IKHTISAR";

    private final TandaTanganService tandaTangan;

    IkhtisarIndikatorPembuat(KonteksDokumen konteks, TandaTanganService tandaTangan) {
        super(konteks);
        this.tandaTangan = tandaTangan;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Ikhtisar Indikator Kinerja";
    }

    @Override
    public List<SubjekDokumen> subjek(int tahun) {
        return konteks.perencanaan.daftarPerangkatDaerah().stream()
                .map(pd -> new SubjekDokumen("pd:" + pd.id(), pd.nama()))
                .toList();
    }

    @Override
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        List<String> kurang = new ArrayList<>();
        try {
            Optional<Pejabat> kepala = kepala(subjek, tahun);
            if (kepala.isEmpty()) {
                kurang.add("Belum ada pejabat eselon II (kepala perangkat daerah) sebagai penanda tangan.");
            } else {
                kurang.addAll(tandaTangan.kendala(kepala.get().id()));
            }
        } catch (IsianTidakSahException e) {
            kurang.add(e.getMessage());
        }
        if (konteks.plugin.indikatorAktif().isEmpty()) {
            kurang.add("Belum ada urusan aktif, sehingga tidak ada indikator yang dapat diikhtisarkan.");
        }
        return kurang;
    }

    /** A draft is never signed, so it maps no signature space (the issuing screens offer none). */
    @Override
    public DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        DokumenSiapTerbit d = super.buat(subjek, tahun, draf, tanggal);
        return draf
                ? new DokumenSiapTerbit(d.jenis(), d.judul(), d.tahun(), d.subjek(), d.pdf(), d.dataBeku(), List.of())
                : d;
    }

    @Override
    Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        Daerah d = konteks.daerahIni();
        Pejabat kepala = kepala(subjek, tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "subjek", "Belum ada pejabat eselon II (kepala perangkat daerah) sebagai penanda tangan."));
        List<BarisIndikator> baris = konteks.plugin.indikatorAktif().stream()
                .map(i -> new BarisIndikator(
                        i.urusan().kode() + " " + i.urusan().nama(),
                        i.indikator().kode(),
                        i.indikator().nama(),
                        i.indikator().satuan(),
                        i.indikator().polaritas().label()))
                .toList();
        IkhtisarIndikator data = new IkhtisarIndikator(
                d.namaPemerintah(),
                d.kodeWilayah(),
                tahun,
                d.tempatPenandatanganan(),
                tanggal,
                new Penandatangan(
                        kepala.nama(),
                        kepala.jabatan(),
                        PembuatPerjanjianKinerja.nip(kepala),
                        PembuatPerjanjianKinerja.pangkat(kepala)),
                baris);
        Map<String, Object> beku = peta(
                "jenis", JENIS,
                "namaDaerah", data.namaDaerah(),
                "kodeWilayah", data.kodeWilayah(),
                "tahun", tahun,
                "tempat", data.tempat(),
                "tanggal", tanggal.toString(),
                "penandatangan", data.penandatangan(),
                "baris", baris);
        return new Isi(
                IkhtisarIndikatorReport.dokumen(data, draf),
                beku,
                Map.of(IkhtisarIndikatorReport.KUNCI_PENANDA, new Penanda(kepala.id(), "Kepala Perangkat Daerah", 0)));
    }

    private Optional<Pejabat> kepala(SubjekDokumen subjek, int tahun) {
        long pdId = pdId(subjek);
        PerangkatDaerah pd = konteks.perencanaan.perangkatDaerah(pdId);
        return konteks.perencanaan.rencana(pd.id(), tahun).pejabat().stream()
                .filter(p -> p.eselon().startsWith("II."))
                .min(Comparator.comparing(Pejabat::eselon));
    }

    private static long pdId(SubjekDokumen subjek) {
        if (!subjek.kode().startsWith("pd:")) {
            throw IsianTidakSahException.pada("subjek", "Subjek dokumen harus perangkat daerah.");
        }
        try {
            return Long.parseLong(subjek.kode().substring(3));
        } catch (NumberFormatException e) {
            throw IsianTidakSahException.pada("subjek", "Subjek dokumen tidak dikenal.");
        }
    }
}
