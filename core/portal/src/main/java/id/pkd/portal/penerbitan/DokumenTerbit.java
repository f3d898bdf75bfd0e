package id.pkd.portal.penerbitan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One issued version of a document in the registry (without its PDF bytes).
 *
 * @param tanggalDokumen the date printed in its place-and-date line; {@code null} for versions issued before it was
 *     recorded
 * @param token random part of the public verification address {@code /verifikasi/<token>}
 */
record DokumenTerbit(
        long id,
        long tenantId,
        String nomor,
        String token,
        String jenis,
        String judul,
        int tahun,
        String subjekKode,
        String subjekNama,
        int versi,
        String namaPemerintah,
        StatusDokumen status,
        String sha256,
        List<BlokTandaTangan> blok,
        List<Penanda> penandatangan,
        String dibuatOleh,
        Instant dibuatPada,
        Instant terbitPada,
        LocalDate tanggalDokumen) {

    enum StatusDokumen {
        MENUNGGU_TANDA_TANGAN("Menunggu tanda tangan"),
        TERBIT("Terbit");

        private final String label;

        StatusDokumen(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A signature made on this document. */
    record Penanda(int urutan, long pejabatId, String nama, String nip, String peran, String jenis, Instant waktu) {}

    /** The next block to sign, or {@code null} when all are signed. */
    BlokTandaTangan blokBerikutnya() {
        return penandatangan.size() < blok.size() ? blok.get(penandatangan.size()) : null;
    }
}
