package id.pkd.portal.perjanjiankinerja;

import java.util.ArrayList;
import java.util.List;

/**
 * One box of the pohon kinerja: a level, what it aims at, whose it is, its indicators with the year's targets
 * (unit kept with the figure), and the boxes that cascade to it.
 */
public record SimpulPohon(
        Tingkat tingkat, String judul, String pemilik, List<String> indikator, List<SimpulPohon> anak) {

    /** The levels from the region down to the functional officials, as the diagram colours them. */
    public enum Tingkat {
        DAERAH("Pemerintah Daerah", 0),
        /** The region's sasaran RPJMD: in the whole region's tree they take the agencies' place below the root. */
        SASARAN_RPJMD("Sasaran RPJMD", 1),
        PERANGKAT_DAERAH("Perangkat Daerah", 1),
        SASARAN_RENSTRA("Sasaran Renstra", 2),
        KEPALA("PK Kepala Perangkat Daerah", 3),
        ESELON("PK Eselon III/IV", 4),
        JF("PK Jabatan Fungsional", 5);

        private final String label;
        private final int kedalaman;

        Tingkat(String label, int kedalaman) {
            this.label = label;
            this.kedalaman = kedalaman;
        }

        public String label() {
            return label;
        }

        /** How far below the root the level sits: what "open down to" expands. */
        public int kedalaman() {
            return kedalaman;
        }
    }

    /** This box and every box below it, depth first. */
    public List<SimpulPohon> semua() {
        List<SimpulPohon> hasil = new ArrayList<>();
        hasil.add(this);
        anak.forEach(a -> hasil.addAll(a.semua()));
        return hasil;
    }
}
