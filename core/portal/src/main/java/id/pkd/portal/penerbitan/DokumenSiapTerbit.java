package id.pkd.portal.penerbitan;

import java.util.List;
import java.util.Objects;

/**
 * A rendered document ready to be signed and registered.
 *
 * @param dataBeku the data the document was computed from (JSON), frozen with it in the registry
 * @param blokTandaTangan the signature blocks, in the order the officials sign
 */
public record DokumenSiapTerbit(
        String jenis,
        String judul,
        int tahun,
        SubjekDokumen subjek,
        byte[] pdf,
        String dataBeku,
        List<BlokTandaTangan> blokTandaTangan) {
    public DokumenSiapTerbit {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(subjek, "subjek");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(dataBeku, "dataBeku");
        blokTandaTangan = List.copyOf(blokTandaTangan);
    }
}
