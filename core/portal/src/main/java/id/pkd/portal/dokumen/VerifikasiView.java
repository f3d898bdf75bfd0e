package id.pkd.portal.dokumen;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.VerificationResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Anyone, signed in or not, uploads a PDF and learns whether its signature is valid. */
@Route("verifikasi")
@PageTitle("Verifikasi Dokumen | Portal Kinerja Daerah")
@Menu(title = "Verifikasi Dokumen", order = 90)
@AnonymousAllowed
class VerifikasiView extends VerticalLayout {

    static final int UKURAN_MAKSIMAL = 20 * 1024 * 1024;
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy HH:mm:ss z", Locale.forLanguageTag("id-ID"))
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final Div hasil = new Div();

    @SuppressWarnings("deprecation") // MemoryBuffer's succeeded event runs in the UI round trip.
    VerifikasiView(PdfSignatureVerifier verifier) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(UKURAN_MAKSIMAL);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Letakkan berkas PDF di sini"));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Pilih PDF…"));
        upload.addFileRejectedListener(
                e -> tampilkan("gagal", "Berkas ditolak: hanya PDF hingga 20 MB yang dapat diverifikasi.", null));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                VerificationResult r = verifier.verify(in.readAllBytes());
                String rincian = r.namaPenandatangan() == null
                        ? null
                        : "Ditandatangani oleh " + r.namaPenandatangan()
                                + (r.waktuTandaTangan() == null ? "" : " pada " + WAKTU.format(r.waktuTandaTangan()))
                                + ".";
                tampilkan(r.status() == VerificationResult.Status.SAH ? "sah" : "gagal", r.pesan(), rincian);
            } catch (IOException ex) {
                tampilkan("gagal", "Berkas tidak dapat dibaca. Silakan unggah ulang.", null);
            }
        });
        hasil.setId("hasil-verifikasi");
        add(
                new H2("Verifikasi Dokumen"),
                new Paragraph("Unggah dokumen PDF yang diterbitkan Portal Kinerja Daerah untuk memeriksa"
                        + " apakah tanda tangan elektroniknya sah dan isinya tidak berubah."),
                upload,
                hasil);
    }

    private void tampilkan(String jenis, String pesan, String rincian) {
        hasil.removeAll();
        hasil.setClassName("hasil-verifikasi " + jenis);
        hasil.add(new Paragraph(pesan));
        if (rincian != null) {
            hasil.add(new Paragraph(rincian));
        }
    }
}
