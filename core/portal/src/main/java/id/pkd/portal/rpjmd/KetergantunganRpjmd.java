package id.pkd.portal.rpjmd;

import java.util.List;

/**
 * What hangs on a tujuan or sasaran RPJMD before it goes: the sasaran that go with a tujuan, and the IKU Kepala Daerah
 * and agencies' Renstra sasaran (and, for a tujuan, Renstra tujuan) that stay but lose their link.
 */
public record KetergantunganRpjmd(
        List<String> sasaranIkutTerhapus, List<String> iku, List<String> sasaranRenstra, List<String> tujuanRenstra) {

    public KetergantunganRpjmd {
        sasaranIkutTerhapus = List.copyOf(sasaranIkutTerhapus);
        iku = List.copyOf(iku);
        sasaranRenstra = List.copyOf(sasaranRenstra);
        tujuanRenstra = List.copyOf(tujuanRenstra);
    }

    /** The confirmation's text, in Bahasa Indonesia. */
    public String uraian() {
        StringBuilder b = new StringBuilder();
        if (!sasaranIkutTerhapus.isEmpty()) {
            b.append("Ikut terhapus: sasaran ")
                    .append(String.join(", ", sasaranIkutTerhapus))
                    .append(". ");
        }
        if (!iku.isEmpty()) {
            b.append("IKU Kepala Daerah yang kehilangan tautan: ")
                    .append(String.join(", ", iku))
                    .append(". ");
        }
        if (!sasaranRenstra.isEmpty()) {
            b.append("Sasaran Renstra perangkat daerah yang kehilangan tautan: ")
                    .append(String.join(", ", sasaranRenstra))
                    .append(". ");
        }
        if (!tujuanRenstra.isEmpty()) {
            b.append("Tujuan Renstra perangkat daerah yang kehilangan tautan: ")
                    .append(String.join(", ", tujuanRenstra))
                    .append(". ");
        }
        return b.isEmpty() ? "Tidak ada yang bergantung padanya." : b.toString().strip();
    }
}
