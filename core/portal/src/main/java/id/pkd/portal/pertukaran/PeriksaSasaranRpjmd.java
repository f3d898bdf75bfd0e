package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.kosong;

import id.pkd.portal.pertukaran.FormatRencana.Dokumen;
import id.pkd.portal.pertukaran.FormatRencana.PerangkatDaerahData;
import id.pkd.portal.pertukaran.FormatRencana.SasaranData;
import id.pkd.portal.pertukaran.FormatRencana.SasaranRpjmdData;
import id.pkd.portal.pertukaran.FormatRencana.TujuanData;
import id.pkd.portal.pertukaran.FormatRencana.TujuanRpjmdData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The file's tujuan and sasaran RPJMD: codes present and unique in the period, each tujuan under one of the file's
 * misi, every link of an IKU or a Renstra sasaran naming a sasaran of the file, and every link of a Renstra tujuan a
 * tujuan of it. Without the list the links are not read, so they are not checked either.
 */
final class PeriksaSasaranRpjmd {

    private PeriksaSasaranRpjmd() {}

    static void periksa(Temuan t, Dokumen d) {
        List<TujuanRpjmdData> tujuan = d.rpjmd().tujuan();
        if (tujuan == null) {
            return;
        }
        int misi = daftar(d.rpjmd().misi()).size();
        Set<String> kodeTujuan = new HashSet<>();
        Set<String> kodeSasaran = new HashSet<>();
        for (int j = 0; j < tujuan.size(); j++) {
            TujuanRpjmdData x = tujuan.get(j);
            String path = "rpjmd.tujuan[" + j + "]";
            if (x == null) {
                t.salah(path, "Tujuan RPJMD kosong.");
                continue;
            }
            if (kosong(x.kode())) {
                t.salah(path + ".kode", "Kode tujuan wajib diisi.");
            } else if (!kodeTujuan.add(x.kode().strip())) {
                t.salah(path + ".kode", "Kode tujuan \"" + x.kode() + "\" muncul dua kali.");
            }
            t.wajib(path + ".uraian", x.uraian(), "Uraian tujuan");
            if (x.misi() == null || x.misi() < 1 || x.misi() > misi) {
                t.salah(path + ".misi", "Nomor misi tujuan ini 1–" + misi + ".");
            }
            List<SasaranRpjmdData> sasaran = daftar(x.sasaran());
            for (int k = 0; k < sasaran.size(); k++) {
                SasaranRpjmdData s = sasaran.get(k);
                String ps = path + ".sasaran[" + k + "]";
                if (s == null || kosong(s.kode())) {
                    t.salah(ps + ".kode", "Kode sasaran wajib diisi.");
                    continue;
                }
                if (!kodeSasaran.add(s.kode().strip())) {
                    t.salah(ps + ".kode", "Kode sasaran \"" + s.kode() + "\" muncul dua kali dalam periode.");
                }
                t.wajib(ps + ".uraian", s.uraian(), "Uraian sasaran");
            }
        }
        var iku = daftar(d.rpjmd().ikuDaerah());
        for (int j = 0; j < iku.size(); j++) {
            if (iku.get(j) != null) {
                tautan(t, "rpjmd.ikuDaerah[" + j + "].sasaranRpjmd", iku.get(j).sasaranRpjmd(), kodeSasaran);
            }
        }
        List<PerangkatDaerahData> pd = daftar(d.perangkatDaerah());
        for (int i = 0; i < pd.size(); i++) {
            if (pd.get(i) == null || pd.get(i).renstra() == null) {
                continue;
            }
            List<TujuanData> tr = daftar(pd.get(i).renstra().tujuan());
            for (int j = 0; j < tr.size(); j++) {
                String tujuanRpjmd = tr.get(j) == null ? null : tr.get(j).tujuanRpjmd();
                if (tujuanRpjmd != null && !kodeTujuan.contains(tujuanRpjmd.strip())) {
                    t.salah(
                            "perangkatDaerah[" + i + "].renstra.tujuan[" + j + "].tujuanRpjmd",
                            "Tujuan RPJMD \"" + tujuanRpjmd + "\" tidak ada di rpjmd.tujuan berkas ini.");
                }
                List<SasaranData> sr =
                        tr.get(j) == null ? List.of() : daftar(tr.get(j).sasaran());
                for (int k = 0; k < sr.size(); k++) {
                    if (sr.get(k) != null) {
                        tautan(
                                t,
                                "perangkatDaerah[" + i + "].renstra.tujuan[" + j + "].sasaran[" + k + "].sasaranRpjmd",
                                sr.get(k).sasaranRpjmd(),
                                kodeSasaran);
                    }
                }
            }
        }
    }

    private static void tautan(Temuan t, String path, String kode, Set<String> ada) {
        if (kode != null && !ada.contains(kode.strip())) {
            t.salah(path, "Sasaran RPJMD \"" + kode + "\" tidak ada di rpjmd.tujuan berkas ini.");
        }
    }
}
