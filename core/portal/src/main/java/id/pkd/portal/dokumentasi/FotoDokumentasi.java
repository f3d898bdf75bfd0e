package id.pkd.portal.dokumentasi;

/**
 * The records of the LKIP's photo attachment: an evidence image of the agency-year ({@link Kandidat}, with whether
 * it is chosen and its caption), a choice as the editor sends it ({@link Pilihan}), and a chosen photo ready to
 * print ({@link Foto}: scaled, as PNG).
 */
public final class FotoDokumentasi {

    private FotoDokumentasi() {}

    public record Kandidat(long buktiId, String namaBerkas, String indikator, boolean terpilih, String keterangan) {}

    public record Pilihan(long buktiId, String keterangan) {}

    public record Foto(String keterangan, byte[] png) {}
}
