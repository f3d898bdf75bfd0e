package id.pkd.portal.dokumen;

import id.pkd.portal.dokumentasi.FotoDokumentasi.Foto;
import id.pkd.reports.document.Blok;
import java.util.List;

/**
 * The LKIP's "Dokumentasi" attachment: the evidence photos the agency chose, each scaled into the template's image
 * frame with its caption under it, {@value #PER_HALAMAN} to a page so none is shrunk further or split.
 */
final class LkipDokumentasi {

    static final int PER_HALAMAN = 2;

    private LkipDokumentasi() {}

    /** {@code lampiranAda}: the attachments' heading is printed already (the head's PK). */
    static void tambah(List<Blok> b, List<Foto> foto, boolean lampiranAda) {
        if (foto.isEmpty()) {
            return;
        }
        b.add(new Blok.PindahHalaman());
        if (!lampiranAda) {
            b.add(new Blok.Judul(1, "LAMPIRAN", "lampiran"));
        }
        b.add(new Blok.Judul(2, "Dokumentasi", "lampiran-dokumentasi"));
        for (int i = 0; i < foto.size(); i++) {
            if (i > 0 && i % PER_HALAMAN == 0) {
                b.add(new Blok.PindahHalaman());
            }
            b.add(new Blok.Gambar(
                    "Foto " + (i + 1) + ". " + foto.get(i).keterangan(),
                    foto.get(i).png()));
        }
    }
}
