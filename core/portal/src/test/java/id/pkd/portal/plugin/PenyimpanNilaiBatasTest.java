package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.plugin.api.Isian;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A form's numbers are bounded before any plugin computes with them; real values still pass. */
class PenyimpanNilaiBatasTest {

    static String normalkan(Isian isian, String masukan) {
        return PenyimpanNilai.normalkan(isian, masukan, Optional.empty(), Set.of());
    }

    @Test
    void angkaDenganLebihDari16AngkaDiDepanKomaDitolak() {
        assertThatThrownBy(() -> normalkan(Isian.angka("x", "X"), "9".repeat(400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Angka terlalu besar: paling banyak 16 angka di depan koma.");
        assertThatThrownBy(() -> normalkan(Isian.jumlah("x", "X"), "12.345.678.901.234.567"))
                .hasMessage("Angka terlalu besar: paling banyak 16 angka di depan koma.");
        assertThatThrownBy(() -> normalkan(Isian.rupiahAtauTidakDiketahui("x", "X"), "Rp 99999999999999999"))
                .hasMessage("Angka terlalu besar: paling banyak 16 angka di depan koma.");
        assertThatThrownBy(() -> normalkan(Isian.angka("x", "X"), "0," + "1".repeat(21)))
                .hasMessage("Paling banyak 20 angka di belakang koma.");
    }

    @Test
    void angkaNyataTetapDiterima() {
        assertThat(normalkan(Isian.angka("x", "X"), "9.999.999.999.999.999")).isEqualTo("9999999999999999");
        // a double read from a spreadsheet cell (0,1 + 0,2) keeps its 17 decimals
        assertThat(normalkan(Isian.angka("x", "X"), "0,30000000000000004")).isEqualTo("0.30000000000000004");
        assertThat(normalkan(Isian.angka("x", "X"), "0,815533")).isEqualTo("0.815533");
    }
}
