package id.pkd.portal.daerah;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KodeWilayahTest {

    @Test
    void provinsiDuaAngkaKabupatenKotaDitambahTitikDanDuaAngka() {
        assertThat(KodeWilayah.periksa("63")).isEmpty();
        assertThat(KodeWilayah.periksa("63.11")).isEmpty();
        assertThat(KodeWilayah.periksa("62.01")).isEmpty();
    }

    @Test
    void bentukLainDitolakDenganContoh() {
        assertThat(KodeWilayah.periksa("6311"))
                .hasValueSatisfying(p -> assertThat(p).contains("mis. 63.11"));
        assertThat(KodeWilayah.periksa("63.1")).isPresent();
        assertThat(KodeWilayah.periksa("63-11")).isPresent();
        assertThat(KodeWilayah.periksa("")).hasValue("Kode wilayah wajib diisi.");
    }

    @Test
    void kodeProvinsiDimulaiDari11() {
        assertThat(KodeWilayah.periksa("05.01"))
                .hasValueSatisfying(p -> assertThat(p).contains("11"));
    }

    @Test
    void kabupatenBernomor01Sampai69DanKota71Sampai99() {
        assertThat(new KodeWilayah("63.11").periksaJenis(JenisDaerah.KABUPATEN)).isEmpty();
        assertThat(new KodeWilayah("63.71").periksaJenis(JenisDaerah.KOTA)).isEmpty();
        assertThat(new KodeWilayah("63.71").periksaJenis(JenisDaerah.KABUPATEN)).isPresent();
        assertThat(new KodeWilayah("63.11").periksaJenis(JenisDaerah.KOTA))
                .hasValueSatisfying(p -> assertThat(p).contains("kode kabupaten"));
    }

    @Test
    void provinsiTanpaNomorKabupatenKota() {
        assertThat(new KodeWilayah("63").periksaJenis(JenisDaerah.PROVINSI)).isEmpty();
        assertThat(new KodeWilayah("63.11").periksaJenis(JenisDaerah.PROVINSI)).isPresent();
        assertThat(new KodeWilayah("63").periksaJenis(JenisDaerah.KABUPATEN)).isPresent();
    }
}
