package id.pkd.portal.jejak;

import java.time.Instant;

/**
 * The first entry where the chain breaks. For a deleted entry, {@code urut} is the missing number
 * and {@code id} is null; the other fields then describe nothing ({@code null}).
 */
public record EntriRusak(
        long urut,
        Long id,
        MasalahJejak masalah,
        String keterangan,
        String jenisData,
        Long dataId,
        String isian,
        String oleh,
        Instant pada) {

    static EntriRusak pada(JejakAudit j, MasalahJejak masalah, String keterangan) {
        return new EntriRusak(
                j.urut(), j.id(), masalah, keterangan, j.jenisData(), j.dataId(), j.isian(), j.oleh(), j.pada());
    }

    static EntriRusak hilang(long urut, MasalahJejak masalah, String keterangan) {
        return new EntriRusak(urut, null, masalah, keterangan, null, null, null, null, null);
    }
}
