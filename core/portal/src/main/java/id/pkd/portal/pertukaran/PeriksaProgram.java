package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.enumDari;

import id.pkd.portal.perencanaan.AturanNilaiRealisasi;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.pertukaran.FormatRencana.*;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks an agency's program tree of the year (Permendagri 90/2019 codes, budgets) and its realisasi. */
@Component
class PeriksaProgram {

    private static final Pattern KODE_PROGRAM = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}");
    private static final Pattern KODE_KEGIATAN = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}");
    private static final Pattern KODE_SUB_KEGIATAN = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{2,4}");

    void periksaProgram(Temuan t, String path, List<ProgramData> programs) {
        Set<String> kode = new HashSet<>();
        for (int j = 0; j < programs.size(); j++) {
            ProgramData pr = programs.get(j);
            String pp = path + ".program[" + j + "]";
            if (pr == null) {
                t.salah(pp, "Program kosong.");
                continue;
            }
            periksaKode(t, pp, pr.kode(), KODE_PROGRAM, "1.06.02", null, kode);
            t.wajib(pp + ".nama", pr.nama(), "Nama program");
            periksaIndikatorProgram(t, pp, pr.indikator());
            List<KegiatanData> kk = daftar(pr.kegiatan());
            for (int k = 0; k < kk.size(); k++) {
                KegiatanData kg = kk.get(k);
                String pk = pp + ".kegiatan[" + k + "]";
                if (kg == null) {
                    t.salah(pk, "Kegiatan kosong.");
                    continue;
                }
                periksaKode(t, pk, kg.kode(), KODE_KEGIATAN, "1.06.02.2.01", pr.kode(), kode);
                t.wajib(pk + ".nama", kg.nama(), "Nama kegiatan");
                periksaIndikatorProgram(t, pk, kg.indikator());
                List<SubKegiatanData> ss = daftar(kg.subKegiatan());
                for (int m = 0; m < ss.size(); m++) {
                    SubKegiatanData s = ss.get(m);
                    String ps = pk + ".subKegiatan[" + m + "]";
                    if (s == null) {
                        t.salah(ps, "Sub kegiatan kosong.");
                        continue;
                    }
                    periksaKode(t, ps, s.kode(), KODE_SUB_KEGIATAN, "1.06.02.2.01.0001", kg.kode(), kode);
                    t.wajib(ps + ".nama", s.nama(), "Nama sub kegiatan");
                    periksaIndikatorProgram(t, ps, s.indikator());
                    if (enumDari(SumberDana.class, s.sumberDana()) == null) {
                        t.salah(ps + ".sumberDana", "Sumber dana APBD_KABUPATEN_KOTA, APBD_PROVINSI atau APBN.");
                    }
                    periksaRupiah(t, ps + ".anggaran", s.anggaran(), "Anggaran");
                    periksaRupiah(t, ps + ".realisasi", s.realisasi(), "Realisasi anggaran");
                    if (s.anggaran() != null
                            && s.realisasi() != null
                            && s.realisasi().compareTo(s.anggaran()) > 0) {
                        t.peringatan(ps + ".realisasi", "Realisasi melebihi anggaran sub kegiatan " + s.kode() + ".");
                    }
                }
            }
        }
    }

    private static void periksaKode(
            Temuan t, String path, String kode, Pattern pola, String contoh, String induk, Set<String> terpakai) {
        if (kode == null || !pola.matcher(kode).matches()) {
            t.salah(
                    path + ".kode",
                    "Kode \"" + kode + "\" tidak berformat Permendagri 90/2019 (contoh " + contoh + ").");
        } else if (induk != null && !kode.startsWith(induk + ".")) {
            t.salah(path + ".kode", "Kode " + kode + " tidak berada di bawah kode induknya " + induk + ".");
        } else if (!terpakai.add(kode)) {
            t.salah(path + ".kode", "Kode " + kode + " muncul dua kali.");
        }
    }

    private static void periksaIndikatorProgram(Temuan t, String path, List<IndikatorProgramData> ii) {
        for (int j = 0; j < daftar(ii).size(); j++) {
            IndikatorProgramData i = ii.get(j);
            String pi = path + ".indikator[" + j + "]";
            if (i == null) {
                t.salah(pi, "Indikator kosong.");
                continue;
            }
            t.wajib(pi + ".nama", i.nama(), "Nama indikator");
            t.wajib(pi + ".satuan", i.satuan(), "Satuan");
        }
    }

    private static void periksaRupiah(Temuan t, String path, BigDecimal nilai, String nama) {
        if (nilai == null) {
            t.salah(path, nama + " wajib diisi.");
        } else if (nilai.signum() < 0) {
            t.salah(path, nama + " tidak boleh negatif.");
        } else if (nilai.stripTrailingZeros().scale() > 2) {
            t.salah(path, nama + " paling banyak 2 angka desimal (sen).");
        }
    }

    void periksaRealisasi(
            Temuan t,
            String path,
            List<RealisasiData> rr,
            Set<String> indikator,
            java.util.Map<String, PeriksaRencana.SatuanIndikator> satuan) {
        Set<String> unik = new HashSet<>();
        for (int j = 0; j < rr.size(); j++) {
            RealisasiData r = rr.get(j);
            String pr = path + ".realisasi[" + j + "]";
            if (r == null || r.indikator() == null || !indikator.contains(r.indikator())) {
                t.salah(
                        pr + ".indikator",
                        "Indikator \"" + (r == null ? null : r.indikator()) + "\" tidak ada di perangkat daerah ini.");
                continue;
            }
            int th = r.tahun() == null ? t.tahun : r.tahun();
            int tw = r.triwulan() == null ? RealisasiIndikator.TAHUNAN : r.triwulan();
            if (th < t.tahunAwal || th > t.tahunAkhir) {
                t.salah(
                        pr + ".tahun",
                        "Tahun " + th + " di luar periode RPJMD " + t.tahunAwal + "–" + t.tahunAkhir + ".");
            }
            if (r.triwulan() != null && (tw < 1 || tw > 4)) {
                t.salah(pr + ".triwulan", "Triwulan 1 sampai 4, atau null untuk realisasi setahun.");
            }
            if (!unik.add(r.indikator() + "/" + th + "/" + tw)) {
                t.salah(pr, "Realisasi indikator \"" + r.indikator() + "\" untuk periode yang sama muncul dua kali.");
            }
            PeriksaRencana.SatuanIndikator su = satuan.get(r.indikator());
            AturanNilaiRealisasi.periksa(
                    r.nilai(),
                    r.pembilang(),
                    r.penyebut(),
                    r.skala(),
                    su == null ? null : su.satuan(),
                    su != null && su.rentangBebas(),
                    (isian, pesan) -> t.salah(pr + "." + isian, pesan));
        }
    }
}
