package id.pkd.portal.anggaran;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The budget spreadsheet of the chosen agency-year: the template (filled with the year's rows) to download, the
 * upload, and what the import did or every problem by row and column.
 */
class PanelImporAnggaran extends Div {

    private final ImporAnggaranService impor;
    private final LongSupplier perangkatDaerah;
    private final IntSupplier tahun;
    private final Runnable sesudah;
    private final Upload unggah = new Upload();
    private final Div hasil = new Div();

    PanelImporAnggaran(ImporAnggaranService impor, LongSupplier perangkatDaerah, IntSupplier tahun, Runnable sesudah) {
        this.impor = impor;
        this.perangkatDaerah = perangkatDaerah;
        this.tahun = tahun;
        this.sesudah = sesudah;
        Anchor templat = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] isi = impor.templat(perangkatDaerah.getAsLong(), tahun.getAsInt());
                    return new DownloadResponse(
                            new ByteArrayInputStream(isi),
                            "anggaran-" + tahun.getAsInt() + ".xlsx",
                            ImporAnggaranService.JENIS_MIME,
                            isi.length);
                }),
                "Unduh templat XLSX");
        templat.setId("unduh-templat-anggaran");
        unggah.setId("impor-anggaran");
        unggah.setUploadButton(new Button("Impor dari XLSX"));
        unggah.setDropLabel(new Span("atau letakkan berkas XLSX di sini"));
        unggah.setAcceptedFileTypes(".xlsx", ImporAnggaranService.JENIS_MIME);
        unggah.setMaxFileSize((int) impor.batas().toBytes());
        unggah.setMaxFiles(1);
        unggah.setUploadHandler(UploadHandler.inMemory((meta, isi) -> impor(meta.fileName(), isi)));
        unggah.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig("Berkas lebih besar dari " + PengaturanPkd.teks(impor.batas()) + ".")
                        .setIncorrectFileType("Hanya berkas XLSX.")
                        .setTooManyFiles("Satu berkas saja.")));
        unggah.addFileRejectedListener(e ->
                tampilkan("Berkas ditolak: " + e.getErrorMessage() + " Tidak ada yang diimpor.", List.of(), false));
        hasil.setId("hasil-impor-anggaran");
        add(
                new H3("Impor program dan anggaran dari XLSX"),
                new Paragraph("Kolom: Kode, Nomenklatur, Pagu, Realisasi TW I–IV, Realisasi, Sumber Dana (lihat"
                        + " templat). Baris ditambahkan atau diperbarui menurut kodenya; bila ada satu kesalahan,"
                        + " tidak ada yang disimpan."),
                templat,
                unggah,
                hasil);
        addClassName("impor-xlsx");
    }

    private void impor(String nama, byte[] isi) {
        unggah.clearFileList();
        try {
            ImporAnggaranService.HasilImpor h = impor.impor(perangkatDaerah.getAsLong(), tahun.getAsInt(), nama, isi);
            tampilkan(
                    h.barisBaru() + " baris baru dan " + h.subKegiatanDiubah() + " sub kegiatan diperbarui dari " + nama
                            + ".",
                    List.of(),
                    true);
            sesudah.run();
        } catch (ValidasiGagalException e) {
            tampilkan(
                    "Tidak ada yang diimpor dari " + nama + ":",
                    e.kesalahan().stream()
                            .map(k -> k.path().isEmpty() ? k.pesan() : k.path() + ": " + k.pesan())
                            .toList(),
                    false);
        } catch (DataTerkunciException e) {
            tampilkan("Tidak ada yang diimpor dari " + nama + ":", List.of(e.getMessage()), false);
        }
    }

    private void tampilkan(String judul, List<String> masalah, boolean berhasil) {
        hasil.removeAll();
        Paragraph p = new Paragraph(judul);
        p.getStyle().set("color", berhasil ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        hasil.getElement().setAttribute("data-berhasil", Boolean.toString(berhasil));
        hasil.add(p);
        if (!masalah.isEmpty()) {
            UnorderedList daftar = new UnorderedList();
            daftar.setId("masalah-impor-anggaran");
            masalah.forEach(m -> daftar.add(new ListItem(m)));
            hasil.add(daftar);
        }
    }
}
