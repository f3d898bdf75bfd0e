package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.rpjmd.SasaranRpjmd;
import id.pkd.portal.rpjmd.TautanSasaranRpjmdService;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final TautanSasaranRpjmdService tautan;

    PohonKinerjaService(
            PerencanaanService perencanaan,
            DaerahService daerah,
            IkuDaerahService ikuDaerah,
            TautanSasaranRpjmdService tautan) {
        this.perencanaan = perencanaan;
        this.daerah = daerah;
        this.ikuDaerah = ikuDaerah;
        this.tautan = tautan;
    }

    /** The tree of the year below agency boxes; {@code perangkatDaerahId} null: every agency, else that one only. */
    public SimpulPohon pohon(int tahun, Long perangkatDaerahId) {
        return pohon(tahun, perangkatDaerahId, false);
    }

    /**
     * The tree of the year; {@code perangkatDaerahId} null: every agency, else that one only. With {@code
     * perSasaranRpjmd} the whole region's tree of a period with sasaran RPJMD hangs the agencies' sasaran under them
     * ({@link SusunPohonRpjmd}), as the screen shows it; one agency's, or a period without, keeps the agency boxes.
     */
    public SimpulPohon pohon(int tahun, Long perangkatDaerahId, boolean perSasaranRpjmd) {
        PeriodeRpjmd periode = perencanaan
                .periode(tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "tahun", "Tahun " + tahun + " tidak termasuk periode RPJMD mana pun."));
        List<PerangkatDaerah> pd = perencanaan.daftarPerangkatDaerah().stream()
                .filter(p -> perangkatDaerahId == null || p.id().equals(perangkatDaerahId))
                .toList();
        List<RencanaTahunan> rencana = perencanaan.rencanaSemua(tahun, pd);
        List<IkuDaerah> semuaIku = ikuDaerah.daftar(periode.id());
        List<SasaranRpjmd> sasaranRpjmd =
                perSasaranRpjmd && perangkatDaerahId == null ? tautan.sasaranRpjmd(periode.id()) : List.of();
        List<SimpulPohon> anak;
        List<String> iku;
        if (sasaranRpjmd.isEmpty()) {
            anak = rencana.stream().map(SusunPohon::perangkatDaerah).toList();
            iku = semuaIku.stream()
                    .map(i -> SusunPohon.teks(i.nama(), i.satuan(), i.target(tahun)))
                    .toList();
        } else {
            Map<Long, Long> sasaranRenstra = new HashMap<>();
            tautan.sasaranRenstra(periode.id()).stream()
                    .filter(t -> t.sasaranRpjmdId() != null)
                    .forEach(t -> sasaranRenstra.put(t.sasaranId(), t.sasaranRpjmdId()));
            anak = SusunPohonRpjmd.anak(
                    tahun, sasaranRpjmd, semuaIku, tautan.sasaranIku(periode.id()), sasaranRenstra, rencana);
            // the IKU stand in their sasaran's box now
            iku = List.of();
        }
        return new SimpulPohon(
                Tingkat.DAERAH,
                periode.visi() == null || periode.visi().isBlank() ? "Visi belum diisi" : periode.visi(),
                daerah.saatIni().namaPemerintah() + " – RPJMD " + periode.tahunAwal() + "–" + periode.tahunAkhir(),
                iku,
                anak);
    }

    /** The agency-year's tree as a PNG image, for the download and the documents (under the region's box). */
    public byte[] png(int tahun, Long perangkatDaerahId) {
        return png(tahun, perangkatDaerahId, false);
    }

    /** The tree as {@link #pohon(int, Long, boolean)} arranges it, as a PNG image: the screen's download. */
    public byte[] png(int tahun, Long perangkatDaerahId, boolean perSasaranRpjmd) {
        return GambarPohon.png(pohon(tahun, perangkatDaerahId, perSasaranRpjmd), "Pohon Kinerja Tahun " + tahun);
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
