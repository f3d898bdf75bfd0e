package id.pkd.portal.anggaran;

import id.pkd.portal.jejak.JejakAuditService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes checked spreadsheet rows into an agency-year by code: a row the tree lacks is added under its parent,
 * a sub kegiatan that exists gets the file's pagu, source and spending (its indicators stay), and rows the file
 * does not name are left as they are. The caller holds the guard and the transaction.
 */
@Component
class TulisXlsxAnggaran {

    private final TabelAnggaran tabel;
    private final AnggaranService anggaran;
    private final JejakAuditService jejak;

    TulisXlsxAnggaran(TabelAnggaran tabel, AnggaranService anggaran, JejakAuditService jejak) {
        this.tabel = tabel;
        this.anggaran = anggaran;
        this.jejak = jejak;
    }

    /** Writes the rows (parents first); gives how many rows were added and how many sub kegiatan changed. */
    int[] tulis(RencanaAnggaran r, Iterable<BarisImpor> baris) {
        long t = AnggaranService.tenant();
        Map<String, Long> id = new HashMap<>();
        r.baris().forEach(b -> id.put(b.kode(), b.id()));
        int baru = 0;
        int diubah = 0;
        for (BarisImpor x : baris) {
            Nomenklatur n = x.nomenklatur();
            boolean sub = n.tingkat() == TingkatNomenklatur.SUB_KEGIATAN;
            var lama = r.kode(n.kode());
            if (lama.isPresent()) {
                if (sub) {
                    // a row giving no spending at all (a budget-only file) keeps the spending recorded
                    boolean tanpaRealisasi =
                            x.realisasi() == null && x.triwulan().isEmpty();
                    anggaran.tulis(
                            lama.get(),
                            new IsianSubKegiatan(
                                    lama.get().id(),
                                    x.pagu(),
                                    x.sumberDana(),
                                    tanpaRealisasi ? lama.get().triwulan() : x.triwulan(),
                                    lama.get().indikator()),
                            x.realisasi());
                    diubah++;
                }
                continue;
            }
            BigDecimal realisasi = x.triwulan().isEmpty()
                    ? (x.realisasi() == null ? BigDecimal.ZERO : x.realisasi())
                    : AturanAnggaran.jumlah(x.triwulan());
            long idBaru = tabel.tambah(
                    t,
                    r.perangkatDaerahId(),
                    r.tahun(),
                    n.tingkat().tingkatProgram(),
                    n.indukKode() == null || n.tingkat() == TingkatNomenklatur.PROGRAM ? null : id.get(n.indukKode()),
                    n.kode(),
                    n.nomenklatur(),
                    x.sumberDana(),
                    x.pagu(),
                    realisasi);
            id.put(n.kode(), idBaru);
            String jenis = AnggaranService.jenisJejak(n.tingkat().tingkatProgram());
            jejak.catat(jenis, idBaru, "dibuat", null, n.kode());
            if (sub) {
                jejak.catat(jenis, idBaru, "anggaran", null, AnggaranService.angka(x.pagu()));
                jejak.catat(jenis, idBaru, "realisasi", null, AnggaranService.angka(realisasi));
                x.triwulan().forEach((tw, v) -> {
                    tabel.simpanTriwulan(t, idBaru, tw, v);
                    jejak.catat(jenis, idBaru, "realisasi triwulan " + tw, null, AnggaranService.angka(v));
                });
            }
            baru++;
        }
        return new int[] {baru, diubah};
    }
}
