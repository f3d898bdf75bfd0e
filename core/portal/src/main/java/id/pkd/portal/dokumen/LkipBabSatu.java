package id.pkd.portal.dokumen;

import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.sdm.KomposisiSdm;
import id.pkd.reports.document.Blok;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * BAB I of the LKIP as the seed has it: background, legal basis, purpose, the agency's establishment and duties
 * (texts the agency writes), the staff composition the agency keeps, the organisation chart drawn from the officials' hierarchy with the list of officials,
 * and the strategic issues. A part without text is left out (the letters close up) and named in the conformance
 * list instead.
 */
final class LkipBabSatu {

    /** The texts of BAB I in print order, with their section titles. */
    static final Map<BagianTeks, String> TEKS_SEBELUM_ORGANISASI = new java.util.LinkedHashMap<>();

    static {
        TEKS_SEBELUM_ORGANISASI.put(BagianTeks.PENDAHULUAN, "Latar Belakang");
        TEKS_SEBELUM_ORGANISASI.put(BagianTeks.LANDASAN_HUKUM, "Landasan Hukum");
        TEKS_SEBELUM_ORGANISASI.put(BagianTeks.MAKSUD_TUJUAN, "Maksud dan Tujuan");
        TEKS_SEBELUM_ORGANISASI.put(BagianTeks.TUGAS_POKOK, "Dasar Hukum Pembentukan dan Tugas Pokok");
    }

    private LkipBabSatu() {}

    static void tambah(
            List<Blok> b,
            RencanaTahunan r,
            PerangkatDaerah pd,
            Map<String, String> teks,
            KomposisiSdm sdm,
            NomorKeterangan tabel) {
        b.add(new Blok.Judul(1, "BAB I PENDAHULUAN", "bab-1"));
        HurufBagian huruf = new HurufBagian();
        int n = 0;
        for (Map.Entry<BagianTeks, String> e : TEKS_SEBELUM_ORGANISASI.entrySet()) {
            LkipBabTiga.bagianTeks(b, huruf, teks, e.getKey(), e.getValue(), "bab-1-" + ++n);
        }
        // The seed describes the staff after the duties and before the organisation chart.
        LkipSdm.tambah(b, huruf, pd, sdm, tabel);
        b.add(new Blok.Judul(2, huruf.judul("Struktur Organisasi"), "bab-1-organisasi"));
        List<Blok.Baris> organisasi = new ArrayList<>();
        r.pejabat().stream()
                .sorted(Comparator.comparing(Pejabat::eselon, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(p -> organisasi.add(Blok.Baris.biasa(
                        p.jabatan(),
                        p.nama(),
                        p.nip() == null ? "-" : p.nipTercetak(),
                        r.bidang(p.bidangId()).map(Bidang::nama).orElse("-"))));
        b.add(new Blok.Tabel(
                tabel.berikutnya("Pejabat " + pd.namaPendek()),
                List.of(
                        Blok.Kolom.teks("Jabatan", 8),
                        Blok.Kolom.teks("Nama", 5),
                        Blok.Kolom.nip("NIP", 4),
                        Blok.Kolom.teks("Bidang", 4)),
                organisasi));
        // The chart on a page of its own after the list: a wide picture beside the table would crowd both.
        BaganOrganisasi.png(r.pejabat()).ifPresent(png -> {
            b.add(new Blok.PindahHalaman());
            b.add(new Blok.Gambar("Gambar 1.1 Bagan Struktur Organisasi " + pd.namaPendek(), png));
        });
        LkipBabTiga.bagianTeks(b, huruf, teks, BagianTeks.ISU_STRATEGIS, "Isu Strategis", "bab-1-isu");
    }
}
