package id.pkd.portal.dokumen;

import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.sdm.KategoriSdm;
import id.pkd.portal.sdm.KelompokSdm;
import id.pkd.portal.sdm.KomposisiSdm;
import id.pkd.reports.document.Blok;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Sumber Daya Manusia" section of BAB I: one table per group of the composition the agency keeps (the seed
 * has the jabatan/eselon one, ending in its bold total), each line with its count in "Orang". A group nobody filled
 * is left out; with nothing filled the section is left out and named in the conformance list instead.
 */
final class LkipSdm {

    static final String JUDUL = "Sumber Daya Manusia";

    private LkipSdm() {}

    static void tambah(List<Blok> b, HurufBagian huruf, PerangkatDaerah pd, KomposisiSdm sdm, NomorKeterangan tabel) {
        if (sdm.kosong()) {
            return;
        }
        b.add(new Blok.Judul(2, huruf.judul(JUDUL), "bab-1-sdm"));
        Optional<KelompokSdm> seluruh = List.of(KelompokSdm.values()).stream()
                .filter(g -> g.seluruhPegawai() && sdm.ada(g))
                .findFirst();
        b.add(Blok.Paragraf.biasa(pd.nama() + " dalam melaksanakan tugas pokok dan fungsinya didukung oleh Sumber"
                + " Daya Manusia"
                + seluruh.map(g -> " sebanyak " + orang(sdm.total(g))).orElse("")
                + " dengan komposisi sebagai berikut:"));
        for (KelompokSdm g : KelompokSdm.values()) {
            if (!sdm.ada(g)) {
                continue;
            }
            List<Blok.Baris> baris = new ArrayList<>();
            int no = 0;
            for (KategoriSdm k : KategoriSdm.dari(g)) {
                Optional<Integer> n = sdm.jumlah(k);
                if (n.isPresent()) {
                    baris.add(Blok.Baris.biasa(String.valueOf(++no), k.label(), orang(n.get())));
                }
            }
            baris.add(Blok.Baris.tebal("", "Jumlah", orang(sdm.total(g))));
            b.add(new Blok.Tabel(
                    tabel.berikutnya("Komposisi Pegawai " + pd.namaPendek() + " menurut " + g.label()),
                    List.of(Blok.Kolom.angka("No", 1), Blok.Kolom.teks(g.label(), 10), Blok.Kolom.angka("Jumlah", 3)),
                    baris));
        }
    }

    static String orang(int n) {
        return AngkaIndonesia.format(BigDecimal.valueOf(n), 0) + " Orang";
    }
}
