package id.pkd.portal.renstra;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules a Renstra row obeys beyond its columns' bounds: those of its level (an indicator has a unit, a
 * polarity and, when lower is better, the capaian variant), those across rows (the parent is a row of the level
 * above in the same Renstra; codes are unique in the agency's period, sasaran codes also against its PK sasaran,
 * as the plan import requires) and the targets (every year of the period that is not locked).
 */
@Component
class AturanRenstra {

    private static final Pattern KODE_URUSAN = Pattern.compile("\\d\\.\\d{2}");

    private final TabelRenstra tabel;

    AturanRenstra(TabelRenstra tabel) {
        this.tabel = tabel;
    }

    /** The input as it will be stored (trimmed, blanks as null), or every wrong field at once. */
    IsianBaris periksa(PohonRenstra pohon, IsianBaris isian, List<Kesalahan> batas, Predicate<String> sumberDikenal) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        JenisBaris jenis = isian.jenis();
        String kode =
                Teks.kosongJadiNull(isian.kode()) == null ? null : isian.kode().strip();
        String uraian = Teks.kosongJadiNull(isian.uraian()) == null
                ? null
                : isian.uraian().strip();
        if (jenis == JenisBaris.INDIKATOR && uraian == null) {
            salah.tambah("uraian", "Nama indikator wajib diisi.");
        }
        batas.forEach(k -> salah.tambah(k.path(), k.pesan()));
        if (jenis != JenisBaris.INDIKATOR && kode != null && kode.length() > 20) {
            salah.tambah("kode", "Paling banyak 20 karakter.");
        }
        if (jenis == JenisBaris.INDIKATOR && uraian != null && uraian.codePointCount(0, uraian.length()) > 600) {
            salah.tambah("uraian", "Paling banyak 600 karakter.");
        }
        Long induk = jenis == JenisBaris.TUJUAN ? null : isian.indukId();
        if (jenis != JenisBaris.TUJUAN
                && pohon.dari(jenis.induk()).stream()
                        .noneMatch(b -> Long.valueOf(b.id()).equals(induk))) {
            salah.tambah(
                    "induk",
                    jenis.label() + " harus berada di bawah "
                            + jenis.induk().label().toLowerCase() + " Renstra perangkat daerah dan periode ini.");
        }
        if (kode != null
                && tabel.kodeDipakai(tenant(), jenis, pohon.perangkatDaerahId(), pohon.periodeId(), kode, isian.id())) {
            salah.tambah(
                    "kode",
                    "Kode " + kode + " sudah dipakai " + jenis.label().toLowerCase()
                            + " lain perangkat daerah ini pada periode ini.");
        }
        if (jenis == JenisBaris.SASARAN
                && kode != null
                && tabel.kodeSasaranPkDipakai(
                        tenant(), pohon.perangkatDaerahId(), pohon.tahunAwal(), pohon.tahunAkhir(), kode)) {
            salah.tambah("kode", "Kode " + kode + " sudah dipakai sasaran Perjanjian Kinerja perangkat daerah ini.");
        }
        String urusan = jenis == JenisBaris.SASARAN ? Teks.kosongJadiNull(isian.urusan()) : null;
        if (urusan != null && !KODE_URUSAN.matcher(urusan.strip()).matches()) {
            salah.tambah("urusan", "Kode urusan ditulis seperti \"1.06\".");
        }
        if (jenis != JenisBaris.INDIKATOR) {
            salah.lemparJikaAda();
            return IsianBaris.struktur(jenis, isian.id(), induk, kode, uraian, urusan == null ? null : urusan.strip());
        }
        return indikator(pohon, isian, salah, sumberDikenal, kode, uraian, induk);
    }

    private static IsianBaris indikator(
            PohonRenstra pohon,
            IsianBaris isian,
            IsianTidakSahException.Pengumpul salah,
            Predicate<String> sumberDikenal,
            String kode,
            String uraian,
            Long induk) {
        String satuan = Teks.kosongJadiNull(isian.satuan());
        if (satuan == null) {
            salah.tambah("satuan", "Satuan wajib diisi, misalnya %, orang atau indeks.");
        }
        if (isian.polaritas() == null) {
            salah.tambah("polaritas", "Polaritas wajib dipilih.");
        }
        boolean rendah = isian.polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
        if (rendah && isian.varianRendah() == null) {
            salah.tambah("varianRendah", "Pilih rumus capaian untuk indikator semakin rendah semakin baik.");
        }
        String sumber = Teks.kosongJadiNull(isian.sumberRealisasi());
        if (sumber != null && !sumberDikenal.test(sumber.strip())) {
            salah.tambah(
                    "sumberRealisasi",
                    "Sumber realisasi " + sumber + " bukan indikator terhitung plugin urusan yang terpasang.");
        }
        Map<Integer, BigDecimal> target = new HashMap<>();
        isian.target().forEach((th, nilai) -> {
            if (th < pohon.tahunAwal() || th > pohon.tahunAkhir()) {
                salah.tambah(
                        "target." + th,
                        "Tahun " + th + " di luar periode RPJMD " + pohon.tahunAwal() + "–" + pohon.tahunAkhir() + ".");
            } else if (nilai != null) {
                target.put(th, nilai);
            }
        });
        for (int th : pohon.tahun()) {
            if (!target.containsKey(th) && !pohon.tahunTerkunci().contains(th)) {
                salah.tambah("target." + th, "Target tahun " + th + " wajib diisi.");
            }
        }
        salah.lemparJikaAda();
        String sumberData = Teks.kosongJadiNull(isian.sumberData());
        return new IsianBaris(
                JenisBaris.INDIKATOR,
                isian.id(),
                induk,
                kode,
                uraian,
                null,
                satuan.strip(),
                isian.polaritas(),
                rendah ? isian.varianRendah() : null,
                isian.kondisiAwal(),
                isian.kondisiAkhir(),
                sumberData == null ? null : sumberData.strip(),
                sumber == null ? null : sumber.strip(),
                target);
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
