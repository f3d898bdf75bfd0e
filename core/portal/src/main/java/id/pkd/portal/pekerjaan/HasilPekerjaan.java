package id.pkd.portal.pekerjaan;

/**
 * What a finished job leaves: a reference to a row it wrote (an issued document), or a file kept with the job
 * until {@code pkd.pekerjaan.simpan-hasil} has passed (a draft).
 */
public record HasilPekerjaan(Long rujukan, Berkas berkas) {

    public record Berkas(String namaBerkas, String mime, byte[] isi, int jumlahHalaman) {}

    public static HasilPekerjaan rujukan(long id) {
        return new HasilPekerjaan(id, null);
    }

    public static HasilPekerjaan berkas(String namaBerkas, String mime, byte[] isi, int jumlahHalaman) {
        return new HasilPekerjaan(null, new Berkas(namaBerkas, mime, isi, jumlahHalaman));
    }
}
