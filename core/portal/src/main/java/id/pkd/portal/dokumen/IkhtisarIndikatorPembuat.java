package id.pkd.portal.dokumen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.penerbitan.BlokTandaTangan;
import id.pkd.portal.penerbitan.DokumenSiapTerbit;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.reports.document.BarisIndikator;
import id.pkd.reports.document.IkhtisarIndikator;
import id.pkd.reports.document.IkhtisarIndikatorReport;
import id.pkd.reports.document.Penandatangan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The "Ikhtisar Indikator Kinerja" of an agency as an issuable document, signed by its head (eselon II). It
 * stands in for the LKIP, RKPD and PK documents until those exist, and serves the issuing tests.
 */
@Component
class IkhtisarIndikatorPembuat implements PembuatDokumen {

    static final String JENIS = "IKHTISAR";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final float LEBAR_BLOK = 230;
    private static final float TINGGI_BLOK = 50;

    private final DaerahService daerah;
    private final PerencanaanService perencanaan;
    private final PluginDaerahService plugins;
    private final TandaTanganService tandaTangan;
    private final IkhtisarIndikatorReport laporan = new IkhtisarIndikatorReport();
    private final WaktuDaerah waktu;

    IkhtisarIndikatorPembuat(
            DaerahService daerah,
            PerencanaanService perencanaan,
            PluginDaerahService plugins,
            TandaTanganService tandaTangan,
            WaktuDaerah waktu) {
        this.daerah = daerah;
        this.perencanaan = perencanaan;
        this.plugins = plugins;
        this.tandaTangan = tandaTangan;
        this.waktu = waktu;
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
        return perencanaan.daftarPerangkatDaerah().stream()
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
        if (plugins.indikatorAktif().isEmpty()) {
            kurang.add("Belum ada urusan aktif, sehingga tidak ada indikator yang dapat diikhtisarkan.");
        }
        return kurang;
    }

    @Override
    public DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        Daerah d = daerah.saatIni();
        Pejabat kepala = kepala(subjek, tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "subjek", "Belum ada pejabat eselon II (kepala perangkat daerah) sebagai penanda tangan."));
        LocalDate hariIni = tanggal != null ? tanggal : waktu.hariIni();
        List<BarisIndikator> baris = plugins.indikatorAktif().stream()
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
                hariIni,
                new Penandatangan(kepala.nama(), kepala.jabatan(), kepala.nipTercetak()),
                baris);
        byte[] pdf = laporan.renderPdf(data);
        LetakTeks.Letak nama = LetakTeks.cari(pdf, kepala.nama())
                .orElseThrow(() -> new IllegalStateException("Nama penanda tangan tidak ditemukan di PDF"));
        // The signature goes in the space between the position line and the name, centred on the name.
        BlokTandaTangan blok = new BlokTandaTangan(
                kepala.id(),
                "Kepala Perangkat Daerah",
                nama.halaman(),
                nama.tengahX() - LEBAR_BLOK / 2,
                nama.atasY() + 2,
                LEBAR_BLOK,
                TINGGI_BLOK);
        if (draf) {
            pdf = LetakTeks.capDraf(pdf);
        }
        return new DokumenSiapTerbit(
                JENIS,
                nama() + " " + subjek.nama() + " Tahun " + tahun,
                tahun,
                subjek,
                pdf,
                beku(data),
                draf ? List.of() : List.of(blok));
    }

    private Optional<Pejabat> kepala(SubjekDokumen subjek, int tahun) {
        long pdId = pdId(subjek);
        PerangkatDaerah pd = perencanaan.perangkatDaerah(pdId);
        return perencanaan.rencana(pd.id(), tahun).pejabat().stream()
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

    private static String beku(IkhtisarIndikator data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
