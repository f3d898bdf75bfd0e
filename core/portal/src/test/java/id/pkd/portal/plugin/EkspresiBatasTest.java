package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expressions are bounded: 20,000 nested parentheses or minus signs, or 20,000 terms in a row,
 * refuse the plugin at load time with the reason, and nothing overflows the stack.
 */
class EkspresiBatasTest {

    @TempDir
    Path direktori;

    static final String KURUNG = "(".repeat(20_000) + "jumlah(uji.nilai)" + ")".repeat(20_000);
    static final String MINUS = "-".repeat(20_000) + "jumlah(uji.nilai)";
    static final String DERET = "jumlah(uji.nilai)" + "+1".repeat(20_000);

    @Test
    void ekspresiBersarangTerlaluDalamDitolakDenganAlasan() {
        assertThatThrownBy(() -> Ekspresi.urai(KURUNG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ekspresi bersarang terlalu dalam (paling banyak 64 tingkat) pada posisi 65");
        assertThatThrownBy(() -> Ekspresi.urai(MINUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ekspresi bersarang terlalu dalam");
        assertThatThrownBy(() -> Ekspresi.urai(DERET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ekspresi terlalu banyak suku (paling banyak 1000)");
        assertThatThrownBy(() -> Ekspresi.urai("1+".repeat(60_000) + "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ekspresi terlalu panjang (120001 karakter, paling banyak 100000)");
        // The message quotes the start of the expression, not all 40,000 characters of it.
        assertThatThrownBy(() -> Ekspresi.urai(KURUNG))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        // Within the bounds, nesting still works.
        String dalam = "(".repeat(60) + "2" + ")".repeat(60) + " * -(-3)";
        assertThat(Ekspresi.urai(dalam).nilai(null)).isEqualByComparingTo("6");
    }

    @Test
    void pluginDenganEkspresiTakTerbatasDitolakSaatDimuatSementaraLainnyaTetapBerjalan() throws Exception {
        PluginUji.buat(direktori, "urusan-uji-kurung", KURUNG, Map.of());
        PluginUji.buat(direktori, "urusan-uji-minus", MINUS, Map.of());
        PluginUji.buat(direktori, "urusan-uji-deret", DERET, Map.of());
        PluginUji.buat(direktori, "urusan-uji-wajar", "jumlah(uji.nilai) * (1 + 0)", Map.of());

        PluginPortal portal = new PluginPortal(direktori.toString());
        try {
            assertThat(PluginUji.id(portal)).containsExactly("urusan-uji-wajar");
            Map<String, String> alasan =
                    portal.gagal().stream().collect(Collectors.toMap(PluginGagal::id, PluginGagal::alasan));
            assertThat(alasan.get("urusan-uji-kurung"))
                    .startsWith(
                            "Kontribusi plugin tidak sah: ekspresi indikator terhitung uji-persen (pembilang) tidak sah")
                    .contains("ekspresi bersarang terlalu dalam (paling banyak 64 tingkat)");
            assertThat(alasan.get("urusan-uji-minus")).contains("ekspresi bersarang terlalu dalam");
            assertThat(alasan.get("urusan-uji-deret")).contains("ekspresi terlalu banyak suku");
        } finally {
            portal.hentikan();
        }
    }
}
