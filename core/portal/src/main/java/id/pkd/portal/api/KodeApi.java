package id.pkd.portal.api;

import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.umum.DataTidakDitemukanException;

/**
 * The agency and the indicator an API path names by their codes. Both are looked up among the token's own region's
 * rows, so another region's code is answered 404 exactly like a code that does not exist.
 */
final class KodeApi {

    private KodeApi() {}

    static PerangkatDaerah perangkatDaerah(PerencanaanService perencanaan, String kode) {
        return perencanaan.daftarPerangkatDaerah().stream()
                .filter(p -> p.kode().equals(kode))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Perangkat daerah"));
    }

    static Indikator indikator(RencanaTahunan rencana, String kode) {
        return rencana.indikator().stream()
                .filter(i -> i.kode().equals(kode))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Indikator"));
    }
}
