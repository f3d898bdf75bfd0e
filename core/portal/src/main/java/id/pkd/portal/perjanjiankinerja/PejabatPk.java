package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.perencanaan.Pejabat;

/**
 * An official as the PK editor lists them for a year: the position as printed (Plt./Plh. when acting for it that
 * year), the eselon, and whether an agreement exists.
 */
public record PejabatPk(Pejabat pejabat, String jabatanTercetak, boolean adaPerjanjian) {

    public String label() {
        return pejabat.nama() + " – " + jabatanTercetak + " (" + pejabat.eselon() + ")"
                + (adaPerjanjian ? "" : " · belum ada PK");
    }
}
