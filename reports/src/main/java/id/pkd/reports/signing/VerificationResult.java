package id.pkd.reports.signing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Hasil pemeriksaan tanda tangan elektronik pada sebuah PDF.
 *
 * @param status kesimpulan pemeriksaan
 * @param namaPenandatangan nama penanda tangan (isian /Name tanda tangan, atau CN sertifikat bila kosong);
 *     {@code null} bila tidak ada tanda tangan yang terbaca
 * @param waktuTandaTangan waktu penandatanganan yang dinyatakan di dalam tanda tangan; {@code null} bila tidak
 *     ada
 * @param pesan kalimat bahasa Indonesia yang siap ditampilkan kepada pengguna
 * @param tandaTangan setiap tanda tangan di berkas, yang tertua lebih dulu
 */
public record VerificationResult(
        Status status,
        String namaPenandatangan,
        Instant waktuTandaTangan,
        String pesan,
        List<RincianTandaTangan> tandaTangan) {

    public VerificationResult {
        Objects.requireNonNull(status, "status wajib diisi");
        Objects.requireNonNull(pesan, "pesan wajib diisi");
        tandaTangan = tandaTangan == null ? List.of() : List.copyOf(tandaTangan);
    }

    public VerificationResult(Status status, String namaPenandatangan, Instant waktuTandaTangan, String pesan) {
        this(status, namaPenandatangan, waktuTandaTangan, pesan, List.of());
    }

    VerificationResult denganRincian(List<RincianTandaTangan> rincian) {
        return new VerificationResult(status, namaPenandatangan, waktuTandaTangan, pesan, rincian);
    }

    /**
     * One signature of the file, oldest first.
     *
     * @param alasan the signature's /Reason (the portal puts the verification address there)
     * @param indikasi DSS's indication for this signature, e.g. {@code TOTAL_PASSED}
     */
    public record RincianTandaTangan(
            String nama, Instant waktu, String alasan, Status status, String pesan, String indikasi) {}

    /** Kesimpulan pemeriksaan. */
    public enum Status {
        /** Tanda tangan utuh, mencakup seluruh berkas, dan sertifikatnya dipercaya portal. */
        SAH,
        /** Isi berkas tidak cocok lagi dengan tanda tangannya (diubah, dipotong, atau ditambah). */
        BERUBAH,
        /** Tanda tangan utuh, tetapi sertifikatnya tidak dikenal atau tidak memenuhi kebijakan validasi. */
        TIDAK_DIPERCAYA,
        /** Berkas PDF yang terbaca, tetapi tanpa tanda tangan elektronik. */
        TIDAK_BERTANDA_TANGAN,
        /** Berkas bukan PDF, atau terlalu rusak untuk dibaca. */
        BUKAN_PDF
    }
}
