package id.pkd.portal.anggaran;

import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks a budget spreadsheet's rows against the year's nomenclature and the agency's tree, and reports every
 * problem by Excel row and column ("Baris 12, kolom Pagu"). Urusan and bidang urusan rows, which the regional
 * exports carry as headings, are passed over; a program's or kegiatan's figures are subtotals and are not read.
 */
@Component
class PeriksaXlsxAnggaran {

    /** The checked rows in code order (parents first), or every problem at once. */
    List<BarisImpor> periksa(
            List<BarisBerkas> baris, RencanaAnggaran rencana, Function<String, Optional<Nomenklatur>> nomenklatur) {
        List<Kesalahan> salah = new ArrayList<>();
        List<BarisImpor> hasil = new ArrayList<>();
        Map<String, Integer> diBerkas = new HashMap<>();
        for (BarisBerkas b : baris) {
            String kode = b.sel(KolomAnggaran.KODE);
            if (kode == null) {
                if (b.sel().values().stream().anyMatch(v -> v != null)) {
                    salah.add(di(b, KolomAnggaran.KODE, "wajib diisi."));
                }
                continue;
            }
            kode = kode.strip();
            Optional<Nomenklatur> n = nomenklatur.apply(kode);
            if (n.isEmpty()) {
                salah.add(di(
                        b,
                        KolomAnggaran.KODE,
                        "kode " + kode + " tidak ada di nomenklatur "
                                + rencana.versi().nama() + "."));
                continue;
            }
            if (n.get().tingkat().tingkatProgram() == null) {
                continue;
            }
            Integer ganda = diBerkas.putIfAbsent(kode, b.nomor());
            if (ganda != null) {
                salah.add(di(b, KolomAnggaran.KODE, "kode " + kode + " sudah ada di baris " + ganda + "."));
                continue;
            }
            hasil.add(
                    n.get().tingkat() == TingkatNomenklatur.SUB_KEGIATAN
                            ? angka(b, n.get(), salah)
                            : new BarisImpor(b.nomor(), n.get(), null, Map.of(), null, null));
        }
        Set<String> ada = new HashSet<>(diBerkas.keySet());
        rencana.baris().forEach(x -> ada.add(x.kode()));
        for (BarisImpor x : hasil) {
            String induk = x.nomenklatur().indukKode();
            if (x.nomenklatur().tingkat() != TingkatNomenklatur.PROGRAM && !ada.contains(induk)) {
                salah.add(new Kesalahan(
                        letak(x.nomor(), KolomAnggaran.KODE),
                        "induk " + induk + " tidak ada di berkas maupun di rencana tahun " + rencana.tahun() + "."));
            }
        }
        if (!salah.isEmpty()) {
            salah.sort(Comparator.comparing(k -> nomorDari(k.path())));
            throw new ValidasiGagalException(salah);
        }
        hasil.sort(Comparator.comparing((BarisImpor x) -> x.nomenklatur().tingkat())
                .thenComparing(x -> x.nomenklatur().kode()));
        return hasil;
    }

    private static BarisImpor angka(BarisBerkas b, Nomenklatur n, List<Kesalahan> salah) {
        BigDecimal pagu = rupiah(b, KolomAnggaran.PAGU, true, salah);
        Map<Integer, BigDecimal> tw = new TreeMap<>();
        for (int t = 1; t <= 4; t++) {
            BigDecimal v = rupiah(b, KolomAnggaran.triwulan(t), false, salah);
            if (v != null) {
                tw.put(t, v);
            }
        }
        BigDecimal realisasi = rupiah(b, KolomAnggaran.REALISASI, false, salah);
        if (realisasi != null && !tw.isEmpty() && realisasi.compareTo(AturanAnggaran.jumlah(tw)) != 0) {
            salah.add(di(
                    b,
                    KolomAnggaran.REALISASI,
                    "tidak sama dengan jumlah realisasi TW I–IV (" + AngkaIndonesia.format(AturanAnggaran.jumlah(tw), 2)
                            + ")."));
        }
        SumberDana sumber = SumberDana.APBD_KABUPATEN_KOTA;
        String s = b.sel(KolomAnggaran.SUMBER_DANA);
        if (s != null) {
            sumber = sumberDana(s);
            if (sumber == null) {
                salah.add(di(
                        b,
                        KolomAnggaran.SUMBER_DANA,
                        "\"" + s + "\" tidak dikenal; isi APBD Kabupaten/Kota, APBD Provinsi atau APBN."));
            }
        }
        return new BarisImpor(b.nomor(), n, pagu, tw, tw.isEmpty() ? realisasi : null, sumber);
    }

    private static BigDecimal rupiah(BarisBerkas b, KolomAnggaran k, boolean wajib, List<Kesalahan> salah) {
        String t = b.sel(k);
        if (t == null) {
            if (wajib) {
                salah.add(di(b, k, "wajib diisi untuk sub kegiatan."));
            }
            return null;
        }
        String bersih = t.replaceFirst("(?i)^rp\\.?\\s*", "").strip();
        try {
            BigDecimal v = AngkaIndonesia.parse(bersih);
            String pesan = AturanAnggaran.salahRupiah(v);
            if (pesan != null) {
                salah.add(di(b, k, pesan.substring(0, 1).toLowerCase(Locale.ROOT) + pesan.substring(1)));
                return null;
            }
            return v;
        } catch (AngkaTidakSahException e) {
            salah.add(di(b, k, "bukan angka (\"" + t + "\")."));
            return null;
        }
    }

    /** The funding source by its label or name, as officials write it ("APBD Kab/Kota", "APBN", "DAK" is not one). */
    static SumberDana sumberDana(String teks) {
        String t = teks.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_./-]+", " ");
        for (SumberDana s : SumberDana.values()) {
            if (t.equals(s.name().replace('_', ' '))
                    || t.equals(s.label().toUpperCase(Locale.ROOT).replaceAll("[\\s_./-]+", " "))) {
                return s;
            }
        }
        return switch (t) {
            case "APBD", "APBD KAB KOTA", "APBD KABUPATEN", "APBD KOTA" -> SumberDana.APBD_KABUPATEN_KOTA;
            case "APBD PROV" -> SumberDana.APBD_PROVINSI;
            default -> null;
        };
    }

    static Kesalahan di(BarisBerkas b, KolomAnggaran k, String pesan) {
        return new Kesalahan(letak(b.nomor(), k), pesan);
    }

    static String letak(int nomor, KolomAnggaran k) {
        return "Baris " + nomor + ", kolom " + k.judul();
    }

    private static int nomorDari(String path) {
        String[] b = path.split("[ ,]");
        return b.length > 1 ? Integer.parseInt(b[1]) : 0;
    }
}
