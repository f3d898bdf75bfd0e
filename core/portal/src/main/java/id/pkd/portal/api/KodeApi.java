package id.pkd.portal.api;

import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
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

    /** Read by its code alone: the path needs this indicator, not the agency's whole year. */
    static Indikator indikator(PerencanaanService perencanaan, PerangkatDaerah pd, int tahun, String kode) {
        return perencanaan.indikator(pd.id(), tahun, kode);
    }
}
