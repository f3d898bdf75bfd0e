package id.pkd.portal.penerbitan;

import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rule that only approved data is issued: every agency-year a document covers ({@link PembuatDokumen#cakupan})
 * is Ditetapkan with no indicator reopened, and has realisasi at all. Drafts are not subject to it. Reads the
 * approval state only through {@link PersetujuanService}'s public methods.
 */
@Component
public class SyaratTerbit {

    private final PersetujuanService persetujuan;
    private final PerencanaanService perencanaan;
    private final PengukuranKinerjaService pengukuran;

    SyaratTerbit(PersetujuanService persetujuan, PerencanaanService perencanaan, PengukuranKinerjaService pengukuran) {
        this.persetujuan = persetujuan;
        this.perencanaan = perencanaan;
        this.pengukuran = pengukuran;
    }

    /** Why the document cannot be issued from approved data yet, in Bahasa Indonesia; empty when it can. */
    public List<String> belumSah(PembuatDokumen pembuat, SubjekDokumen subjek, int tahun) {
        return periksa(pembuat, subjek, tahun, true);
    }

    /**
     * The approval part only, cheap enough to repeat inside the short transaction that reserves the number and
     * before a signature, so a year reopened while the document was rendered or waited is caught.
     */
    List<String> statusBelumSah(PembuatDokumen pembuat, SubjekDokumen subjek, int tahun) {
        return periksa(pembuat, subjek, tahun, false);
    }

    /** Refuses issuing or signing with every reason at once, as the user reads it. */
    static void tolakBilaAda(List<String> alasan) {
        if (!alasan.isEmpty()) {
            throw new PenerbitanDitolakException(
                    "Dokumen belum dapat diterbitkan dan ditandatangani: " + String.join(" ", alasan));
        }
    }

    private List<String> periksa(PembuatDokumen pembuat, SubjekDokumen subjek, int tahun, boolean realisasi) {
        Set<CakupanDokumen> cakupan;
        try {
            cakupan = new LinkedHashSet<>(pembuat.cakupan(subjek, tahun));
        } catch (PenerbitanDitolakException e) {
            return List.of(e.getMessage());
        }
        List<String> alasan = new ArrayList<>();
        Map<Integer, Set<Long>> dibuka = new HashMap<>();
        for (CakupanDokumen c : cakupan) {
            PerangkatDaerah pd = perencanaan.perangkatDaerah(c.perangkatDaerahId());
            Persetujuan p = persetujuan.status(pd.id(), c.tahun());
            if (p.status() != StatusPersetujuan.DITETAPKAN) {
                alasan.add("Realisasi tahun " + c.tahun() + " " + pd.namaPendek() + " masih berstatus "
                        + p.status().label() + "; dokumen resmi hanya diterbitkan dari data yang sudah ditetapkan"
                        + " (menu Persetujuan). Draf tetap dapat diunduh.");
            } else {
                for (long id : dibuka.computeIfAbsent(c.tahun(), persetujuan::indikatorDibuka)) {
                    Indikator i = perencanaan.indikator(id);
                    if (i.perangkatDaerahId() == pd.id()) {
                        alasan.add("Indikator \"" + i.nama() + "\" tahun " + c.tahun()
                                + " sedang dibuka kembali untuk perbaikan; kunci kembali sebelum menerbitkan.");
                    }
                }
            }
            if (realisasi
                    && pengukuran.ukur(pd.id(), c.tahun()).semuaIndikator().stream()
                            .noneMatch(b -> b.realisasi().isPresent())) {
                alasan.add(pd.namaPendek() + " belum memiliki realisasi tahun " + c.tahun() + " sama sekali.");
            }
        }
        return alasan;
    }
}
