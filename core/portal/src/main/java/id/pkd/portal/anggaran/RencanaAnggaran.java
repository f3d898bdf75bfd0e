package id.pkd.portal.anggaran;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An agency-year's program tree in code order, whether the year may change, and the nomenclature it uses. */
public record RencanaAnggaran(
        long perangkatDaerahId, int tahun, boolean terkunci, VersiNomenklatur versi, List<BarisProgram> baris) {

    public RencanaAnggaran {
        baris = List.copyOf(baris);
    }

    public Optional<BarisProgram> baris(long id) {
        return baris.stream().filter(b -> b.id() == id).findFirst();
    }

    public Optional<BarisProgram> kode(String kode) {
        return baris.stream().filter(b -> b.kode().equals(kode)).findFirst();
    }

    public BigDecimal totalAnggaran() {
        return baris.stream()
                .filter(BarisProgram::subKegiatan)
                .map(BarisProgram::anggaran)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
