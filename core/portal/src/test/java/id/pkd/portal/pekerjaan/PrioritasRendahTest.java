package id.pkd.portal.pekerjaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The nice value is the calling thread's alone, read back from the kernel. */
class PrioritasRendahTest {

    @Test
    void niceDinaikkanHanyaUntukUtasYangMemanggil() throws Exception {
        OptionalInt sebelum = PrioritasRendah.niceSaatIni();
        AtomicReference<OptionalInt> diPekerja = new AtomicReference<>();
        AtomicReference<Boolean> berhasil = new AtomicReference<>();
        Thread pekerja = new Thread(() -> {
            berhasil.set(PrioritasRendah.turunkan(7));
            diPekerja.set(PrioritasRendah.niceSaatIni());
        });
        pekerja.start();
        pekerja.join();

        assertThat(berhasil.get()).isTrue();
        // a JVM started under nice keeps its higher value
        assertThat(diPekerja.get()).hasValue(Math.max(7, sebelum.orElse(0)));
        assertThat(PrioritasRendah.niceSaatIni()).isEqualTo(sebelum);
    }

    @Test
    void niceDiLuarRentangDitolak() {
        assertThatThrownBy(() -> PrioritasRendah.turunkan(20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrioritasRendah.turunkan(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrioritasRendah.turunkan(0)).isTrue();
    }
}
