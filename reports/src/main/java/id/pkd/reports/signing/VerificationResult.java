package id.pkd.reports.signing;

import java.time.Instant;
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
 */
public record VerificationResult(Status status, String namaPenandatangan, Instant waktuTandaTangan, String pesan) {

    public VerificationResult {
        Objects.requireNonNull(status, "status wajib diisi");
        Objects.requireNonNull(pesan, "pesan wajib diisi");
    }

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
