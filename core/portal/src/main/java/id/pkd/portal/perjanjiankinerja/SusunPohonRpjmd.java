package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.SasaranRpjmd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole region's tree below its root when the period has sasaran RPJMD: one box per sasaran RPJMD with its IKU
 * Kepala Daerah, under it the agencies' Renstra sasaran linked to it (each named with its agency) and their PK
 * levels as today; a last box "Belum ditautkan ke sasaran RPJMD" keeps the agencies' unlinked sasaran and the PK
 * sasaran that cascade to nothing, so nothing planned is missing from the tree.
 */
final class SusunPohonRpjmd {

    static final String BELUM_DITAUTKAN = "Belum ditautkan ke sasaran RPJMD";

    private SusunPohonRpjmd() {}

    /**
     * @param sasaranIku the IKU by id with the sasaran RPJMD each hangs on
     * @param sasaranRenstra the agencies' Renstra sasaran by id with the sasaran RPJMD each supports
     */
    static List<SimpulPohon> anak(
            int tahun,
            List<SasaranRpjmd> sasaran,
            List<IkuDaerah> iku,
            Map<Long, Long> sasaranIku,
            Map<Long, Long> sasaranRenstra,
            List<RencanaTahunan> rencana) {
        List<SimpulPohon> hasil = new ArrayList<>();
        for (SasaranRpjmd s : sasaran) {
            List<String> indikator = iku.stream()
                    .filter(i -> Objects.equals(sasaranIku.get(i.id()), s.id()))
                    .map(i -> SusunPohon.teks(i.kode() + " " + i.nama(), i.satuan(), i.target(tahun)))
                    .toList();
            List<SimpulPohon> bawah = new ArrayList<>();
            rencana.forEach(r ->
                    bawah.addAll(SusunPohon.sasaran(r, id -> Objects.equals(sasaranRenstra.get(id), s.id()), false)));
            hasil.add(new SimpulPohon(Tingkat.SASARAN_RPJMD, s.label(), null, indikator, bawah));
        }
        List<SimpulPohon> lepas = new ArrayList<>();
        rencana.forEach(r -> lepas.addAll(SusunPohon.sasaran(r, id -> sasaranRenstra.get(id) == null, true)));
        List<String> ikuLepas = iku.stream()
                .filter(i -> sasaranIku.get(i.id()) == null)
                .map(i -> SusunPohon.teks(i.kode() + " " + i.nama(), i.satuan(), i.target(tahun)))
                .toList();
        if (!lepas.isEmpty() || !ikuLepas.isEmpty()) {
            hasil.add(new SimpulPohon(Tingkat.SASARAN_RPJMD, BELUM_DITAUTKAN, null, ikuLepas, lepas));
        }
        return hasil;
    }
}
