package id.pkd.portal.renstra;

import java.util.ArrayList;
import java.util.List;

/**
 * What depends on a Renstra row before it goes: the rows below it that go with it, the targets, and what
 * blocks the removal. Realisasi and Perjanjian Kinerja rows, and an approved year's reopening, refer to the
 * indicator or sasaran as recorded evidence: those are never removed with it, so the removal is refused.
 * (Programs do not refer to Renstra rows: {@code indikator_program} carries its own indicators.)
 */
public record Ketergantungan(
        BarisRenstra baris,
        List<String> sasaran,
        List<String> indikator,
        int target,
        int realisasi,
        int barisPk,
        int pembukaan) {

    public Ketergantungan {
        sasaran = List.copyOf(sasaran);
        indikator = List.copyOf(indikator);
    }

    public boolean bolehDihapus() {
        return realisasi == 0 && barisPk == 0 && pembukaan == 0;
    }

    /** The lines the confirmation dialog lists, in Bahasa Indonesia. */
    public List<String> uraian() {
        List<String> hasil = new ArrayList<>();
        sasaran.forEach(s -> hasil.add("Sasaran " + s + " ikut terhapus."));
        indikator.forEach(i -> hasil.add("Indikator " + i + " ikut terhapus."));
        if (target > 0) {
            hasil.add(target + " target tahunan ikut terhapus.");
        }
        if (realisasi > 0) {
            hasil.add(realisasi + " catatan realisasi merujuk indikatornya.");
        }
        if (barisPk > 0) {
            hasil.add(barisPk + " baris Perjanjian Kinerja merujuknya.");
        }
        if (pembukaan > 0) {
            hasil.add(pembukaan + " pembukaan kembali tahun yang ditetapkan merujuk indikatornya.");
        }
        if (hasil.isEmpty()) {
            hasil.add("Tidak ada data lain yang bergantung pada baris ini.");
        }
        return hasil;
    }

    /** Why the removal is refused; empty when it may go. */
    public String alasanDitolak() {
        if (bolehDihapus()) {
            return "";
        }
        return baris.label() + " tidak dapat dihapus karena sudah dirujuk realisasi, Perjanjian Kinerja atau"
                + " pembukaan kembali tahun yang ditetapkan. Hapus atau pindahkan rujukan itu terlebih dahulu.";
    }
}
