package id.pkd.reports.document;

import java.util.Objects;

/**
 * Pejabat yang menandatangani laporan.
 *
 * @param nama nama lengkap beserta gelar, dicetak di bawah ruang tanda tangan
 * @param jabatan jabatan, dicetak di atas ruang tanda tangan
 * @param nip NIP; {@code null} atau kosong bila pejabat bukan ASN, baris NIP lalu tidak dicetak
 * @param pangkat pangkat/golongan, dicetak di bawah nama; {@code null} bila tidak ada
 */
public record Penandatangan(String nama, String jabatan, String nip, String pangkat) {

    public Penandatangan {
        Objects.requireNonNull(nama, "nama penandatangan wajib diisi");
        Objects.requireNonNull(jabatan, "jabatan penandatangan wajib diisi");
        if (nip != null && nip.isBlank()) {
            nip = null;
        }
        if (pangkat != null && pangkat.isBlank()) {
            pangkat = null;
        }
    }

    public Penandatangan(String nama, String jabatan, String nip) {
        this(nama, jabatan, nip, null);
    }
}
