package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The output or outcome indicator of a program, kegiatan or sub kegiatan, with its target and realisasi. */
@Table("indikator_program")
public record IndikatorProgram(
        @Id Long id,
        long tenantId,
        long programKegiatanId,
        int urutan,
        String nama,
        String satuan,
        BigDecimal target,
        BigDecimal realisasi) {

    IndikatorProgram withId(Long id) {
        return new IndikatorProgram(id, tenantId, programKegiatanId, urutan, nama, satuan, target, realisasi);
    }
}
