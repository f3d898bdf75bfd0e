package id.pkd.reports.document;

import java.util.Objects;

/**
 * Pejabat yang menandatangani laporan.
 *
 * @param nama nama lengkap beserta gelar, dicetak di bawah ruang tanda tangan
 * @param jabatan jabatan, dicetak di atas ruang tanda tangan
 * @param nip NIP; {@code null} atau kosong bila pejabat bukan ASN, baris NIP lalu tidak dicetak
 */
public record Penandatangan(String nama, String jabatan, String nip) {

    public Penandatangan {
        Objects.requireNonNull(nama, "nama penandatangan wajib diisi");
        Objects.requireNonNull(jabatan, "jabatan penandatangan wajib diisi");
        if (nip != null && nip.isBlank()) {
            nip = null;
        }
    }
}
