package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.perencanaan.Pejabat;
import java.math.BigDecimal;
import java.util.List;

/**
 * One official's Perjanjian Kinerja of a year as the editor shows it, with what its sasaran may cascade to.
 * {@code atasan} null: the head of agency, whose sasaran cascade to the Renstra and whose pihak kedua is named
 * directly (the Bupati/Wali Kota); {@code perjanjianId} null: no agreement yet.
 */
public record PerjanjianPejabat(
        long perangkatDaerahId,
        int tahun,
        Pejabat pejabat,
        String jabatanTercetak,
        Pejabat atasan,
        Long perjanjianId,
        String pihakKeduaNama,
        String pihakKeduaJabatan,
        List<SasaranPk> sasaran,
        List<Pilihan> pilihanAtasan,
        List<Pilihan> indikatorRenstra,
        boolean atasanTanpaPk,
        boolean terkunci) {

    public boolean kepala() {
        return atasan == null;
    }

    /** A sasaran with the one it cascades to ({@code atasanLabel} "kode – uraian") and its indicators. */
    public record SasaranPk(
            long id, String kode, String uraian, Long atasanId, String atasanLabel, List<IndikatorPk> indikator) {}

    /** An indicator of a sasaran with its target; {@code renstra}: a Renstra indicator, named by the Renstra. */
    public record IndikatorPk(
            long indikatorId, String kode, String nama, String satuan, boolean renstra, BigDecimal target) {

        /** "12,5 %", "12.000 KK": the figure as Indonesian writes it, never without its unit. */
        public String targetDenganSatuan() {
            return target == null ? "" : AngkaIndonesia.formatRingkas(target) + " " + satuan;
        }
    }

    /** A choice of a picker: a sasaran to cascade to, or a Renstra indicator. */
    public record Pilihan(long id, String label) {}
}
