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
        DAERAH("Pemerintah Daerah"),
        PERANGKAT_DAERAH("Perangkat Daerah"),
        SASARAN_RENSTRA("Sasaran Renstra"),
        KEPALA("PK Kepala Perangkat Daerah"),
        ESELON("PK Eselon III/IV"),
        JF("PK Jabatan Fungsional");

        private final String label;

        Tingkat(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
