package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Pembulatan;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant's own kategori limits and rounding mode. */
@Table("pengaturan_capaian")
record PengaturanCapaian(
        @Id Long tenantId,
        BigDecimal batasSangatTinggi,
        BigDecimal batasTinggi,
        BigDecimal batasSedang,
        BigDecimal batasRendah,
        Pembulatan pembulatan,
        String diubahOleh,
        Instant diubahPada) {

    AturanCapaian aturan() {
        return new AturanCapaian(
                new AmbangKategori(batasSangatTinggi, batasTinggi, batasSedang, batasRendah), pembulatan);
    }
}
