package id.pkd.portal.perencanaan;

import id.pkd.portal.capaian.Pembulatan;
import id.pkd.portal.capaian.RumusCapaian;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What an indicator achieved in a year (triwulan 0) or a quarter (1–4), with the narrative the
 * report needs. The value is entered, or computed from pembilang / penyebut × skala.
 */
@Table("realisasi_indikator")
public record RealisasiIndikator(
        @Id Long id,
        long tenantId,
        long indikatorId,
        int tahun,
        int triwulan,
        BigDecimal nilai,
        BigDecimal pembilang,
        BigDecimal penyebut,
        BigDecimal skala,
        String upaya,
        String hambatan,
        String rencanaTindakLanjut,
        String diubahOleh,
        Instant diubahPada) {

    public static final int TAHUNAN = 0;

    RealisasiIndikator withId(Long id) {
        return new RealisasiIndikator(
                id,
                tenantId,
                indikatorId,
                tahun,
                triwulan,
                nilai,
                pembilang,
                penyebut,
                skala,
                upaya,
                hambatan,
                rencanaTindakLanjut,
                diubahOleh,
                diubahPada);
    }

    /**
     * The published figure. A computed ratio is itself a published statistic, rounded to two
     * decimals, and the capaian is computed from that figure as the documents do (103/154 → 66,88).
     */
    public Optional<BigDecimal> nilaiTerbit(Pembulatan pembulatan) {
        if (nilai != null) {
            return Optional.of(nilai);
        }
        return RumusCapaian.rasio(pembilang, penyebut, skala).map(pembulatan::bulatkan);
    }

    public boolean dariRasio() {
        return nilai == null;
    }
}
