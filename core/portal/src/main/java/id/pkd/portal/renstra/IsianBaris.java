package id.pkd.portal.renstra;

import static id.pkd.portal.umum.BatasKolom.BULAT_ANGKA;
import static id.pkd.portal.umum.BatasKolom.DESIMAL_ANGKA;
import static id.pkd.portal.umum.BatasKolom.TEKS;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.umum.AngkaMuat;
import id.pkd.portal.umum.PanjangMaks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the tree editor sends for one row: {@code id} null adds a row under {@code indukId} (none for a tujuan).
 * The constraints are the structure every level shares (the columns' bounds); {@link RenstraService} adds the
 * rules of each level and those across rows (codes unique in the agency's period, the parent in the same plan).
 * A field's message is keyed by the component name, a target's by {@code target.<tahun>}.
 */
public record IsianBaris(
        @NotNull(message = "Jenis baris wajib diisi.") JenisBaris jenis,
        Long id,
        Long indukId,
        @NotBlank(message = "Kode wajib diisi.") @PanjangMaks(40) String kode,
        @NotBlank(message = "Uraian wajib diisi.") @PanjangMaks(TEKS) String uraian,
        @PanjangMaks(5) String urusan,
        @PanjangMaks(40) String satuan,
        Polaritas polaritas,
        VarianRendah varianRendah,
        @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAwal,
        @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAkhir,
        @PanjangMaks(300) String sumberData,
        @PanjangMaks(140) String sumberRealisasi,
        Map<Integer, @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal> target) {

    public IsianBaris {
        target = target == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(target));
    }

    /** A tujuan or sasaran: only kode, uraian and (for a sasaran) urusan. */
    public static IsianBaris struktur(
            JenisBaris jenis, Long id, Long indukId, String kode, String uraian, String urusan) {
        return new IsianBaris(
                jenis, id, indukId, kode, uraian, urusan, null, null, null, null, null, null, null, Map.of());
    }

    /** The same row with its fields as stored, for an edit that changes a few of them. */
    public static IsianBaris dari(BarisRenstra b) {
        return new IsianBaris(
                b.jenis(),
                b.id(),
                b.indukId(),
                b.kode(),
                b.uraian(),
                b.urusan(),
                b.satuan(),
                b.polaritas(),
                b.varianRendah(),
                b.kondisiAwal(),
                b.kondisiAkhir(),
                b.sumberData(),
                b.sumberRealisasi(),
                b.target());
    }

    public IsianBaris denganTarget(int tahun, BigDecimal nilai) {
        Map<Integer, BigDecimal> baru = new java.util.HashMap<>(target);
        baru.put(tahun, nilai);
        return new IsianBaris(
                jenis,
                id,
                indukId,
                kode,
                uraian,
                urusan,
                satuan,
                polaritas,
                varianRendah,
                kondisiAwal,
                kondisiAkhir,
                sumberData,
                sumberRealisasi,
                baru);
    }

    public IsianBaris denganUraian(String uraianBaru) {
        return new IsianBaris(
                jenis,
                id,
                indukId,
                kode,
                uraianBaru,
                urusan,
                satuan,
                polaritas,
                varianRendah,
                kondisiAwal,
                kondisiAkhir,
                sumberData,
                sumberRealisasi,
                target);
    }
}
