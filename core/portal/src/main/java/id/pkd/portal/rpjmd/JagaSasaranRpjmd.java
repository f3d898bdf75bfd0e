package id.pkd.portal.rpjmd;

import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.tenant.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lock guard of the tujuan and sasaran RPJMD: a sasaran is shown in the LKjIP of every year one of its IKU has a
 * target in, so each change of it (edit, order, removal) asks the guard for each of those years.
 */
@Component
class JagaSasaranRpjmd {

    private final TabelSasaranRpjmd tabel;
    private final PenjagaPerubahan penjaga;

    JagaSasaranRpjmd(TabelSasaranRpjmd tabel, PenjagaPerubahan penjaga) {
        this.tabel = tabel;
        this.penjaga = penjaga;
    }

    /** Asks the guard for every year the LKjIP shows these sasaran in; the refusal names what was changed. */
    void pastikan(List<Long> sasaran, String apa) {
        for (int th : tabel.tahunTampil(TenantContext.wajib().value(), sasaran)) {
            try {
                penjaga.pastikanDaerahBolehDiubah(th);
            } catch (DataTerkunciException e) {
                throw new DataTerkunciException(apa + " tidak dapat diubah: sasaran RPJMD ini tampil di LKjIP tahun "
                        + th + " lewat IKU-nya. " + e.getMessage());
            }
        }
    }
}
