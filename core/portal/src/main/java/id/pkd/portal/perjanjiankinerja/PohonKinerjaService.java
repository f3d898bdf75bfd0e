package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pohon kinerja of a year: the region (its visi and IKU Kepala Daerah) at the root, then each agency, its
 * Renstra sasaran, and the Perjanjian Kinerja sasaran cascading from the head of agency down to the functional
 * officials. The screen shows it as a tree; {@link #png} draws it for a download or a document.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class PohonKinerjaService {

    private final PerencanaanService perencanaan;
    private final DaerahService daerah;
    private final IkuDaerahService ikuDaerah;

    PohonKinerjaService(PerencanaanService perencanaan, DaerahService daerah, IkuDaerahService ikuDaerah) {
        this.perencanaan = perencanaan;
        this.daerah = daerah;
        this.ikuDaerah = ikuDaerah;
    }

    /** The tree of the year; {@code perangkatDaerahId} null: every agency, else that one only. */
    public SimpulPohon pohon(int tahun, Long perangkatDaerahId) {
        PeriodeRpjmd periode = perencanaan
                .periode(tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "tahun", "Tahun " + tahun + " tidak termasuk periode RPJMD mana pun."));
        List<PerangkatDaerah> pd = perencanaan.daftarPerangkatDaerah().stream()
                .filter(p -> perangkatDaerahId == null || p.id().equals(perangkatDaerahId))
                .toList();
        List<SimpulPohon> anak = perencanaan.rencanaSemua(tahun, pd).stream()
                .map(SusunPohon::perangkatDaerah)
                .toList();
        List<String> iku = ikuDaerah.daftar(periode.id()).stream()
                .map(i -> SusunPohon.teks(i.nama(), i.satuan(), i.target(tahun)))
                .toList();
        return new SimpulPohon(
                Tingkat.DAERAH,
                periode.visi() == null || periode.visi().isBlank() ? "Visi belum diisi" : periode.visi(),
                daerah.saatIni().namaPemerintah() + " – RPJMD " + periode.tahunAwal() + "–" + periode.tahunAkhir(),
                iku,
                anak);
    }

    /** The agency-year's tree as a PNG image, for the download and the documents (under the region's box). */
    public byte[] png(int tahun, Long perangkatDaerahId) {
        return GambarPohon.png(pohon(tahun, perangkatDaerahId), "Pohon Kinerja Tahun " + tahun);
    }

    /** Only the agency's part of a year (no region box): what a document of that agency prints. */
    public byte[] pngPerangkatDaerah(RencanaTahunan rencana) {
        return GambarPohon.png(SusunPohon.perangkatDaerah(rencana), "Pohon Kinerja Tahun " + rencana.tahun());
    }

    /** One official's agreement and what cascades below it: the PK document's appendix. */
    public byte[] pngPerjanjian(RencanaTahunan rencana, PerjanjianKinerja pk) {
        return GambarPohon.png(SusunPohon.perjanjian(rencana, pk), "Pohon Kinerja Tahun " + rencana.tahun());
    }
}
