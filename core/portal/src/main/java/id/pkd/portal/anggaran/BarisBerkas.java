package id.pkd.portal.anggaran;

import java.util.Map;

/**
 * One data row of a budget spreadsheet as typed, before any check: its Excel row number and the text of each known
 * column ({@link KolomAnggaran}); a column the file lacks or a blank cell is absent.
 */
record BarisBerkas(int nomor, Map<KolomAnggaran, String> sel) {

    String sel(KolomAnggaran k) {
        return sel.get(k);
    }
}
