package id.pkd.portal.dokumen;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** The pimpinan downloads the signed "Ikhtisar Indikator" of the tenant. */
@Route("dokumen")
@PageTitle("Dokumen | Portal Kinerja Daerah")
@Menu(title = "Dokumen", order = 50)
@RolesAllowed("PIMPINAN")
class DokumenView extends VerticalLayout {

    DokumenView(IkhtisarIndikatorService ikhtisar) {
        Anchor unduh = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DokumenBertandaTangan dokumen = ikhtisar.buatBertandaTangan();
                    return new DownloadResponse(
                            new ByteArrayInputStream(dokumen.pdf()),
                            dokumen.namaBerkas(),
                            "application/pdf",
                            dokumen.pdf().length);
                }),
                "Unduh Ikhtisar Indikator (PDF bertanda tangan)");
        unduh.setId("unduh-ikhtisar");
        add(
                new H2("Dokumen"),
                new Paragraph("Ikhtisar Indikator memuat indikator kinerja urusan yang aktif di daerah Anda,"
                        + " ditandatangani secara elektronik (PAdES) atas nama Anda."),
                unduh);
    }
}
