package id.pkd.portal.dokumen;

import id.pkd.portal.penerbitan.BlokTandaTangan;
import id.pkd.portal.penerbitan.DokumenSiapTerbit;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.penerbitan.TanggalDokumen;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.reports.document.DokumenLaporan;
import id.pkd.reports.document.DokumenTersusun;
import id.pkd.reports.document.FormatDokumen;
import id.pkd.reports.document.PosisiTandaTangan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A formal document built from blocks: the subclass composes the content from stored data, this
 * class renders it (PDF for issuing, DOCX/XLSX drafts for editing) and maps the signature spaces.
 */
abstract class DokumenResmi implements PembuatDokumen {

    /**
     * The composed document.
     *
     * @param data the figures it was computed from, frozen with an issued document
     * @param penanda signer per {@code Blok.Pihak#kunci}; other signature spaces (e.g. a PK printed
     *     as an appendix) are not signed
     */
    record Isi(DokumenLaporan laporan, Map<String, Object> data, Map<String, Penanda> penanda) {}

    /** @param urutan signing order, 0 first */
    record Penanda(long pejabatId, String peran, int urutan) {}

    /** A rendered file for download. */
    record Berkas(String namaBerkas, String mime, byte[] isi, int jumlahHalaman) {}

    protected final KonteksDokumen konteks;

    DokumenResmi(KonteksDokumen konteks) {
        this.konteks = konteks;
    }

    /** @param tanggal the date of the place-and-date line, already checked */
    abstract Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal);

    /** The subject of this tenant and year with this code, or "tidak ditemukan". */
    SubjekDokumen subjek(String kode, int tahun) {
        return subjek(tahun).stream()
                .filter(s -> s.kode().equals(kode))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Subjek dokumen"));
    }

    @Override
    @BolehBaca
    public DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        SubjekDokumen s = subjek(subjek.kode(), tahun);
        Isi isi = isi(s, tahun, draf, tanggal(tanggal, tahun));
        DokumenTersusun t = konteks.penyusun.susun(isi.laporan(), FormatDokumen.PDF);
        List<BlokTandaTangan> blok = new ArrayList<>();
        t.tandaTangan().stream()
                .filter(p -> isi.penanda().containsKey(p.kunci()))
                .sorted(Comparator.comparingInt(
                        (PosisiTandaTangan p) -> isi.penanda().get(p.kunci()).urutan()))
                .forEach(p -> {
                    Penanda pn = isi.penanda().get(p.kunci());
                    blok.add(new BlokTandaTangan(
                            pn.pejabatId(), pn.peran(), p.halaman(), p.x(), p.y(), p.lebar(), p.tinggi()));
                });
        return new DokumenSiapTerbit(
                jenis(), isi.laporan().judul(), tahun, s, t.isi(), konteks.keJson(isi.data()), blok);
    }

    @Override
    public Set<FormatDokumen> formatDraf() {
        return EnumSet.allOf(FormatDokumen.class);
    }

    @Override
    @BolehBaca
    public byte[] draf(SubjekDokumen subjek, int tahun, FormatDokumen format, LocalDate tanggal) {
        return draf(subjek.kode(), tahun, format, tanggal).isi();
    }

    /** A draft in any format, dated today in the region's zone. */
    @BolehBaca
    public Berkas draf(String kodeSubjek, int tahun, FormatDokumen format) {
        return draf(kodeSubjek, tahun, format, null);
    }

    /** A draft in any format, marked DRAFT, for download and editing, dated {@code tanggal} (today when null). */
    @BolehBaca
    public Berkas draf(String kodeSubjek, int tahun, FormatDokumen format, LocalDate tanggal) {
        return draf(kodeSubjek, tahun, format, tanggal, (persen, langkah) -> {});
    }

    /** As {@link #draf(String, int, FormatDokumen, LocalDate)}, telling {@code lapor} each step (percent, words). */
    @BolehBaca
    public Berkas draf(
            String kodeSubjek, int tahun, FormatDokumen format, LocalDate tanggal, BiConsumer<Integer, String> lapor) {
        lapor.accept(5, "Memeriksa subjek dan tanggal…");
        SubjekDokumen s = subjek(kodeSubjek, tahun);
        LocalDate tgl = tanggal(tanggal, tahun);
        lapor.accept(15, "Mengumpulkan data capaian dan anggaran…");
        Isi isi = isi(s, tahun, true, tgl);
        lapor.accept(50, "Menata halaman " + nama() + "…");
        DokumenTersusun t = konteks.penyusun.susun(isi.laporan(), format);
        String nama = (jenis() + "-" + tahun + "-" + s.kode().replaceAll("[^A-Za-z0-9]+", "-") + "-draf."
                        + format.ekstensi())
                .toLowerCase(java.util.Locale.ROOT);
        return new Berkas(nama, format.mime(), t.isi(), t.jumlahHalaman());
    }

    /** The chosen date after its check, or today in the region's zone. */
    private LocalDate tanggal(LocalDate dipilih, int tahun) {
        LocalDate hariIni = konteks.waktu.hariIni();
        if (dipilih == null) {
            return hariIni;
        }
        TanggalDokumen.tolakBilaSalah(dipilih, tahun, hariIni);
        return dipilih;
    }
}
