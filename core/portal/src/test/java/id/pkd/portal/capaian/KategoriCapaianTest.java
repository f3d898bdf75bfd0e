package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KategoriCapaianTest {

    private static final AmbangKategori PERMENDAGRI = AmbangKategori.PERMENDAGRI_86_2017;

    private static Kategori kategori(String capaian) {
        return AturanCapaian.BAKU.kategori(new Capaian(AngkaIndonesia.parse(capaian)));
    }

    @Test
    void permendagri86Tahun2017MembagiCapaianDalamLimaKategori() {
        assertThat(kategori("95")).isEqualTo(Kategori.SANGAT_TINGGI);
        assertThat(kategori("80")).isEqualTo(Kategori.TINGGI);
        assertThat(kategori("70")).isEqualTo(Kategori.SEDANG);
        assertThat(kategori("60")).isEqualTo(Kategori.RENDAH);
        assertThat(kategori("40")).isEqualTo(Kategori.SANGAT_RENDAH);
    }

    @Test
    void angkaBulatPeraturanAdalahBatasBawahKategorinya() {
        assertThat(kategori("91")).isEqualTo(Kategori.SANGAT_TINGGI);
        assertThat(kategori("90,99")).isEqualTo(Kategori.TINGGI);
        assertThat(kategori("76")).isEqualTo(Kategori.TINGGI);
        assertThat(kategori("75,99")).isEqualTo(Kategori.SEDANG);
        assertThat(kategori("66")).isEqualTo(Kategori.SEDANG);
        assertThat(kategori("65,99")).isEqualTo(Kategori.RENDAH);
        assertThat(kategori("51")).isEqualTo(Kategori.RENDAH);
        assertThat(kategori("50,99")).isEqualTo(Kategori.SANGAT_RENDAH);
        assertThat(kategori("50")).isEqualTo(Kategori.SANGAT_RENDAH);
    }

    @Test
    void nilaiPecahanDiAntaraAngkaBulatPeraturanTetapMendapatKategori() {
        // the regulation lists Sangat Tinggi ≥ 91 and Tinggi 76–90: 90,5 has not reached 91
        assertThat(kategori("90,5")).isEqualTo(Kategori.TINGGI);
        assertThat(kategori("75,71")).isEqualTo(Kategori.SEDANG);
    }

    @Test
    void capaianDiAtasSeratusPersenTetapSangatTinggi() {
        assertThat(kategori("250")).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void capaianNegatifSangatRendah() {
        assertThat(kategori("-20")).isEqualTo(Kategori.SANGAT_RENDAH);
    }

    @Test
    void kategoriDitentukanDariCapaianYangSudahDibulatkanSepertiYangDicetak() {
        // 90,995 prints as 91,00 and must be printed beside "Sangat Tinggi"
        assertThat(kategori("90,994")).isEqualTo(Kategori.TINGGI);
        assertThat(kategori("90,995")).isEqualTo(Kategori.SANGAT_TINGGI);
        // a tenant that truncates prints 90,999 as 90,99
        AturanCapaian potong = new AturanCapaian(PERMENDAGRI, Pembulatan.POTONG);
        assertThat(potong.kategori(new Capaian(new BigDecimal("90.999")))).isEqualTo(Kategori.TINGGI);
        // the bands alone look at the value as given
        assertThat(PERMENDAGRI.kategori(new BigDecimal("90.995"))).isEqualTo(Kategori.TINGGI);
    }

    @Test
    void pemerintahDaerahDapatMenetapkanBatasKategoriSendiri() {
        AmbangKategori ketat = new AmbangKategori(
                new BigDecimal("100"), new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("55.5"));
        AturanCapaian aturan = new AturanCapaian(ketat, Pembulatan.HALF_UP);
        assertThat(aturan.kategori(new Capaian(new BigDecimal("99.56")))).isEqualTo(Kategori.TINGGI);
        assertThat(aturan.kategori(new Capaian(new BigDecimal("100")))).isEqualTo(Kategori.SANGAT_TINGGI);
        assertThat(aturan.kategori(new Capaian(new BigDecimal("75.71")))).isEqualTo(Kategori.SEDANG);
        assertThat(aturan.kategori(new Capaian(new BigDecimal("57.89")))).isEqualTo(Kategori.RENDAH);
        assertThat(aturan.kategori(new Capaian(new BigDecimal("55.49")))).isEqualTo(Kategori.SANGAT_RENDAH);
    }

    @Test
    void batasKategoriHarusMenurun() {
        assertThatThrownBy(() -> new AmbangKategori(
                        BigDecimal.valueOf(75), BigDecimal.valueOf(90), BigDecimal.valueOf(65), BigDecimal.valueOf(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("harus menurun");
        assertThatThrownBy(() -> new AmbangKategori(
                        BigDecimal.valueOf(90), BigDecimal.valueOf(75), BigDecimal.valueOf(75), BigDecimal.valueOf(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("harus menurun");
        assertThatThrownBy(() -> new AmbangKategori(
                        BigDecimal.valueOf(90), BigDecimal.valueOf(75), BigDecimal.valueOf(65), BigDecimal.valueOf(70)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("harus menurun");
    }

    @Test
    void keempatBatasKategoriWajibDiisi() {
        assertThatThrownBy(() -> new AmbangKategori(
                        BigDecimal.valueOf(90), null, BigDecimal.valueOf(65), BigDecimal.valueOf(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wajib diisi");
        assertThatThrownBy(() -> new AturanCapaian(null, Pembulatan.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AturanCapaian(PERMENDAGRI, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aturanBakuAdalahPermendagri86Tahun2017DenganPembulatanBiasa() {
        assertThat(AturanCapaian.BAKU.ambang()).isEqualTo(PERMENDAGRI);
        assertThat(AturanCapaian.BAKU.pembulatan()).isEqualTo(Pembulatan.HALF_UP);
    }

    @Test
    void tabelMetodeMencetakRentangSetiapKategori() {
        assertThat(PERMENDAGRI.rentang(Kategori.SANGAT_TINGGI)).isEqualTo("≥ 91");
        assertThat(PERMENDAGRI.rentang(Kategori.TINGGI)).isEqualTo("76 s.d. < 91");
        assertThat(PERMENDAGRI.rentang(Kategori.SEDANG)).isEqualTo("66 s.d. < 76");
        assertThat(PERMENDAGRI.rentang(Kategori.RENDAH)).isEqualTo("51 s.d. < 66");
        assertThat(PERMENDAGRI.rentang(Kategori.SANGAT_RENDAH)).isEqualTo("< 51");
    }

    @Test
    void kategoriDicetakDenganNamaDalamPeraturan() {
        assertThat(Kategori.SANGAT_TINGGI.label()).isEqualTo("Sangat Tinggi");
        assertThat(Kategori.TINGGI.label()).isEqualTo("Tinggi");
        assertThat(Kategori.SEDANG.label()).isEqualTo("Sedang");
        assertThat(Kategori.RENDAH.label()).isEqualTo("Rendah");
        assertThat(Kategori.SANGAT_RENDAH.label()).isEqualTo("Sangat Rendah");
    }

    @Test
    void warnaKategoriTerbacaDiAtasLatarPutih() {
        for (Kategori kategori : Kategori.values()) {
            assertThat(kategori.warna()).matches("#[0-9a-f]{6}");
            assertThat(kontrasTerhadapPutih(kategori.warna()))
                    .as(kategori.label())
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2 contrast ratio of a colour against white. */
    private static double kontrasTerhadapPutih(String warna) {
        double luminans = 0;
        double[] bobot = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(warna.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            luminans += bobot[i] * c;
        }
        return 1.05 / (luminans + 0.05);
    }
}
