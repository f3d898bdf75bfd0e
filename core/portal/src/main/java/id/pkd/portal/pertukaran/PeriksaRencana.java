package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.kosong;
import static id.pkd.portal.pertukaran.Temuan.nip;

import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.perencanaan.AturanPejabat;
import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.umum.BatasKolom;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a whole file before anything is written and reports every problem with its path: the
 * document, each agency, its bidang, officials and acting officials. The Renstra, the PK, the
 * program tree and the realisasi are checked by {@link PeriksaRenstra} and {@link PeriksaProgram}.
 * Reads the database, never writes; whether a change touches a locked year is decided by the
 * writer, which alone sees what changes.
 */
@Component
class PeriksaRencana {

    private static final Pattern KODE_BIDANG = Pattern.compile("[A-Z0-9_]{1,30}");

    private final JdbcClient jdbc;
    private final PeriksaRenstra renstra;
    private final PeriksaProgram program;

    PeriksaRencana(JdbcClient jdbc, PeriksaRenstra renstra, PeriksaProgram program) {
        this.jdbc = jdbc;
        this.renstra = renstra;
        this.program = program;
    }

    Temuan periksa(long tenant, Dokumen d) {
        Temuan t = new Temuan(tenant);
        // the column bounds declared on the format's records, before any rule that reads the database
        BatasKolom.periksa(d).forEach(k -> t.salah(k.path(), k.pesan()));
        if (!FormatRencana.VERSI.equals(d.format())) {
            t.salah("format", "Format harus \"" + FormatRencana.VERSI + "\".");
        }
        if (d.tahun() == null || d.tahun() < 2000 || d.tahun() > 2100) {
            t.salah("tahun", "Tahun rencana wajib diisi (2000–2100).");
            return t;
        }
        t.tahun = d.tahun();
        Rpjmd r = d.rpjmd();
        if (r == null || r.tahunAwal() == null || r.tahunAkhir() == null) {
            t.salah("rpjmd", "Periode RPJMD (tahunAwal, tahunAkhir) wajib diisi.");
            return t;
        }
        t.tahunAwal = r.tahunAwal();
        t.tahunAkhir = r.tahunAkhir();
        if (t.tahunAkhir <= t.tahunAwal || t.tahunAkhir - t.tahunAwal > 6) {
            t.salah(
                    "rpjmd.tahunAkhir",
                    "Periode RPJMD harus 5 sampai 6 tahun kalender, tahun akhir setelah tahun awal.");
            return t;
        }
        if (t.tahun < t.tahunAwal || t.tahun > t.tahunAkhir) {
            t.salah("tahun", "Tahun " + t.tahun + " di luar periode RPJMD " + t.tahunAwal + "–" + t.tahunAkhir + ".");
        }
        t.wajib("rpjmd.visi", r.visi(), "Visi");
        if (daftar(r.misi()).isEmpty() || r.misi().stream().anyMatch(Temuan::kosong)) {
            t.salah("rpjmd.misi", "Misi wajib diisi, sedikitnya satu, tanpa butir kosong.");
        }
        periksaPeriodeLain(t);
        periksaIkuDaerah(t, r.ikuDaerah());
        PeriksaSasaranRpjmd.periksa(t, d);
        List<PerangkatDaerahData> semua = daftar(d.perangkatDaerah());
        if (semua.isEmpty()) {
            t.salah("perangkatDaerah", "Sedikitnya satu perangkat daerah.");
        }
        Set<String> kode = new HashSet<>();
        for (int i = 0; i < semua.size(); i++) {
            PerangkatDaerahData pd = semua.get(i);
            String path = "perangkatDaerah[" + i + "]";
            if (pd == null) {
                t.salah(path, "Perangkat daerah kosong.");
                continue;
            }
            if (kosong(pd.kode())) {
                t.salah(path + ".kode", "Kode perangkat daerah wajib diisi.");
            } else if (!kode.add(pd.kode())) {
                t.salah(path + ".kode", "Kode perangkat daerah \"" + pd.kode() + "\" muncul dua kali.");
            }
            t.wajib(path + ".nama", pd.nama(), "Nama perangkat daerah");
            periksa(t, path, pd);
        }
        return t;
    }

    private void periksaPeriodeLain(Temuan t) {
        jdbc.sql("SELECT tahun_awal, tahun_akhir FROM periode_rpjmd WHERE tenant_id = ?")
                .param(t.tenant)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .list()
                .forEach(ada -> {
                    boolean sama = ada[0] == t.tahunAwal;
                    boolean tumpang = t.tahunAwal <= ada[1] && ada[0] <= t.tahunAkhir;
                    if (!sama && tumpang) {
                        t.salah(
                                "rpjmd",
                                "Periode " + t.tahunAwal + "–" + t.tahunAkhir + " bertumpang tindih dengan periode "
                                        + ada[0] + "–" + ada[1] + " yang sudah tercatat.");
                    }
                });
    }

    private void periksa(Temuan t, String path, PerangkatDaerahData pd) {
        Optional<Long> ada = kosong(pd.kode())
                ? Optional.empty()
                : jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                        .param(t.tenant)
                        .param(pd.kode().strip())
                        .query(Long.class)
                        .optional();
        for (String u : daftar(pd.urusan())) {
            if (u == null || !u.strip().matches("\\d\\.\\d{2}")) {
                t.salah(path + ".urusan", "Kode urusan ditulis seperti 1.06 (Permendagri 90/2019): \"" + u + "\".");
            }
        }
        Set<String> kodeBidang = periksaBidang(t, path, daftar(pd.bidang()));
        Map<String, PejabatData> pejabatPerNip = periksaPejabat(t, path, daftar(pd.pejabat()), kodeBidang, ada);
        periksaPelaksana(t, path, daftar(pd.pelaksana()), pejabatPerNip);
        Set<String> indikator = renstra.periksa(t, path, pd, pejabatPerNip);
        program.periksaProgram(t, path, daftar(pd.program()));
        ada.ifPresent(id -> indikator.addAll(jdbc.sql(
                        """
                        SELECT i.kode FROM indikator i
                        JOIN periode_rpjmd p ON p.tenant_id = i.tenant_id AND p.id = i.periode_id
                        WHERE i.tenant_id = ? AND i.perangkat_daerah_id = ? AND p.tahun_awal = ?""")
                .param(t.tenant)
                .param(id)
                .param(t.tahunAwal)
                .query(String.class)
                .list()));
        program.periksaRealisasi(t, path, daftar(pd.realisasi()), indikator, satuan(t, pd, ada));
    }

    /**
     * The unit of every indicator a realisasi may name: as stored, overridden by the file, so the
     * value rule by unit (percentages, counts) is the one the screens and the API apply.
     */
    private Map<String, SatuanIndikator> satuan(Temuan t, PerangkatDaerahData pd, Optional<Long> ada) {
        Map<String, SatuanIndikator> hasil = new HashMap<>();
        ada.ifPresent(id -> jdbc.sql(
                        """
                        SELECT i.kode, i.satuan, i.rentang_bebas FROM indikator i
                        JOIN periode_rpjmd p ON p.tenant_id = i.tenant_id AND p.id = i.periode_id
                        WHERE i.tenant_id = ? AND i.perangkat_daerah_id = ? AND p.tahun_awal = ?""")
                .param(t.tenant)
                .param(id)
                .param(t.tahunAwal)
                .query((rs, n) -> hasil.put(rs.getString(1), new SatuanIndikator(rs.getString(2), rs.getBoolean(3))))
                .list());
        for (PerjanjianKinerjaData pk : daftar(pd.perjanjianKinerja())) {
            for (PkSasaranData s : daftar(pk == null ? null : pk.sasaran())) {
                for (PkIndikatorData i : daftar(s == null ? null : s.indikator())) {
                    if (i != null && i.kode() != null && i.satuan() != null) {
                        boolean bebas = hasil.containsKey(i.kode())
                                && hasil.get(i.kode()).rentangBebas();
                        hasil.put(i.kode(), new SatuanIndikator(i.satuan(), bebas));
                    }
                }
            }
        }
        List<TujuanData> tujuan =
                pd.renstra() == null ? List.of() : daftar(pd.renstra().tujuan());
        for (TujuanData tj : tujuan) {
            for (SasaranData s : daftar(tj == null ? null : tj.sasaran())) {
                for (IndikatorData i : daftar(s == null ? null : s.indikator())) {
                    if (i != null && i.kode() != null && i.satuan() != null) {
                        boolean bebas = i.rentangBebas() != null
                                ? i.rentangBebas()
                                : hasil.containsKey(i.kode())
                                        && hasil.get(i.kode()).rentangBebas();
                        hasil.put(i.kode(), new SatuanIndikator(i.satuan(), bebas));
                    }
                }
            }
        }
        return hasil;
    }

    /** The unit of an indicator and whether a percentage may leave 0–100. */
    record SatuanIndikator(String satuan, boolean rentangBebas) {}

    private static Set<String> periksaBidang(Temuan t, String path, List<BidangData> bidang) {
        Set<String> kode = new HashSet<>();
        for (int j = 0; j < bidang.size(); j++) {
            BidangData b = bidang.get(j);
            String pb = path + ".bidang[" + j + "]";
            if (b == null || kosong(b.kode()) || !KODE_BIDANG.matcher(b.kode()).matches()) {
                t.salah(pb + ".kode", "Kode bidang: huruf besar, angka atau garis bawah, 1–30 karakter.");
            } else if (!kode.add(b.kode())) {
                t.salah(pb + ".kode", "Kode bidang \"" + b.kode() + "\" muncul dua kali.");
            }
            if (b != null) {
                t.wajib(pb + ".nama", b.nama(), "Nama bidang");
            }
        }
        return kode;
    }

    private Map<String, PejabatData> periksaPejabat(
            Temuan t, String path, List<PejabatData> pejabat, Set<String> kodeBidang, Optional<Long> pd) {
        Map<String, PejabatData> perNip = new HashMap<>();
        for (int j = 0; j < pejabat.size(); j++) {
            PejabatData o = pejabat.get(j);
            String po = path + ".pejabat[" + j + "]";
            if (o == null) {
                t.salah(po, "Pejabat kosong.");
                continue;
            }
            String nip = o.nip() == null ? "" : nip(o.nip());
            Optional<String> nipSalah = Nip.periksa(nip);
            if (nipSalah.isPresent()) {
                t.salah(po + ".nip", nipSalah.get());
            } else if (!t.nipDalamBerkas.add(nip)) {
                t.salah(po + ".nip", "NIP " + nip + " muncul dua kali.");
            } else {
                perNip.put(nip, o);
                jdbc.sql("SELECT perangkat_daerah_id FROM pejabat WHERE tenant_id = ? AND nip = ?")
                        .param(t.tenant)
                        .param(nip)
                        .query(Long.class)
                        .optional()
                        .filter(pdLain -> pd.isEmpty() || !pdLain.equals(pd.get()))
                        .ifPresent(
                                x -> t.salah(po + ".nip", "NIP " + nip + " sudah tercatat di perangkat daerah lain."));
            }
            t.wajib(po + ".nama", o.nama(), "Nama pejabat");
            t.wajib(po + ".pangkat", o.pangkat(), "Pangkat");
            t.wajib(po + ".jabatan", o.jabatan(), "Jabatan");
            if (!AturanPejabat.golonganSah(o.golongan())) {
                t.salah(po + ".golongan", AturanPejabat.PESAN_GOLONGAN);
            }
            if (!AturanPejabat.eselonSah(o.eselon())) {
                t.salah(po + ".eselon", AturanPejabat.PESAN_ESELON);
            }
            if (o.bidang() != null && !kodeBidang.contains(o.bidang())) {
                t.salah(po + ".bidang", "Bidang \"" + o.bidang() + "\" tidak ada di perangkat daerah ini.");
            }
        }
        for (int j = 0; j < pejabat.size(); j++) {
            PejabatData o = pejabat.get(j);
            if (o != null && o.atasan() != null) {
                String atasan = nip(o.atasan());
                if (!perNip.containsKey(atasan)) {
                    t.salah(
                            path + ".pejabat[" + j + "].atasan",
                            "Atasan dengan NIP " + atasan + " tidak ada di daftar pejabat.");
                } else if (atasan.equals(nip(o.nip())) || berputar(perNip, atasan, o.nip())) {
                    t.salah(path + ".pejabat[" + j + "].atasan", "Rantai atasan berputar kembali ke pejabat ini.");
                }
            }
        }
        return perNip;
    }

    private static boolean berputar(Map<String, PejabatData> perNip, String mulai, String diri) {
        Set<String> dilihat = new HashSet<>();
        String kini = mulai;
        while (kini != null && dilihat.add(kini)) {
            if (kini.equals(nip(diri))) {
                return true;
            }
            PejabatData o = perNip.get(kini);
            kini = o == null || o.atasan() == null ? null : nip(o.atasan());
        }
        return kini != null;
    }

    private static void periksaIkuDaerah(Temuan t, List<IkuDaerahData> iku) {
        Set<String> kode = new HashSet<>();
        for (int j = 0; j < daftar(iku).size(); j++) {
            IkuDaerahData i = iku.get(j);
            String path = "rpjmd.ikuDaerah[" + j + "]";
            if (i == null) {
                t.salah(path, "IKU Kepala Daerah kosong.");
                continue;
            }
            if (kosong(i.kode())) {
                t.salah(path + ".kode", "Kode indikator wajib diisi.");
            } else if (!kode.add(i.kode().strip())) {
                t.salah(path + ".kode", "Kode indikator \"" + i.kode() + "\" muncul dua kali.");
            }
            PeriksaRenstra.periksaIndikator(t, path, i.nama(), i.satuan(), i.polaritas(), i.varianRendah());
            (i.target() == null ? Map.<String, BigDecimal>of() : i.target()).forEach((th, nilai) -> {
                Integer tahun = Temuan.tahunDari(th);
                if (tahun == null || tahun < t.tahunAwal || tahun > t.tahunAkhir) {
                    t.salah(
                            path + ".target." + th,
                            "Target untuk tahun " + th + " di luar periode RPJMD " + t.tahunAwal + "–" + t.tahunAkhir
                                    + ".");
                } else if (nilai == null) {
                    t.salah(path + ".target." + th, "Nilai target wajib diisi.");
                }
            });
        }
    }

    private static void periksaPelaksana(
            Temuan t, String path, List<PelaksanaData> plt, Map<String, PejabatData> pejabatPerNip) {
        Set<String> kunci = new HashSet<>();
        for (int j = 0; j < plt.size(); j++) {
            PelaksanaData l = plt.get(j);
            String pl = path + ".pelaksana[" + j + "]";
            if (l == null || l.nip() == null || !pejabatPerNip.containsKey(nip(l.nip()))) {
                t.salah(pl + ".nip", "Pelaksana harus pejabat perangkat daerah ini.");
                continue;
            }
            if (!id.pkd.portal.perencanaan.AturanPenugasan.JENIS.contains(l.jenis())) {
                t.salah(pl + ".jenis", "Jenis penugasan DEFINITIF, PLT atau PLH.");
            }
            t.wajib(pl + ".jabatan", l.jabatan(), "Jabatan yang dilaksanakan");
            if (l.mulai() == null || l.selesai() == null) {
                t.salah(pl + ".mulai", "Tanggal mulai dan selesai wajib diisi.");
            } else if (l.selesai().isBefore(l.mulai())) {
                t.salah(pl + ".selesai", "Tanggal selesai sebelum tanggal mulai.");
            } else if (!kunci.add(nip(l.nip()) + "/" + l.jenis() + "/" + l.mulai())) {
                // The import keys an acting appointment by official, kind and start date.
                t.salah(
                        pl + ".mulai",
                        "Penugasan " + l.jenis() + " pejabat ini dengan tanggal mulai yang sama muncul dua kali.");
            } else if ("DEFINITIF".equals(l.jenis())) {
                for (int k = 0; k < j; k++) {
                    PelaksanaData lain = plt.get(k);
                    if (lain != null
                            && "DEFINITIF".equals(lain.jenis())
                            && lain.mulai() != null
                            && lain.selesai() != null
                            && id.pkd.portal.perencanaan.AturanPenugasan.samaJabatan(l.jabatan(), lain.jabatan())
                            && id.pkd.portal.perencanaan.AturanPenugasan.bertumpang(
                                    l.mulai(), l.selesai(), lain.mulai(), lain.selesai())) {
                        t.salah(
                                pl + ".mulai",
                                "Jabatan ini sudah dipegang definitif oleh NIP " + nip(lain.nip()) + " pada "
                                        + lain.mulai() + " s.d. " + lain.selesai() + ".");
                        break;
                    }
                }
            }
        }
    }
}
