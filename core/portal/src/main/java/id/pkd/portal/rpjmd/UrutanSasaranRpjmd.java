package id.pkd.portal.rpjmd;

import static id.pkd.portal.rpjmd.SasaranRpjmdService.JENIS_SASARAN;
import static id.pkd.portal.rpjmd.SasaranRpjmdService.JENIS_TUJUAN;

import id.pkd.portal.jejak.JejakAuditService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order of the tujuan within a misi and of the sasaran within a tujuan: a move swaps two neighbours, each changed
 * place audited. Called by {@link SasaranRpjmdService#geser}, which checks the right and the period.
 */
@Component
class UrutanSasaranRpjmd {

    private final TabelSasaranRpjmd tabel;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final JagaSasaranRpjmd jaga;

    UrutanSasaranRpjmd(TabelSasaranRpjmd tabel, JdbcClient jdbc, JejakAuditService jejak, JagaSasaranRpjmd jaga) {
        this.tabel = tabel;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.jaga = jaga;
    }

    /** Swaps the row with its neighbour above ({@code naik}) or below; at the first or last place nothing changes. */
    void geser(long t, long periodeId, boolean tujuan, long id, boolean naik) {
        tabel.kunciPeriode(t, periodeId);
        List<TujuanRpjmd> semua = tabel.pohon(t, periodeId);
        List<Long> saudara;
        List<Long> tampil = new ArrayList<>();
        if (tujuan) {
            TujuanRpjmd x = SasaranRpjmdService.tujuan(semua, id);
            saudara = semua.stream()
                    .filter(s -> s.misiKe() == x.misiKe())
                    .map(TujuanRpjmd::id)
                    .toList();
        } else {
            SasaranRpjmd x = SasaranRpjmdService.sasaran(semua, id);
            saudara = SasaranRpjmdService.tujuan(semua, x.tujuanId()).sasaran().stream()
                    .map(SasaranRpjmd::id)
                    .toList();
        }
        int i = saudara.indexOf(id);
        int j = naik ? i - 1 : i + 1;
        if (j < 0 || j >= saudara.size()) {
            return;
        }
        for (long s : List.of(id, saudara.get(j))) {
            tampil.addAll(tujuan ? SasaranRpjmdService.sasaranDari(SasaranRpjmdService.tujuan(semua, s)) : List.of(s));
        }
        jaga.pastikan(tampil, "Urutan");
        String jenis = tujuan ? JENIS_TUJUAN : JENIS_SASARAN;
        for (int k = 0; k < saudara.size(); k++) {
            int baru = k == i ? j + 1 : k == j ? i + 1 : k + 1;
            int lama = jdbc.sql("SELECT urutan FROM " + jenis + " WHERE tenant_id = ? AND id = ?")
                    .params(t, saudara.get(k))
                    .query(Integer.class)
                    .single();
            if (lama != baru) {
                jdbc.sql("UPDATE " + jenis + " SET urutan = ? WHERE tenant_id = ? AND id = ?")
                        .params(baru, t, saudara.get(k))
                        .update();
                jejak.catat(jenis, saudara.get(k), "urutan", lama, baru);
            }
        }
    }
}
