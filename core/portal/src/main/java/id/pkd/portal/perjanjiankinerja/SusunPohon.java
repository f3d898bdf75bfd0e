package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the agency part of the pohon kinerja from a year plan: Renstra sasaran, the head's PK sasaran that
 * cascade to each, and below them the sasaran of the subordinates' PK, level by level. A PK sasaran that cascades
 * to nothing hangs under the agency, marked, so nothing agreed is missing from the tree.
 */
final class SusunPohon {

    private final RencanaTahunan r;
    private final Set<Long> dipakai = new HashSet<>();

    private SusunPohon(RencanaTahunan r) {
        this.r = r;
    }

    static SimpulPohon perangkatDaerah(RencanaTahunan r) {
        return new SusunPohon(r).susun();
    }

    /** One official's agreement at the root, their sasaran and every sasaran that cascades below them. */
    static SimpulPohon perjanjian(RencanaTahunan r, PerjanjianKinerja pk) {
        SusunPohon s = new SusunPohon(r);
        Optional<Pejabat> p = r.pejabat(pk.pejabatId());
        List<SimpulPohon> anak = new ArrayList<>();
        r.sasaranPk(pk.id()).forEach(x -> s.simpul(x, "").ifPresent(anak::add));
        return new SimpulPohon(
                p.map(SusunPohon::tingkat).orElse(Tingkat.ESELON),
                "Perjanjian Kinerja Tahun " + r.tahun(),
                p.map(x -> BacaPerjanjian.jabatan(r, x) + " – " + x.nama()).orElse(null),
                List.of(),
                anak);
    }

    /**
     * The agency's Renstra sasaran {@code pilih} accepts (by id), each with the PK cascading to it, and with
     * {@code lepas} the PK sasaran that cascade to nothing: the pieces the tree rooted in the sasaran RPJMD hangs
     * under each sasaran RPJMD.
     */
    static List<SimpulPohon> sasaran(RencanaTahunan r, Predicate<Long> pilih, boolean lepas) {
        return new SusunPohon(r).anak(pilih, lepas);
    }

    private SimpulPohon susun() {
        return new SimpulPohon(
                Tingkat.PERANGKAT_DAERAH, r.perangkatDaerah().nama(), null, List.of(), anak(s -> true, true));
    }

    private List<SimpulPohon> anak(Predicate<Long> pilih, boolean lepas) {
        List<SimpulPohon> anak = new ArrayList<>();
        for (Sasaran s : r.sasaran()) {
            if (!pilih.test(s.id())) {
                continue;
            }
            List<SimpulPohon> pk = new ArrayList<>();
            r.pkSasaran().stream()
                    .filter(x -> s.id().equals(x.sasaranRenstraId()))
                    .forEach(x -> simpul(x, "").ifPresent(pk::add));
            List<String> indikator = r.indikatorSasaran(s.id()).stream()
                    .map(i -> teks(i, r.target(i.id(), r.tahun()).orElse(null)))
                    .toList();
            anak.add(new SimpulPohon(
                    Tingkat.SASARAN_RENSTRA,
                    s.kode() + " " + s.uraian(),
                    r.perangkatDaerah().namaPendek(),
                    indikator,
                    pk));
        }
        for (PkSasaran x : r.pkSasaran()) {
            if (lepas && !dipakai.contains(x.id()) && x.sasaranRenstraId() == null && x.sasaranAtasanId() == null) {
                simpul(x, " (belum dijenjangkan)").ifPresent(anak::add);
            }
        }
        return anak;
    }

    /** A PK sasaran and those cascading to it; each once, so data that loops still ends. */
    private Optional<SimpulPohon> simpul(PkSasaran s, String catatan) {
        if (!dipakai.add(s.id())) {
            return Optional.empty();
        }
        Optional<PerjanjianKinerja> pk = r.perjanjianKinerja().stream()
                .filter(k -> k.id() == s.perjanjianKinerjaId())
                .findFirst();
        Optional<Pejabat> p = pk.flatMap(k -> r.pejabat(k.pejabatId()));
        Tingkat tingkat = p.map(SusunPohon::tingkat).orElse(Tingkat.ESELON);
        String pemilik =
                p.map(x -> BacaPerjanjian.jabatan(r, x) + " – " + x.nama()).orElse(null);
        List<SimpulPohon> anak = new ArrayList<>();
        r.pkSasaran().stream().filter(x -> s.id().equals(x.sasaranAtasanId())).forEach(x -> simpul(x, "")
                .ifPresent(anak::add));
        List<String> indikator =
                r.indikatorPk(s.id()).stream().map(i -> teks(i, r)).toList();
        return Optional.of(new SimpulPohon(tingkat, s.kode() + " " + s.uraian() + catatan, pemilik, indikator, anak));
    }

    private static Tingkat tingkat(Pejabat p) {
        if (p.atasanId() == null) {
            return Tingkat.KEPALA;
        }
        return "JF".equals(p.eselon()) ? Tingkat.JF : Tingkat.ESELON;
    }

    private static String teks(PkIndikator i, RencanaTahunan r) {
        return r.indikator(i.indikatorId()).map(x -> teks(x, i.target())).orElse("?");
    }

    static String teks(Indikator i, BigDecimal target) {
        return teks(i.nama(), i.satuan(), target);
    }

    static String teks(String nama, String satuan, BigDecimal target) {
        return nama + ": "
                + (target == null ? "target belum diisi" : AngkaIndonesia.formatRingkas(target) + " " + satuan);
    }
}
