package id.pkd.portal.beranda;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The home page runs the SAKIP year: what waits for the signed-in role, each count a link to where it is done, and
 * this year's deadlines with the days left.
 */
@Route("")
@PageTitle("Beranda | Portal Kinerja Daerah")
@Menu(title = "Beranda", order = 0)
@PermitAll
class BerandaView extends VerticalLayout {

    private static final DateTimeFormatter TANGGAL =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    BerandaView(
            AuthenticationContext auth,
            DaerahService daerah,
            PerencanaanService perencanaan,
            PekerjaanMenungguService pekerjaan,
            KalenderSakipService kalender) {
        AkunPengguna akun = auth.getAuthenticatedUser(AkunPengguna.class).orElseThrow();
        add(new H2("Selamat datang, " + akun.namaLengkap()));
        if (akun.tenantId().isEmpty()) {
            add(new Paragraph("Anda masuk sebagai Operator Portal: kelola pemerintah daerah dan plugin urusan."));
            return;
        }
        Daerah d = daerah.saatIni();
        Paragraph nama = new Paragraph(d.namaPemerintah() + " (" + d.kodeWilayah() + ")");
        nama.addClassName("nama-daerah");
        add(nama, new Paragraph("Anda masuk sebagai " + akun.peran().label() + "."));
        if (perencanaan.daftarPerangkatDaerah().isEmpty()) {
            add(new BelumAdaRencana("pekerjaan dan capaian tahun ini"));
        }
        add(menunggu(pekerjaan.untuk(akun.peran()), akun.peran()));
        add(kalender(kalender.tenggatTahunIni(), akun.peran() == Peran.ADMIN_DAERAH));
    }

    private static Component menunggu(List<PekerjaanMenunggu> daftar, Peran peran) {
        Div kotak = new Div(new H3("Menunggu Anda"));
        kotak.setId("menunggu-anda");
        if (daftar.isEmpty()) {
            kotak.add(new Paragraph(
                    peran == Peran.PENGAMAT
                            ? "Pengamat membaca semua data; tidak ada pekerjaan yang menunggu."
                            : "Tidak ada pekerjaan yang menunggu."));
            return kotak;
        }
        for (PekerjaanMenunggu p : daftar) {
            Span jumlah = new Span(String.valueOf(p.jumlah()));
            jumlah.addClassName("jumlah");
            jumlah.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-xl)");
            Anchor a = new Anchor(p.tautan());
            a.add(jumlah, new Span(" " + p.uraian()));
            a.setId("tugas-" + p.kode());
            kotak.add(new Div(a));
        }
        return kotak;
    }

    private static Component kalender(List<TenggatSakip> tenggat, boolean admin) {
        Div kotak = new Div(new H3("Kalender SAKIP "
                + (tenggat.isEmpty() ? "" : tenggat.get(0).tanggal().getYear())));
        kotak.setId("kalender-sakip");
        for (TenggatSakip t : tenggat) {
            Span sisa = new Span(t.keterangan());
            sisa.getElement()
                    .getThemeList()
                    .add(t.lewat() ? "badge contrast" : t.sisaHari() <= 14 ? "badge error" : "badge");
            Anchor uraian = new Anchor(t.tautan(), t.uraian());
            Div baris = new Div(new Span(TANGGAL.format(t.tanggal()) + " · "), uraian, new Span(" "), sisa);
            baris.setId("tenggat-" + t.kode());
            kotak.add(baris);
        }
        if (admin) {
            Anchor ubah = new Anchor("pengaturan/kalender", "Ubah tanggal kalender SAKIP");
            ubah.setId("ubah-kalender");
            kotak.add(new Paragraph(ubah));
        }
        return kotak;
    }
}
