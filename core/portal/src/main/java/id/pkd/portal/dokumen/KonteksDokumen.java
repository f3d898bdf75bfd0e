package id.pkd.portal.dokumen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.plugin.SumberBagianLaporan;
import id.pkd.portal.tandatangan.TandaTanganService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.PenggambarGrafik;
import id.pkd.reports.document.PenyusunDokumen;
import id.pkd.reports.document.SegelPengganti;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the three documents share: the one compiled template renderer, the region, its logo, the
 * urusan sections the plugins contribute, and how figures print.
 */
@Component
class KonteksDokumen {

    static final Locale ID_ID = Locale.forLanguageTag("id-ID");

    final PenyusunDokumen penyusun = new PenyusunDokumen();
    final DaerahService daerah;
    final PerencanaanService perencanaan;
    final PengukuranKinerjaService pengukuran;
    final TeksDokumenService teks;
    final LogoDaerahService logo;
    final PluginDaerahService plugin;
    final List<SumberBagianLaporan> sumberBagian;
    final WaktuDaerah waktu;
    final KepalaDaerahService kepalaDaerah;
    private final TandaTanganService tandaTangan;
    private final ObjectMapper json;
    /** The national and provincial figures the per-IKU analysis compares with. */
    final id.pkd.portal.pembanding.PembandingIndikatorService pembanding;

    KonteksDokumen(
            DaerahService daerah,
            PerencanaanService perencanaan,
            PengukuranKinerjaService pengukuran,
            TeksDokumenService teks,
            LogoDaerahService logo,
            PluginDaerahService plugin,
            List<SumberBagianLaporan> sumberBagian,
            TandaTanganService tandaTangan,
            WaktuDaerah waktu,
            KepalaDaerahService kepalaDaerah,
            ObjectMapper json,
            id.pkd.portal.pembanding.PembandingIndikatorService pembanding) {
        this.daerah = daerah;
        this.perencanaan = perencanaan;
        this.pengukuran = pengukuran;
        this.teks = teks;
        this.logo = logo;
        this.plugin = plugin;
        this.sumberBagian = List.copyOf(sumberBagian);
        this.tandaTangan = tandaTangan;
        this.waktu = waktu;
        this.kepalaDaerah = kepalaDaerah;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.pembanding = pembanding;
    }

    /**
     * What keeps an official from signing: missing NIP, jabatan or rank in the record, or no way to
     * sign (no certificate uploaded, when the tenant does not sign through BSrE).
     */
    void periksaPenanda(Pejabat p, String peran, List<String> hasil) {
        if (PembuatPerjanjianKinerja.kosong(p.nip())) {
            hasil.add(peran + " " + p.nama() + ": NIP penanda tangan belum diisi.");
        }
        if (PembuatPerjanjianKinerja.kosong(p.jabatan())) {
            hasil.add(peran + " " + p.nama() + ": jabatan penanda tangan belum diisi.");
        }
        if (PembuatPerjanjianKinerja.kosong(p.pangkat()) || PembuatPerjanjianKinerja.kosong(p.golongan())) {
            hasil.add(peran + " " + p.nama() + ": pangkat/golongan penanda tangan belum diisi.");
        }
        tandaTangan.kendala(p.id()).forEach(k -> hasil.add(peran + ": " + k));
    }

    /**
     * What keeps a head of region from signing: only the way to sign. A Bupati, Wali Kota or Gubernur holds no NIP
     * and no civil-service rank, so the block prints name and jabatan alone.
     */
    void periksaPenanda(KepalaDaerah k, String peran, List<String> hasil) {
        tandaTangan.kendala(k.pejabatId()).forEach(x -> hasil.add(peran + ": " + x));
    }

    /**
     * The head of region who is the pihak kedua of a head of agency's PK dated {@code tanggal}: the one in office
     * then (menu Kepala Daerah), unless the agreement names someone else by hand. An agreement that names the same
     * person (the plan import's way) is theirs too, so they sign it.
     */
    Optional<KepalaDaerah> kepalaPihakKedua(RencanaTahunan r, PerjanjianKinerja pk, LocalDate tanggal) {
        if (r.pejabat(pk.pihakKeduaPejabatId()).isPresent()) {
            return Optional.empty();
        }
        return kepalaDaerah
                .menjabat(r.tahun(), tanggal)
                .filter(k -> PembuatPerjanjianKinerja.kosong(pk.pihakKeduaNama())
                        || samaNama(k.nama(), pk.pihakKeduaNama()));
    }

    private static boolean samaNama(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    Daerah daerahIni() {
        return daerah.saatIni();
    }

    byte[] logoAtauSegel(Daerah d) {
        return logo.logo().orElseGet(() -> SegelPengganti.png(d.nama()));
    }

    /** "Paringin, 31 Januari 2023": the place and the date the document carries, not the day it was rendered. */
    String tempatTanggal(Daerah d, LocalDate tanggal) {
        return d.tempatPenandatanganan() + ", " + ZonaWaktuDaerah.tanggal(tanggal);
    }

    /** Every section the tenant's enabled plugins contribute to this place. */
    List<BagianLaporanUrusan> bagianUrusan(BagianLaporanUrusan.Tempat tempat, long perangkatDaerahId, int tahun) {
        List<BagianLaporanUrusan> hasil = new ArrayList<>();
        for (SumberBagianLaporan s : sumberBagian) {
            hasil.addAll(s.bagian(tempat, perangkatDaerahId, tahun));
        }
        return hasil;
    }

    /**
     * A plugin section as blocks: its subreport, then each of its charts from the one renderer. The section heading
     * the caller prints and the subreport's caption name the section; the subreport's own title and the chart's title
     * would only repeat them, so they are left out and a chart named like its section is captioned "Grafik …".
     */
    static List<Blok> blokBagian(BagianLaporanUrusan b) {
        List<Blok> blok = new ArrayList<>();
        Map<String, Object> parameter = new HashMap<>(b.parameter());
        // Blank rather than absent: the templates print an absent parameter as "null".
        parameter.put(PARAMETER_JUDUL, "");
        blok.add(new Blok.SubLaporan(b.judul(), b.templat(), parameter, b.baris()));
        for (BagianLaporanUrusan.DataGrafik g : b.grafik()) {
            String keterangan = g.judul().equals(b.judul()) ? "Grafik " + g.judul() : g.judul();
            blok.add(new Blok.Gambar(keterangan, grafikPng(g)));
        }
        return blok;
    }

    /** The subreport parameter the plugin templates print as their title. */
    static final String PARAMETER_JUDUL = "JUDUL";

    /**
     * The chart as PNG: the same bytes the screens show, without a title of its own (the caption under it, or the
     * heading over it on the screen, names it). Series print in the order the section gives.
     */
    static byte[] grafikPng(BagianLaporanUrusan.DataGrafik g) {
        return PenggambarGrafik.batangPng(null, g.sumbuKategori(), g.sumbuNilai(), g.kategori(), g.seri());
    }

    String namaUrusan(String kode) {
        return plugin.indikatorAktif().stream()
                .filter(i -> i.urusan().kode().equals(kode))
                .map(i -> i.urusan().nama())
                .findFirst()
                .orElse("Urusan " + kode);
    }

    String keJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Data dokumen tidak dapat dibekukan sebagai JSON.", e);
        }
    }

    static long idDari(String kode, String awalan) {
        if (kode == null || !kode.startsWith(awalan + ":")) {
            throw new DataTidakDitemukanException("Subjek dokumen");
        }
        try {
            return Long.parseLong(kode.substring(awalan.length() + 1));
        } catch (NumberFormatException e) {
            throw new DataTidakDitemukanException("Subjek dokumen");
        }
    }

    static String angka(Optional<BigDecimal> nilai) {
        return nilai.map(AngkaIndonesia::formatRingkas).orElse("-");
    }

    static String angka(BigDecimal nilai) {
        return nilai == null ? "-" : AngkaIndonesia.formatRingkas(nilai);
    }

    static String persen(Optional<BigDecimal> terbulat) {
        return terbulat.map(v -> AngkaIndonesia.format(v, 2)).orElse("-");
    }

    /** A value with its unit as the LKIP prints it: "68,72%", "92,33", "17,4". */
    static String nilaiSatuan(Optional<BigDecimal> nilai, String satuan) {
        return nilai.map(v -> AngkaIndonesia.formatRingkas(v) + ("%".equals(satuan) ? "%" : ""))
                .orElse("-");
    }

    /**
     * A value followed by its unit, as targets are agreed: "12.000 KK", "68,72%", "3 Dokumen". For tables with no
     * unit column, where a bare "12.000" would not say what was promised.
     */
    static String nilaiBersatuan(Optional<BigDecimal> nilai, String satuan) {
        return nilai.map(v -> AngkaIndonesia.formatRingkas(v) + akhiranSatuan(satuan))
                .orElse("-");
    }

    private static String akhiranSatuan(String satuan) {
        if (satuan == null || satuan.isBlank()) {
            return "";
        }
        String s = satuan.strip();
        return "%".equals(s) ? "%" : " " + s;
    }

    static Map<String, Object> peta(Object... kunciNilai) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kunciNilai.length; i += 2) {
            m.put((String) kunciNilai[i], kunciNilai[i + 1]);
        }
        return m;
    }
}
