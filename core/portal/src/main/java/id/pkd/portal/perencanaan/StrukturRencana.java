package id.pkd.portal.perencanaan;

import java.util.List;

/**
 * A plan for one agency and year without its realisasi: the part that changes only when the plan is edited, kept
 * between requests under the tenant's plan version. Immutable (its lists are copies), as every request of the node
 * shares it.
 */
record StrukturRencana(
        PerangkatDaerah perangkatDaerah,
        PeriodeRpjmd periode,
        int tahun,
        List<Bidang> bidang,
        List<Pejabat> pejabat,
        List<Pelaksana> pelaksana,
        List<Tujuan> tujuan,
        List<Sasaran> sasaran,
        List<Indikator> indikator,
        List<TargetIndikator> target,
        List<PerjanjianKinerja> perjanjianKinerja,
        List<PkSasaran> pkSasaran,
        List<PkIndikator> pkIndikator,
        List<ProgramKegiatan> programKegiatan,
        List<IndikatorProgram> indikatorProgram) {

    StrukturRencana {
        bidang = List.copyOf(bidang);
        pejabat = List.copyOf(pejabat);
        pelaksana = List.copyOf(pelaksana);
        tujuan = List.copyOf(tujuan);
        sasaran = List.copyOf(sasaran);
        indikator = List.copyOf(indikator);
        target = List.copyOf(target);
        perjanjianKinerja = List.copyOf(perjanjianKinerja);
        pkSasaran = List.copyOf(pkSasaran);
        pkIndikator = List.copyOf(pkIndikator);
        programKegiatan = List.copyOf(programKegiatan);
        indikatorProgram = List.copyOf(indikatorProgram);
    }

    /** The whole plan, with the realisasi read now. */
    RencanaTahunan denganRealisasi(List<RealisasiIndikator> realisasi) {
        return new RencanaTahunan(
                perangkatDaerah,
                periode,
                tahun,
                bidang,
                pejabat,
                pelaksana,
                tujuan,
                sasaran,
                indikator,
                target,
                perjanjianKinerja,
                pkSasaran,
                pkIndikator,
                programKegiatan,
                indikatorProgram,
                realisasi);
    }
}
