package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.umum.BatasKolom;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one PK sasaran: what every field needs, the cascade (a sasaran of the superior's PK of the same
 * year, or of the Renstra for the head of agency), no loop in the cascade, and every indicator with a target and
 * its unit. Every broken rule is reported at its field at once; nothing is written before all pass.
 */
final class AturanPk {

    private AturanPk() {}

    /** The sasaran as it will be written: text stripped, the cascade split into the column it belongs to. */
    record Sasaran(String kode, String uraian, Long sasaranRenstraId, Long sasaranAtasanId) {}

    static Sasaran periksa(RencanaTahunan r, PerjanjianPejabat kini, IsianSasaranPk isian, Map<Long, Long> jenjang) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        BatasKolom.periksa(isian).forEach(k -> salah.tambah(k.path(), k.pesan()));
        String kode = salah.teksWajib(isian.kode(), "kode", "Kode sasaran wajib diisi.", 30);
        String uraian = salah.teksWajib(isian.uraian(), "uraian", "Uraian sasaran wajib diisi.", BatasKolom.TEKS);
        if (kode != null && r.pkSasaran().stream().anyMatch(s -> s.kode().equals(kode) && !s.id().equals(isian.id()))) {
            salah.tambah(
                    "kode",
                    "Kode " + kode + " sudah dipakai sasaran PK lain di perangkat daerah ini tahun " + r.tahun() + ".");
        }
        periksaAtasan(r, kini, isian, jenjang, salah);
        periksaIndikator(r, isian, salah);
        salah.lemparJikaAda();
        return kini.kepala()
                ? new Sasaran(kode, uraian, isian.atasanId(), null)
                : new Sasaran(kode, uraian, null, isian.atasanId());
    }

    private static void periksaAtasan(
            RencanaTahunan r,
            PerjanjianPejabat kini,
            IsianSasaranPk isian,
            Map<Long, Long> jenjang,
            IsianTidakSahException.Pengumpul salah) {
        if (kini.kepala() && kini.pilihanAtasan().isEmpty()) {
            salah.tambah(
                    "atasan",
                    "Renstra perangkat daerah ini belum memiliki sasaran untuk periode "
                            + r.periode().tahunAwal() + "–" + r.periode().tahunAkhir() + ": susun Renstra lebih dulu.");
        } else if (!kini.kepala() && kini.atasanTanpaPk()) {
            salah.tambah(
                    "atasan",
                    kini.atasan().nama() + " (atasan) belum memiliki Perjanjian Kinerja tahun " + r.tahun()
                            + ": susun PK atasan lebih dulu.");
        } else if (isian.atasanId() == null) {
            salah.tambah(
                    "atasan",
                    kini.kepala()
                            ? "Pilih sasaran Renstra yang didukung sasaran ini."
                            : "Pilih sasaran atasan yang didukung sasaran ini.");
        } else if (kini.pilihanAtasan().stream().noneMatch(p -> p.id() == isian.atasanId())) {
            salah.tambah(
                    "atasan",
                    kini.kepala()
                            ? "Sasaran harus sasaran Renstra perangkat daerah ini."
                            : "Sasaran harus sasaran Perjanjian Kinerja "
                                    + kini.atasan().nama() + " tahun " + r.tahun() + ".");
        } else if (!kini.kepala() && isian.id() != null && melingkar(isian.id(), isian.atasanId(), jenjang)) {
            salah.tambah(
                    "atasan",
                    "Jenjang melingkar: sasaran atasan itu sendiri (langsung atau lewat atasannya) sudah dijenjangkan"
                            + " ke sasaran ini.");
        }
    }

    /** Whether walking up from {@code atasanId} reaches {@code id}: the new link would close a loop. */
    static boolean melingkar(long id, long atasanId, Map<Long, Long> jenjang) {
        Set<Long> dilewati = new HashSet<>();
        Long kini = atasanId;
        while (kini != null && dilewati.add(kini)) {
            if (kini == id) {
                return true;
            }
            kini = jenjang.get(kini);
        }
        return false;
    }

    private static void periksaIndikator(
            RencanaTahunan r, IsianSasaranPk isian, IsianTidakSahException.Pengumpul salah) {
        if (isian.indikator().isEmpty()) {
            salah.tambah("indikator", "Tambahkan paling sedikit satu indikator dengan targetnya.");
        }
        Set<Long> dipakai = new HashSet<>();
        for (int n = 0; n < isian.indikator().size(); n++) {
            IsianIndikatorPk i = isian.indikator().get(n);
            String p = "indikator[" + n + "].";
            Optional<Indikator> ada = i.indikatorId() == null ? Optional.empty() : r.indikator(i.indikatorId());
            if (i.indikatorId() != null && ada.isEmpty()) {
                salah.tambah(p + "nama", "Indikator tidak ada di perangkat daerah ini.");
            } else if (ada.isEmpty() || !ada.get().iku()) {
                // a Renstra indicator keeps the Renstra's name and unit; a PK indicator is defined here
                salah.teksWajib(i.nama(), p + "nama", "Nama indikator wajib diisi.", 600);
                salah.teksWajib(i.satuan(), p + "satuan", "Satuan wajib diisi (mis. %, orang, dokumen).", 40);
            }
            if (i.indikatorId() != null && !dipakai.add(i.indikatorId())) {
                salah.tambah(p + "nama", "Indikator ini sudah ada di sasaran ini.");
            } else if (i.indikatorId() != null) {
                dipakaiSasaranLain(r, isian.id(), i.indikatorId())
                        .ifPresent(s -> salah.tambah(
                                p + "nama",
                                "Indikator ini sudah dijanjikan di sasaran " + s.kode() + " tahun " + r.tahun() + "."));
            }
            if (i.target() == null) {
                salah.tambah(p + "target", "Target wajib diisi.");
            }
        }
    }

    private static Optional<PkSasaran> dipakaiSasaranLain(RencanaTahunan r, Long sasaranId, long indikatorId) {
        List<Long> sasaran = r.pkIndikator().stream()
                .filter(i -> i.indikatorId() == indikatorId)
                .map(PkIndikator::pkSasaranId)
                .filter(s -> !s.equals(sasaranId))
                .toList();
        return r.pkSasaran().stream().filter(s -> sasaran.contains(s.id())).findFirst();
    }
}
