package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What a screen of a new tenant shows instead of an empty table: where its data comes in. Today that is the plan
 * import (a {@code pkd-rencana/1} file through {@code PUT /api/v1/rencana}, with a token the Admin Daerah makes),
 * or the planning screens (RPJMD, agencies, officials, the Renstra tree) it links to.
 */
public final class BelumAdaRencana extends Div {

    /** {@code apa}: what the screen would show, e.g. "capaian kinerja". */
    public BelumAdaRencana(String apa) {
        setId("belum-ada-rencana");
        addClassName("keadaan-kosong");
        Anchor token = new Anchor("token-api", "Token API");
        Anchor petunjuk = new Anchor("swagger-ui.html", "petunjuk API impor rencana");
        // the API description is not a Vaadin route
        petunjuk.setRouterIgnore(true);
        Paragraph layar = new Paragraph(
                new Span("Mulai dari layar "),
                new Anchor("rpjmd", "RPJMD"),
                new Span(" (periode, visi, misi, IKU Kepala Daerah) dan "),
                new Anchor("perangkat-daerah", "Perangkat Daerah"),
                new Span(" (dinas, urusan, bidang), lalu "),
                new Anchor("pejabat", "Pejabat"),
                new Span(" (termasuk Plt./Plh.); atau muat seluruh rencana sekaligus:"));
        layar.setId("mulai-dari-layar");
        add(
                new Paragraph("Belum ada rencana: " + apa + " tampil di sini setelah rencana daerah dimuat."),
                layar,
                new Paragraph(
                        new Span("Mulai dari impor rencana (periode RPJMD, perangkat daerah, Renstra, Perjanjian"
                                + " Kinerja, program dan anggaran) dalam berkas pkd-rencana/1 lewat PUT"
                                + " /api/v1/rencana: Admin Daerah membuat tokennya di halaman "),
                        token,
                        new Span("; lihat "),
                        petunjuk,
                        new Span(".")));
        Anchor renstra = new Anchor("renstra", "Renstra");
        renstra.setId("tautan-renstra");
        add(new Paragraph(
                new Span("Tujuan, sasaran dan indikator perangkat daerah beserta target tahunannya dapat juga disusun"
                        + " langsung di halaman "),
                renstra,
                new Span(" setelah perangkat daerah dan periode RPJMD tercatat.")));
    }
}
