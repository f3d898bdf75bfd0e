package id.pkd.portal.plugin;

import id.pkd.plugin.api.BagianLaporan;
import id.pkd.plugin.api.BagianRkpd;
import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.IndikatorTerhitung;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.plugin.api.PenghitungIndikator;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's contributions, read once and checked as a whole when the plugin loads: every form,
 * reference and expression must resolve. Anything wrong throws {@link IllegalArgumentException}
 * with the reason, and the loader refuses the plugin.
 */
final class DefinisiPlugin {

    /** A computed indicator ready to evaluate: parsed expressions, or the plugin's own calculator. */
    record Terhitung(
            IndikatorTerhitung deklarasi,
            DefinisiIndikator indikator,
            Ekspresi.Simpul pembilang,
            Ekspresi.Simpul penyebut,
            PenghitungIndikator penghitung) {}

    private final Map<String, Formulir> formulir = new LinkedHashMap<>();
    private final Map<String, DaftarReferensi> referensi = new LinkedHashMap<>();
    private final Map<String, Terhitung> terhitung = new LinkedHashMap<>();
    private final Map<String, Ekspresi.Simpul> turunan = new LinkedHashMap<>();
    private final List<BagianLaporan> bagian;
    private final List<BagianRkpd> bagianRkpd;

    DefinisiPlugin(UrusanPlugin plugin) {
        for (DaftarReferensi r : plugin.referensi()) {
            if (referensi.put(r.kode(), r) != null) {
                throw new IllegalArgumentException("daftar referensi " + r.kode() + " ganda");
            }
        }
        for (Formulir f : plugin.formulir()) {
            if (formulir.put(f.kode(), f) != null) {
                throw new IllegalArgumentException("formulir " + f.kode() + " ganda");
            }
        }
        Ekspresi.Skema skema = new Ekspresi.Skema() {
            @Override
            public String periksaIsian(String kodeFormulir, String kodeIsian, boolean harusAngka) {
                Formulir f = formulir.get(kodeFormulir);
                if (f == null) {
                    return "formulir '" + kodeFormulir + "' tidak ada";
                }
                Optional<Isian> i = f.isian(kodeIsian);
                if (i.isEmpty()) {
                    return "isian '" + kodeIsian + "' tidak ada di formulir '" + kodeFormulir + "'";
                }
                if (harusAngka && !PenyimpanNilai.angka(i.get().jenis())) {
                    return "isian '" + kodeIsian + "' di formulir '" + kodeFormulir + "' bukan angka";
                }
                return null;
            }

            @Override
            public String periksaFormulir(String kodeFormulir) {
                return formulir.containsKey(kodeFormulir) ? null : "formulir '" + kodeFormulir + "' tidak ada";
            }
        };
        for (Formulir f : formulir.values()) {
            if (f.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI) {
                perluReferensi(f.rincian().referensi(), "formulir " + f.kode());
            }
            for (Isian i : f.isian()) {
                String tempat = "isian " + f.kode() + "." + i.kode();
                switch (i.jenis()) {
                    case PILIHAN -> perluReferensi(i.referensi(), tempat);
                    case KELAS -> {
                        perluReferensi(i.referensi(), tempat);
                        Optional<Isian> sumber = f.isian(i.rumus());
                        if (sumber.isEmpty()
                                || !PenyimpanNilai.angka(sumber.get().jenis())) {
                            throw new IllegalArgumentException(
                                    tempat + ": isian nilai '" + i.rumus() + "' tidak ada atau bukan angka");
                        }
                    }
                    case RUJUKAN -> {
                        Formulir tujuan = formulir.get(i.referensi());
                        if (tujuan == null || tujuan.kunci() == null) {
                            throw new IllegalArgumentException(
                                    tempat + ": formulir rujukan '" + i.referensi() + "' tidak ada atau tanpa kunci");
                        }
                    }
                    case TURUNAN -> {
                        Ekspresi.Simpul s = urai(i.rumus(), tempat);
                        cek(Ekspresi.periksa(s, skema, f.kode()), tempat, i.rumus());
                        turunan.put(f.kode() + "." + i.kode(), s);
                    }
                    default -> {}
                }
            }
        }
        Map<String, DefinisiIndikator> indikator = new LinkedHashMap<>();
        plugin.indikator().forEach(i -> indikator.put(i.kode(), i));
        for (IndikatorTerhitung t : plugin.indikatorTerhitung()) {
            String tempat = "indikator terhitung " + t.kode();
            DefinisiIndikator d = indikator.get(t.kode());
            if (d == null) {
                throw new IllegalArgumentException(tempat + ": tidak ada di daftar indikator plugin");
            }
            if (t.penghitung() != null) {
                try {
                    PenghitungIndikator p =
                            t.penghitung().getDeclaredConstructor().newInstance();
                    terhitung.put(t.kode(), new Terhitung(t, d, null, null, p));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException(tempat + ": penghitung tidak dapat dibuat (" + e + ")");
                }
                continue;
            }
            Ekspresi.Simpul pembilang = urai(t.pembilang(), tempat + " (pembilang)");
            cek(Ekspresi.periksa(pembilang, skema, null), tempat + " (pembilang)", t.pembilang());
            Ekspresi.Simpul penyebut = urai(t.penyebut(), tempat + " (penyebut)");
            cek(Ekspresi.periksa(penyebut, skema, null), tempat + " (penyebut)", t.penyebut());
            if (terhitung.put(t.kode(), new Terhitung(t, d, pembilang, penyebut, null)) != null) {
                throw new IllegalArgumentException(tempat + ": ganda");
            }
        }
        for (BagianLaporan b : plugin.bagianLaporan()) {
            if (!formulir.containsKey(b.formulir())) {
                throw new IllegalArgumentException(
                        "bagian laporan " + b.kode() + ": formulir '" + b.formulir() + "' tidak ada");
            }
            if (plugin.getClass().getClassLoader().getResource(b.templat()) == null) {
                throw new IllegalArgumentException(
                        "bagian laporan " + b.kode() + ": templat " + b.templat() + " tidak ada di arsip plugin");
            }
            if (b.saringan() != null
                    && formulir.get(b.formulir()).isian(b.saringan().isian()).isEmpty()) {
                throw new IllegalArgumentException("bagian laporan " + b.kode() + ": isian saringan '"
                        + b.saringan().isian() + "' tidak ada di formulir " + b.formulir());
            }
            if (b.jenis() == BagianLaporan.Jenis.RIWAYAT) {
                Formulir f = formulir.get(b.formulir());
                if (!f.tahunan() || f.rincian().jenis() != Formulir.Rincian.Jenis.MENURUT_REFERENSI) {
                    throw new IllegalArgumentException("bagian laporan " + b.kode() + ": riwayat memerlukan formulir"
                            + " tahunan menurut daftar referensi, '" + b.formulir() + "' bukan");
                }
                if (f.isian(b.isianRiwayat())
                        .filter(i -> PenyimpanNilai.angka(i.jenis()))
                        .isEmpty()) {
                    throw new IllegalArgumentException("bagian laporan " + b.kode() + ": isian angka '"
                            + b.isianRiwayat() + "' tidak ada di formulir " + b.formulir());
                }
            }
        }
        this.bagian = List.copyOf(plugin.bagianLaporan());
        this.bagianRkpd = List.copyOf(plugin.bagianRkpd());
        this.bagianRkpd.forEach(this::periksa);
    }

    /**
     * An RKPD part reads a yearly form: typed rows with text number/name fields and a numeric value for the
     * tables, a form by reference list with two numeric fields for the narrative.
     */
    private void periksa(BagianRkpd b) {
        String tempat = "bagian RKPD " + b.kode();
        Formulir f = formulir.get(b.formulir());
        if (f == null || !f.tahunan()) {
            throw new IllegalArgumentException(tempat + ": formulir tahunan '" + b.formulir() + "' tidak ada");
        }
        boolean menurutReferensi = f.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI;
        List<Boolean> angka =
                switch (b.jenis()) {
                    case RIWAYAT_INDIKATOR -> List.of(false, false, true, false);
                    case SPM -> List.of(false, false, false, true);
                    case NARASI_PER_JENIS -> List.of(true, true);
                };
        if (menurutReferensi != (b.jenis() == BagianRkpd.Jenis.NARASI_PER_JENIS)) {
            throw new IllegalArgumentException(tempat + ": formulir '" + b.formulir() + "' "
                    + (menurutReferensi ? "menurut daftar referensi" : "tidak menurut daftar referensi"));
        }
        for (int i = 0; i < angka.size(); i++) {
            String kode = b.isian().get(i);
            Optional<Isian> isian = f.isian(kode);
            if (isian.isEmpty() || PenyimpanNilai.angka(isian.get().jenis()) != angka.get(i)) {
                throw new IllegalArgumentException(tempat + ": isian " + (angka.get(i) ? "angka" : "teks") + " '" + kode
                        + "' tidak ada di formulir " + b.formulir());
            }
        }
    }

    private void perluReferensi(String kode, String tempat) {
        if (!referensi.containsKey(kode)) {
            throw new IllegalArgumentException(tempat + ": daftar referensi '" + kode + "' tidak ada");
        }
    }

    private static Ekspresi.Simpul urai(String teks, String tempat) {
        try {
            return Ekspresi.urai(teks);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ekspresi " + tempat + " tidak sah: " + e.getMessage());
        }
    }

    private static void cek(String masalah, String tempat, String teks) {
        if (masalah != null) {
            throw new IllegalArgumentException("ekspresi " + tempat + " tidak sah: " + masalah + " (\"" + teks + "\")");
        }
    }

    List<Formulir> formulir() {
        return List.copyOf(formulir.values());
    }

    Optional<Formulir> formulir(String kode) {
        return Optional.ofNullable(formulir.get(kode));
    }

    Optional<DaftarReferensi> referensi(String kode) {
        return Optional.ofNullable(referensi.get(kode));
    }

    List<DaftarReferensi> referensi() {
        return List.copyOf(referensi.values());
    }

    Optional<Terhitung> terhitung(String kode) {
        return Optional.ofNullable(terhitung.get(kode));
    }

    List<Terhitung> terhitung() {
        return List.copyOf(terhitung.values());
    }

    Optional<Ekspresi.Simpul> turunan(String formulir, String isian) {
        return Optional.ofNullable(turunan.get(formulir + "." + isian));
    }

    List<BagianLaporan> bagian() {
        return bagian;
    }

    List<BagianRkpd> bagianRkpd() {
        return bagianRkpd;
    }

    static boolean jenisAngka(JenisIsian j) {
        return PenyimpanNilai.angka(j);
    }
}
