package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.enumDari;
import static id.pkd.portal.pertukaran.Temuan.kosong;
import static id.pkd.portal.pertukaran.Temuan.nip;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.plugin.DataUrusanService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks an agency's Renstra (tujuan, sasaran, indicators and their targets) and its PK of the year. */
@Component
class PeriksaRenstra {

    private static final Pattern KODE_URUSAN = Pattern.compile("\\d\\.\\d{2}");

    private final DataUrusanService dataUrusan;

    PeriksaRenstra(DataUrusanService dataUrusan) {
        this.dataUrusan = dataUrusan;
    }

    /** Returns the codes of every indicator the file defines for the agency (Renstra and PK). */
    Set<String> periksa(Temuan t, String path, PerangkatDaerahData pd, Map<String, PejabatData> pejabatPerNip) {
        Map<String, IndikatorData> indikatorRenstra = new HashMap<>();
        Set<String> kodeSasaran = new HashSet<>();
        Set<String> kodeTujuan = new HashSet<>();
        List<TujuanData> tujuan =
                pd.renstra() == null ? List.of() : daftar(pd.renstra().tujuan());
        for (int j = 0; j < tujuan.size(); j++) {
            TujuanData tj = tujuan.get(j);
            String pt = path + ".renstra.tujuan[" + j + "]";
            if (tj == null || kosong(tj.kode())) {
                t.salah(pt + ".kode", "Kode tujuan wajib diisi.");
                continue;
            }
            if (!kodeTujuan.add(tj.kode())) {
                t.salah(pt + ".kode", "Kode tujuan \"" + tj.kode() + "\" muncul dua kali.");
            }
            t.wajib(pt + ".uraian", tj.uraian(), "Uraian tujuan");
            List<SasaranData> ss = daftar(tj.sasaran());
            for (int k = 0; k < ss.size(); k++) {
                SasaranData s = ss.get(k);
                String ps = pt + ".sasaran[" + k + "]";
                if (s == null || kosong(s.kode())) {
                    t.salah(ps + ".kode", "Kode sasaran wajib diisi.");
                    continue;
                }
                if (!kodeSasaran.add(s.kode())) {
                    t.salah(ps + ".kode", "Kode sasaran \"" + s.kode() + "\" muncul dua kali.");
                }
                t.wajib(ps + ".uraian", s.uraian(), "Uraian sasaran");
                if (s.urusan() != null && !KODE_URUSAN.matcher(s.urusan()).matches()) {
                    t.salah(ps + ".urusan", "Kode urusan ditulis seperti \"1.06\".");
                }
                List<IndikatorData> ii = daftar(s.indikator());
                for (int m = 0; m < ii.size(); m++) {
                    IndikatorData ind = ii.get(m);
                    String pi = ps + ".indikator[" + m + "]";
                    if (ind == null || kosong(ind.kode())) {
                        t.salah(pi + ".kode", "Kode indikator wajib diisi.");
                        continue;
                    }
                    if (indikatorRenstra.put(ind.kode(), ind) != null) {
                        t.salah(pi + ".kode", "Kode indikator \"" + ind.kode() + "\" muncul dua kali.");
                    }
                    periksaIndikator(t, pi, ind.nama(), ind.satuan(), ind.polaritas(), ind.varianRendah());
                    if (ind.sumberRealisasi() != null && !dataUrusan.sumberDikenal(ind.sumberRealisasi())) {
                        t.salah(
                                pi + ".sumberRealisasi",
                                "Sumber realisasi " + ind.sumberRealisasi()
                                        + " bukan indikator terhitung plugin urusan yang terpasang"
                                        + " (bentuk: id-plugin/kode-indikator).");
                    }
                    periksaTarget(t, pi, ind.target());
                }
            }
        }
        Set<String> indikatorPk = periksaPerjanjian(t, path, pd, pejabatPerNip, indikatorRenstra, kodeSasaran);
        Set<String> semua = new HashSet<>(indikatorRenstra.keySet());
        semua.addAll(indikatorPk);
        return semua;
    }

    private static void periksaTarget(Temuan t, String pi, Map<String, BigDecimal> target) {
        Map<String, BigDecimal> tt = target == null ? Map.of() : target;
        for (Map.Entry<String, BigDecimal> e : tt.entrySet()) {
            String pth = pi + ".target." + e.getKey();
            Integer th = Temuan.tahunDari(e.getKey());
            if (th == null || th < t.tahunAwal || th > t.tahunAkhir) {
                t.salah(
                        pth,
                        "Target untuk tahun " + e.getKey() + " di luar periode RPJMD " + t.tahunAwal + "–"
                                + t.tahunAkhir + ".");
            } else if (e.getValue() == null) {
                t.salah(pth, "Nilai target wajib diisi.");
            }
        }
        if (!tt.containsKey(Integer.toString(t.tahun))) {
            t.salah(pi + ".target", "Target tahun " + t.tahun + " wajib ada.");
        }
    }

    private static Set<String> periksaPerjanjian(
            Temuan t,
            String path,
            PerangkatDaerahData pd,
            Map<String, PejabatData> pejabatPerNip,
            Map<String, IndikatorData> indikatorRenstra,
            Set<String> kodeSasaran) {
        Set<String> indikatorPk = new HashSet<>();
        Map<String, String> pemilikSasaranPk = new HashMap<>();
        Set<String> pihakPertama = new HashSet<>();
        List<PerjanjianKinerjaData> pks = daftar(pd.perjanjianKinerja());
        for (int j = 0; j < pks.size(); j++) {
            PerjanjianKinerjaData k = pks.get(j);
            String pp = path + ".perjanjianKinerja[" + j + "]";
            if (k == null || k.pihakPertama() == null || !pejabatPerNip.containsKey(nip(k.pihakPertama()))) {
                t.salah(pp + ".pihakPertama", "Pihak pertama harus NIP pejabat perangkat daerah ini.");
                continue;
            }
            if (!pihakPertama.add(nip(k.pihakPertama()))) {
                t.salah(pp + ".pihakPertama", "Pejabat ini sudah memiliki perjanjian kinerja tahun " + t.tahun + ".");
            }
            PihakKeduaData dua = k.pihakKedua();
            if (dua == null || (dua.nip() == null && (kosong(dua.nama()) || kosong(dua.jabatan())))) {
                t.salah(pp + ".pihakKedua", "Pihak kedua: NIP pejabat, atau nama dan jabatan.");
            } else if (dua.nip() != null && !pejabatPerNip.containsKey(nip(dua.nip()))) {
                t.salah(
                        pp + ".pihakKedua.nip",
                        "Pihak kedua dengan NIP " + dua.nip() + " tidak ada di daftar pejabat.");
            }
            List<PkSasaranData> ss = daftar(k.sasaran());
            for (int m = 0; m < ss.size(); m++) {
                PkSasaranData s = ss.get(m);
                String ps = pp + ".sasaran[" + m + "]";
                if (s == null || kosong(s.kode())) {
                    t.salah(ps + ".kode", "Kode sasaran wajib diisi.");
                    continue;
                }
                if (pemilikSasaranPk.put(s.kode(), k.pihakPertama()) != null || kodeSasaran.contains(s.kode())) {
                    t.salah(ps + ".kode", "Kode sasaran \"" + s.kode() + "\" sudah dipakai.");
                }
                t.wajib(ps + ".uraian", s.uraian(), "Uraian sasaran");
                if (s.sasaranRenstra() != null && !kodeSasaran.contains(s.sasaranRenstra())) {
                    t.salah(ps + ".sasaranRenstra", "Sasaran Renstra \"" + s.sasaranRenstra() + "\" tidak ada.");
                }
                Set<String> diSasaran = new HashSet<>();
                List<PkIndikatorData> ii = daftar(s.indikator());
                for (int n = 0; n < ii.size(); n++) {
                    PkIndikatorData ind = ii.get(n);
                    String pi = ps + ".indikator[" + n + "]";
                    if (ind == null || kosong(ind.kode())) {
                        t.salah(pi + ".kode", "Kode indikator wajib diisi.");
                        continue;
                    }
                    if (!diSasaran.add(ind.kode())) {
                        // The import keys a PK target by its sasaran and indicator.
                        t.salah(pi + ".kode", "Indikator \"" + ind.kode() + "\" muncul dua kali di sasaran ini.");
                    }
                    if (ind.target() == null) {
                        t.salah(pi + ".target", "Target wajib diisi.");
                    }
                    if (indikatorRenstra.containsKey(ind.kode())) {
                        if (ind.nama() != null || ind.satuan() != null || ind.polaritas() != null) {
                            t.salah(
                                    pi + ".nama",
                                    "Indikator Renstra \"" + ind.kode()
                                            + "\" dirujuk dengan kodenya saja; nama, satuan dan polaritas diambil dari Renstra.");
                        }
                    } else if (!indikatorPk.add(ind.kode())) {
                        t.salah(pi + ".kode", "Kode indikator \"" + ind.kode() + "\" sudah dipakai.");
                    } else {
                        periksaIndikator(t, pi, ind.nama(), ind.satuan(), ind.polaritas(), ind.varianRendah());
                    }
                }
            }
        }
        for (int j = 0; j < pks.size(); j++) {
            PerjanjianKinerjaData k = pks.get(j);
            if (k == null) {
                continue;
            }
            List<PkSasaranData> ss = daftar(k.sasaran());
            for (int m = 0; m < ss.size(); m++) {
                PkSasaranData s = ss.get(m);
                if (s != null && s.sasaranAtasan() != null) {
                    String pemilik = pemilikSasaranPk.get(s.sasaranAtasan());
                    if (pemilik == null || pemilik.equals(k.pihakPertama())) {
                        t.salah(
                                path + ".perjanjianKinerja[" + j + "].sasaran[" + m + "].sasaranAtasan",
                                "Sasaran atasan \"" + s.sasaranAtasan()
                                        + "\" tidak ada di perjanjian kinerja pejabat lain.");
                    }
                }
            }
        }
        return indikatorPk;
    }

    static void periksaIndikator(Temuan t, String path, String nama, String satuan, String polaritas, String varian) {
        t.wajib(path + ".nama", nama, "Nama indikator");
        t.wajib(path + ".satuan", satuan, "Satuan");
        Polaritas pol = enumDari(Polaritas.class, polaritas);
        if (pol == null) {
            t.salah(path + ".polaritas", "Polaritas SEMAKIN_TINGGI_SEMAKIN_BAIK atau SEMAKIN_RENDAH_SEMAKIN_BAIK.");
        } else if (pol == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK && enumDari(VarianRendah.class, varian) == null) {
            t.salah(path + ".varianRendah", "Indikator semakin rendah semakin baik memerlukan varian rumus A atau B.");
        } else if (pol == Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK && varian != null) {
            t.salah(path + ".varianRendah", "Varian rumus hanya untuk indikator semakin rendah semakin baik.");
        }
    }
}
