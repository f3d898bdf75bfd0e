package id.pkd.portal.sdm;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a composition table. The jabatan lines are the seed's (Balangan LKIP 2022: Eselon II to Honor);
 * the others follow the BKN categories an agency reports its staff in. The constant's name is what is stored.
 */
public enum KategoriSdm {
    ESELON_II(KelompokSdm.JABATAN, "Eselon II"),
    ESELON_III(KelompokSdm.JABATAN, "Eselon III"),
    ESELON_IV(KelompokSdm.JABATAN, "Eselon IV"),
    FUNGSIONAL(KelompokSdm.JABATAN, "Jabatan Fungsional"),
    FUNGSIONAL_PENYETARAAN(KelompokSdm.JABATAN, "Jabatan Fungsional Penyetaraan"),
    PELAKSANA(KelompokSdm.JABATAN, "Staf Dinas"),
    HONOR(KelompokSdm.JABATAN, "Honor"),
    PNS(KelompokSdm.STATUS, "PNS"),
    PPPK(KelompokSdm.STATUS, "PPPK"),
    NON_ASN(KelompokSdm.STATUS, "Non-ASN (honorer/kontrak)"),
    GOLONGAN_IV(KelompokSdm.GOLONGAN, "Golongan IV"),
    GOLONGAN_III(KelompokSdm.GOLONGAN, "Golongan III"),
    GOLONGAN_II(KelompokSdm.GOLONGAN, "Golongan II"),
    GOLONGAN_I(KelompokSdm.GOLONGAN, "Golongan I"),
    S3(KelompokSdm.PENDIDIKAN, "S-3"),
    S2(KelompokSdm.PENDIDIKAN, "S-2"),
    S1_D4(KelompokSdm.PENDIDIKAN, "S-1/D-IV"),
    DIPLOMA(KelompokSdm.PENDIDIKAN, "D-I s.d. D-III"),
    SMA(KelompokSdm.PENDIDIKAN, "SMA/sederajat"),
    SMP(KelompokSdm.PENDIDIKAN, "SMP/sederajat"),
    SD(KelompokSdm.PENDIDIKAN, "SD/sederajat");

    private final KelompokSdm kelompok;
    private final String label;

    KategoriSdm(KelompokSdm kelompok, String label) {
        this.kelompok = kelompok;
        this.label = label;
    }

    public KelompokSdm kelompok() {
        return kelompok;
    }

    public String label() {
        return label;
    }

    /** The lines of one group, in print order. */
    public static List<KategoriSdm> dari(KelompokSdm kelompok) {
        return Arrays.stream(values()).filter(k -> k.kelompok == kelompok).toList();
    }
}
