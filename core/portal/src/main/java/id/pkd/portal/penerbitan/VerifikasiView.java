package id.pkd.portal.penerbitan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pkd.portal.operasi.BatasLaju;
import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.VerificationResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.unit.DataSize;

/**
 * The public verification page, no login: reached by the QR code of a signature ({@code /verifikasi/<token>}) or
 * by uploading a PDF. Shows the registry metadata of the document, whether each signature is valid and whether
 * the file is byte for byte the registered one; nothing else of the tenant.
 */
@Route("verifikasi")
@PageTitle("Verifikasi Dokumen | Portal Kinerja Daerah")
@Menu(title = "Verifikasi Dokumen", order = 90)
@AnonymousAllowed
class VerifikasiView extends VerticalLayout implements HasUrlParameter<String> {

    /** A file the registry does not know belongs to no region: its signing time is given in UTC, said so. */
    private static final DateTimeFormatter WAKTU_UTC = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy HH:mm:ss 'UTC'", Locale.forLanguageTag("id-ID"))
            .withZone(ZoneOffset.UTC);

    private final PenerbitanService penerbitan;
    private final Div terdaftar = new Div();
    private final Div hasil = new Div();

    VerifikasiView(PenerbitanService penerbitan, BatasLaju batasLaju) {
        this.penerbitan = penerbitan;
        DataSize batas = penerbitan.batasVerifikasi();
        Upload upload = new Upload();
        UploadHandler diMemori = UploadHandler.inMemory((meta, isi) -> {
            upload.clearFileList();
            tampilkan(penerbitan.verifikasiBerkas(isi), hasil, true);
        });
        // Counted before the body is read: a client over the limit does not get 20 MB parsed and checked.
        upload.setUploadHandler(unggahan -> {
            BatasLaju.Hasil boleh = batasLaju.ambil(
                    BatasLaju.Jenis.VERIFIKASI, unggahan.getRequest().getRemoteAddr(), Optional.empty());
            if (boleh.diizinkan()) {
                diMemori.handleUploadRequest(unggahan);
                return;
            }
            unggahan.getResponse().setHeader("Retry-After", Long.toString(boleh.tungguDetik()));
            unggahan.reject(boleh.pesan());
            unggahan.getUI().access(() -> {
                upload.clearFileList();
                hasil.removeAll();
                hasil.setClassName("hasil-verifikasi gagal");
                hasil.add(new Paragraph(boleh.pesan()));
            });
        });
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize((int) batas.toBytes());
        upload.setDropLabel(new Span("Letakkan berkas PDF di sini"));
        upload.setUploadButton(new Button("Pilih PDF…"));
        upload.addFileRejectedListener(e -> {
            hasil.removeAll();
            hasil.setClassName("hasil-verifikasi gagal");
            hasil.add(new Paragraph(
                    "Berkas ditolak: hanya PDF hingga " + PengaturanPkd.teks(batas) + " yang dapat diverifikasi."));
        });
        terdaftar.setId("dokumen-terdaftar");
        hasil.setId("hasil-verifikasi");
        add(
                new H2("Verifikasi Dokumen"),
                new Paragraph("Pindai kode QR pada tanda tangan dokumen, atau unggah dokumen PDF yang diterbitkan"
                        + " Portal Kinerja Daerah untuk memeriksa apakah dokumen terdaftar, tanda tangan"
                        + " elektroniknya sah dan isinya tidak berubah."),
                terdaftar,
                upload,
                hasil);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        terdaftar.removeAll();
        if (token == null || token.isBlank()) {
            return;
        }
        penerbitan.verifikasiToken(token).ifPresentOrElse(h -> tampilkan(h, terdaftar, false), () -> {
            terdaftar.setClassName("hasil-verifikasi gagal");
            terdaftar.add(new Paragraph(
                    "Alamat verifikasi ini tidak dikenal: tidak ada dokumen" + " terdaftar dengan kode tersebut."));
        });
    }

    private void tampilkan(PenerbitanService.HasilVerifikasi h, Div tempat, boolean dariUnggahan) {
        tempat.removeAll();
        VerificationResult ttd = h.tandaTangan();
        boolean sah = ttd.status() == VerificationResult.Status.SAH;
        String kesimpulan;
        boolean baik;
        if (h.terdaftar().isPresent() && h.sama()) {
            baik = sah;
            kesimpulan = dariUnggahan
                    ? "Berkas ini sama persis dengan dokumen terdaftar (SHA-256 cocok)."
                    : "Dokumen terdaftar di Portal Kinerja Daerah.";
        } else if (h.terdaftar().isPresent()) {
            baik = false;
            kesimpulan = "Berkas ini BERBEDA dari dokumen terdaftar nomor "
                    + h.terdaftar().get().nomor() + ": isinya telah berubah sejak diterbitkan.";
        } else {
            baik = false;
            kesimpulan = "Berkas ini tidak terdaftar di Portal Kinerja Daerah.";
        }
        tempat.setClassName("hasil-verifikasi " + (baik ? "sah" : "gagal"));
        tempat.getElement().setAttribute("data-sah", Boolean.toString(baik));
        Paragraph p = new Paragraph(kesimpulan);
        p.addClassName("kesimpulan");
        Paragraph putusan = new Paragraph(
                baik ? "Tanda tangan sah." : "Tanda tangan tidak sah" + (sah ? " untuk berkas ini." : "."));
        putusan.setId("putusan-tanda-tangan");
        tempat.add(p, putusan, new Paragraph(ttd.pesan()));
        h.terdaftar()
                .ifPresent(info -> tempat.add(new Paragraph("Tanda tangan ini milik dokumen nomor " + info.nomor()
                        + " yang didaftarkan oleh " + info.namaPemerintah()
                        + "; sertifikat penandatangan diperiksa terhadap sertifikat akar yang dipercaya "
                        + info.namaPemerintah() + ".")));
        if (ttd.namaPenandatangan() != null) {
            // A registered document's times are in its region's zone, as its stamps print them.
            String pada = ttd.waktuTandaTangan() == null
                    ? ""
                    : " pada "
                            + h.terdaftar()
                                    .map(info -> info.zona().waktuDetik(ttd.waktuTandaTangan()))
                                    .orElseGet(() -> WAKTU_UTC.format(ttd.waktuTandaTangan()));
            tempat.add(new Paragraph("Ditandatangani oleh " + ttd.namaPenandatangan() + pada + "."));
        }
        h.terdaftar().ifPresent(info -> {
            tempat.add(new H3(info.judul()));
            UnorderedList daftar = new UnorderedList(
                    new ListItem("Nomor: " + info.nomor()),
                    new ListItem("Penerbit: " + info.namaPemerintah()),
                    new ListItem("Jenis: " + info.jenis() + " · Tahun " + info.tahun()),
                    new ListItem("Versi: " + info.versi()
                            + (info.versiTerakhir() > info.versi()
                                    ? " (sudah ada versi lebih baru: " + info.versiTerakhir() + ")"
                                    : " (versi terakhir)")),
                    new ListItem("Status: " + info.status()),
                    new ListItem("Terbit: " + info.zona().waktuDetik(info.terbitPada())),
                    new ListItem("SHA-256 terdaftar: " + info.sha256()));
            tempat.add(daftar);
            UnorderedList penanda = new UnorderedList();
            info.penandatangan()
                    .forEach(s -> penanda.add(new ListItem(s.peran() + ": " + s.nama()
                            + (s.nip() == null ? "" : " (NIP " + new Nip(s.nip()).tercetak() + ")") + ", "
                            + info.zona().waktuDetik(s.waktu()) + ", " + cara(s.jenis()))));
            tempat.add(new Paragraph("Penanda tangan:"), penanda);
        });
        if (!ttd.tandaTangan().isEmpty()) {
            UnorderedList rincian = new UnorderedList();
            ttd.tandaTangan().forEach(r -> rincian.add(new ListItem(r.nama() + ": " + r.pesan())));
            tempat.add(new Paragraph("Pemeriksaan setiap tanda tangan:"), rincian);
        }
    }

    private static String cara(String jenis) {
        return switch (jenis) {
            case "BSRE" -> "BSrE";
            case "CA_DAERAH" -> "kunci dari CA daerah";
            default -> "sertifikat PKCS#12";
        };
    }
}
