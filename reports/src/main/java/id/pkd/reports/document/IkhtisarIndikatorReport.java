package id.pkd.reports.document;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Menyusun "Ikhtisar Indikator Kinerja" sebagai blok dokumen: dicetak oleh templat induk yang sama dengan LKIP, bab
 * RKPD dan Perjanjian Kinerja (satu tanda DRAFT, satu kaki halaman bernomor, aturan judul dan keterangan tabel yang
 * sama), sehingga DOCX dan XLSX-nya pun tersedia.
 *
 * <p>{@link #renderPdf} aman dipanggil dari banyak thread sekaligus: {@link PenyusunDokumen} tidak berubah selama
 * pengisian.
 */
public final class IkhtisarIndikatorReport {

    /** {@link Blok.Pihak#kunci()} of the signer, for the signature position the issuing maps. */
    public static final String KUNCI_PENANDA = "kepala";

    static final String JUDUL = "IKHTISAR INDIKATOR KINERJA";

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", PenyusunDokumen.ID_ID);

    // Widths of the former own template (points of the 515 pt text width): the indicator name gets the most room.
    private static final List<Blok.Kolom> KOLOM = List.of(
            Blok.Kolom.angka("No", 28),
            Blok.Kolom.teks("Urusan", 90),
            Blok.Kolom.teks("Kode", 62),
            Blok.Kolom.teks("Indikator", 215),
            Blok.Kolom.teks("Satuan", 60),
            Blok.Kolom.teks("Polaritas", 60));

    private final PenyusunDokumen penyusun;

    /** Mengompilasi templat induk. Mahal (ratusan milidetik): jangan dibuat per permintaan. */
    public IkhtisarIndikatorReport() {
        this(new PenyusunDokumen());
    }

    public IkhtisarIndikatorReport(PenyusunDokumen penyusun) {
        this.penyusun = Objects.requireNonNull(penyusun, "penyusun");
    }

    /**
     * Mengisi templat induk dengan data dan mengekspornya ke PDF (bukan draf).
     *
     * @return isi berkas PDF
     * @throws PembuatanLaporanException bila pengisian atau ekspor gagal
     */
    public byte[] renderPdf(IkhtisarIndikator data) {
        Objects.requireNonNull(data, "data laporan wajib diisi");
        return penyusun.susun(dokumen(data, false), FormatDokumen.PDF).isi();
    }

    /** The Ikhtisar as blocks; {@code draf} prints DRAFT across every page. */
    public static DokumenLaporan dokumen(IkhtisarIndikator data, boolean draf) {
        Objects.requireNonNull(data, "data laporan wajib diisi");
        List<Blok> b = new ArrayList<>();
        b.add(new Blok.Judul(1, JUDUL, null));
        b.add(new Blok.Paragraf(data.namaDaerah(), Blok.Perataan.TENGAH, true));
        b.add(new Blok.Paragraf(
                "Kode Wilayah " + data.kodeWilayah() + " \u2014 Tahun " + data.tahun(), Blok.Perataan.TENGAH, false));
        List<Blok.Baris> baris = new ArrayList<>(data.baris().size());
        int no = 0;
        for (BarisIndikator x : data.baris()) {
            baris.add(
                    Blok.Baris.biasa(String.valueOf(++no), x.urusan(), x.kode(), x.nama(), x.satuan(), x.polaritas()));
        }
        b.add(new Blok.Tabel("Tabel 1 Indikator Kinerja Urusan", KOLOM, baris));
        b.add(new Blok.Paragraf(
                "Jumlah indikator: "
                        + NumberFormat.getIntegerInstance(PenyusunDokumen.ID_ID).format(no),
                Blok.Perataan.KIRI,
                false));
        Penandatangan p = data.penandatangan();
        b.add(new Blok.TandaTangan(
                data.tempat() + ", " + TANGGAL.format(data.tanggal()),
                new Blok.Pihak(KUNCI_PENANDA, "", p.jabatan(), p.nama(), p.pangkat(), p.nip())));
        String judul = "Ikhtisar Indikator Kinerja " + data.namaDaerah() + " Tahun " + data.tahun();
        return new DokumenLaporan(judul, data.namaDaerah(), judul, draf, b);
    }
}
