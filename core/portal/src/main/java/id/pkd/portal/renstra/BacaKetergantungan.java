package id.pkd.portal.renstra;

import id.pkd.portal.tenant.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads what depends on a Renstra row: the rows below it and the records that refer to them. */
@Component
class BacaKetergantungan {

    private final TabelRenstra tabel;

    BacaKetergantungan(TabelRenstra tabel) {
        this.tabel = tabel;
    }

    Ketergantungan baca(PohonRenstra pohon, BarisRenstra b) {
        List<BarisRenstra> turunan = turunan(pohon, b);
        List<Long> sasaran = idDari(turunan, JenisBaris.SASARAN);
        List<Long> indikator = idDari(turunan, JenisBaris.INDIKATOR);
        long t = TenantContext.wajib().value();
        return new Ketergantungan(
                b,
                turunan.stream()
                        .filter(x -> x.jenis() == JenisBaris.SASARAN && x != b)
                        .map(x -> x.kode() + " \"" + x.uraian() + "\"")
                        .toList(),
                turunan.stream()
                        .filter(x -> x.jenis() == JenisBaris.INDIKATOR && x != b)
                        .map(x -> x.kode() + " \"" + x.uraian() + "\"")
                        .toList(),
                tabel.hitung("target_indikator", "indikator_id", t, indikator),
                tabel.hitung("realisasi_indikator", "indikator_id", t, indikator),
                tabel.hitung("pk_indikator", "indikator_id", t, indikator)
                        + tabel.hitung("pk_sasaran", "sasaran_renstra_id", t, sasaran),
                tabel.hitung("pembukaan_indikator", "indikator_id", t, indikator));
    }

    /** The row and every row below it, in tree order. */
    static List<BarisRenstra> turunan(PohonRenstra pohon, BarisRenstra b) {
        List<BarisRenstra> hasil = new ArrayList<>(List.of(b));
        if (b.jenis().anak() != null) {
            pohon.anak(b).forEach(a -> hasil.addAll(turunan(pohon, a)));
        }
        return hasil;
    }

    private static List<Long> idDari(List<BarisRenstra> baris, JenisBaris jenis) {
        return baris.stream()
                .filter(b -> b.jenis() == jenis)
                .map(BarisRenstra::id)
                .toList();
    }
}
