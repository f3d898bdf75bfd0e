package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.Pelaksana;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.IndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.Pilihan;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads an official's agreement of a year out of the agency's year plan, with what it may cascade to. */
final class BacaPerjanjian {

    private BacaPerjanjian() {}

    static PerjanjianPejabat baca(RencanaTahunan r, Pejabat p, boolean terkunci) {
        Pejabat atasan = r.pejabat(p.atasanId()).orElse(null);
        Optional<PerjanjianKinerja> pk = milik(r, p.id());
        Optional<PerjanjianKinerja> pkAtasan = atasan == null ? Optional.empty() : milik(r, atasan.id());
        List<Pilihan> pilihanAtasan = atasan == null
                ? r.sasaran().stream().map(BacaPerjanjian::pilihan).toList()
                : pkAtasan.map(k -> r.sasaranPk(k.id()).stream()
                                .map(s -> new Pilihan(s.id(), s.kode() + " – " + s.uraian()))
                                .toList())
                        .orElse(List.of());
        List<Pilihan> renstra = r.indikator().stream()
                .filter(Indikator::iku)
                .map(i -> new Pilihan(i.id(), i.kode() + " – " + i.nama() + " (" + i.satuan() + ")"))
                .toList();
        String namaKedua = atasan == null ? null : atasan.nama();
        String jabatanKedua = atasan == null ? null : jabatan(r, atasan);
        if (pk.isPresent() && pk.get().pihakKeduaPejabatId() == null) {
            namaKedua = pk.get().pihakKeduaNama();
            jabatanKedua = pk.get().pihakKeduaJabatan();
        }
        return new PerjanjianPejabat(
                r.perangkatDaerah().id(),
                r.tahun(),
                p,
                jabatan(r, p),
                atasan,
                pk.map(PerjanjianKinerja::id).orElse(null),
                namaKedua,
                jabatanKedua,
                pk.map(k -> r.sasaranPk(k.id()).stream().map(s -> sasaran(r, s)).toList())
                        .orElse(List.of()),
                pilihanAtasan,
                renstra,
                atasan != null && pkAtasan.isEmpty(),
                terkunci);
    }

    static Optional<PerjanjianKinerja> milik(RencanaTahunan r, long pejabatId) {
        return r.perjanjianKinerja().stream()
                .filter(k -> k.pejabatId() == pejabatId)
                .findFirst();
    }

    /** The position as the year's documents print it: "Plt. …"/"Plh. …" when the official acts for one then. */
    static String jabatan(RencanaTahunan r, Pejabat p) {
        LocalDate awal = LocalDate.of(r.tahun(), 1, 1);
        LocalDate akhir = LocalDate.of(r.tahun(), 12, 31);
        return r.pelaksana().stream()
                .filter(l -> l.pejabatId() == p.id() && !"DEFINITIF".equals(l.jenis()))
                .filter(l -> !l.mulai().isAfter(akhir) && !l.selesai().isBefore(awal))
                .map(Pelaksana::jabatanTercetak)
                .findFirst()
                .orElse(p.jabatan());
    }

    static Pilihan pilihan(Sasaran s) {
        return new Pilihan(s.id(), s.kode() + " – " + s.uraian());
    }

    private static SasaranPk sasaran(RencanaTahunan r, PkSasaran s) {
        Long atasanId = s.sasaranRenstraId() != null ? s.sasaranRenstraId() : s.sasaranAtasanId();
        String label = s.sasaranRenstraId() != null
                ? r.sasaran().stream()
                        .filter(x -> x.id().equals(s.sasaranRenstraId()))
                        .map(x -> "Renstra " + x.kode() + " – " + x.uraian())
                        .findFirst()
                        .orElse(null)
                : r.pkSasaran().stream()
                        .filter(x -> x.id().equals(s.sasaranAtasanId()))
                        .map(x -> x.kode() + " – " + x.uraian())
                        .findFirst()
                        .orElse(null);
        List<IndikatorPk> indikator =
                r.indikatorPk(s.id()).stream().map(i -> indikator(r, i)).toList();
        return new SasaranPk(s.id(), s.kode(), s.uraian(), atasanId, label, indikator);
    }

    private static IndikatorPk indikator(RencanaTahunan r, PkIndikator i) {
        Indikator ind = r.indikator(i.indikatorId()).orElseThrow();
        return new IndikatorPk(ind.id(), ind.kode(), ind.nama(), ind.satuan(), ind.iku(), i.target());
    }
}
