package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A program, kegiatan or sub kegiatan of an agency's budget year. Only a sub kegiatan carries
 * Rupiah amounts; kegiatan and program totals are sums computed when read.
 */
@Table("program_kegiatan")
public record ProgramKegiatan(
        @Id Long id,
        long tenantId,
        long perangkatDaerahId,
        int tahun,
        Tingkat tingkat,
        Long indukId,
        int urutan,
        String kode,
        String nama,
        SumberDana sumberDana,
        BigDecimal anggaran,
        BigDecimal realisasi) {

    public enum Tingkat {
        PROGRAM,
        KEGIATAN,
        SUB_KEGIATAN
    }

    ProgramKegiatan withId(Long id) {
        return new ProgramKegiatan(
                id,
                tenantId,
                perangkatDaerahId,
                tahun,
                tingkat,
                indukId,
                urutan,
                kode,
                nama,
                sumberDana,
                anggaran,
                realisasi);
    }

    /** The urusan code a program code starts with: "1.06" of "1.06.02". */
    public String urusan() {
        return kode.length() >= 4 ? kode.substring(0, 4) : kode;
    }
}
