package id.pkd.portal.renstra;

import java.util.List;
import java.util.Set;

/**
 * An agency's Renstra of one RPJMD period, its rows in tree order (each tujuan followed by its sasaran, each
 * sasaran by its indicators), with the years whose figures the approval workflow has locked.
 */
public record PohonRenstra(
        long perangkatDaerahId,
        long periodeId,
        int tahunAwal,
        int tahunAkhir,
        List<BarisRenstra> baris,
        Set<Integer> tahunTerkunci) {

    public PohonRenstra {
        baris = List.copyOf(baris);
        tahunTerkunci = Set.copyOf(tahunTerkunci);
    }

    public List<Integer> tahun() {
        return java.util.stream.IntStream.rangeClosed(tahunAwal, tahunAkhir)
                .boxed()
                .toList();
    }

    public List<BarisRenstra> anak(BarisRenstra induk) {
        JenisBaris jenis = induk.jenis().anak();
        return baris.stream()
                .filter(b -> b.jenis() == jenis && Long.valueOf(induk.id()).equals(b.indukId()))
                .toList();
    }

    public List<BarisRenstra> dari(JenisBaris jenis) {
        return baris.stream().filter(b -> b.jenis() == jenis).toList();
    }
}
