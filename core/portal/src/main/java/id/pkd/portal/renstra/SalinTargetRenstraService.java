package id.pkd.portal.renstra;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the empty targets of one year of an agency's Renstra from another year's: each indicator that has a target
 * in the source year and none in the target year gets the same figure. An indicator with a target already keeps it,
 * so nothing typed is overwritten. The target year is a figure year: its agency-year lock comes first.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class SalinTargetRenstraService {

    private final PerencanaanService perencanaan;
    private final RenstraService renstra;
    private final PenjagaPerubahan penjaga;
    private final TabelRenstra tabel;
    private final JejakAuditService jejak;

    SalinTargetRenstraService(
            PerencanaanService perencanaan,
            RenstraService renstra,
            PenjagaPerubahan penjaga,
            TabelRenstra tabel,
            JejakAuditService jejak) {
        this.perencanaan = perencanaan;
        this.renstra = renstra;
        this.penjaga = penjaga;
        this.tabel = tabel;
        this.jejak = jejak;
    }

    /** Copies the targets of {@code tahunSumber} into the empty ones of {@code tahunTujuan}; how many were filled. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public int salin(long perangkatDaerahId, long periodeId, int tahunSumber, int tahunTujuan) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(perangkatDaerahId);
        PohonRenstra sebelum = renstra.pohon(pd.id(), periodeId);
        if (tahunSumber == tahunTujuan || !sebelum.tahun().contains(tahunTujuan)) {
            throw IsianTidakSahException.pada(
                    "tahunTujuan",
                    "Pilih tahun tujuan lain dalam periode " + sebelum.tahunAwal() + "–" + sebelum.tahunAkhir() + ".");
        }
        // the agency-year's lock first, so a locked year refuses whatever its rows hold
        penjaga.pastikanBolehDiubah(pd.id(), tahunTujuan);
        PohonRenstra pohon = renstra.pohon(pd.id(), periodeId);
        List<BarisRenstra> kosong = pohon.dari(JenisBaris.INDIKATOR).stream()
                .filter(b -> b.target().get(tahunSumber) != null && b.target().get(tahunTujuan) == null)
                .toList();
        if (kosong.isEmpty()) {
            throw IsianTidakSahException.pada(
                    "tahunTujuan",
                    "Tidak ada indikator bertarget tahun " + tahunSumber + " yang targetnya tahun " + tahunTujuan
                            + " masih kosong. Tidak ada yang disalin.");
        }
        long t = TenantContext.wajib().value();
        for (BarisRenstra b : kosong) {
            tabel.simpanTarget(t, b.id(), tahunTujuan, b.target().get(tahunSumber));
            jejak.catat(
                    JenisBaris.INDIKATOR.jenisJejak(),
                    b.id(),
                    "target " + tahunTujuan,
                    null,
                    RenstraService.teks(b.target().get(tahunSumber)));
        }
        return kosong.size();
    }
}
