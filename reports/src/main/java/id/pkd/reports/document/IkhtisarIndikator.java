package id.pkd.reports.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Isi laporan "Ikhtisar Indikator Kinerja" untuk satu daerah dan satu tahun.
 *
 * @param namaDaerah mis. "Pemerintah Kabupaten Balangan"
 * @param kodeWilayah kode wilayah Kemendagri, mis. "63.11"
 * @param tahun tahun kinerja
 * @param tempat tempat penandatanganan, mis. "Paringin"
 * @param tanggal tanggal penandatanganan; dicetak dalam bentuk panjang bahasa Indonesia
 * @param penandatangan pejabat penanda tangan
 * @param baris baris tabel, dicetak sesuai urutan list
 */
public record IkhtisarIndikator(
        String namaDaerah,
        String kodeWilayah,
        int tahun,
        String tempat,
        LocalDate tanggal,
        Penandatangan penandatangan,
        List<BarisIndikator> baris) {

    public IkhtisarIndikator {
        Objects.requireNonNull(namaDaerah, "namaDaerah wajib diisi");
        Objects.requireNonNull(kodeWilayah, "kodeWilayah wajib diisi");
        Objects.requireNonNull(tempat, "tempat wajib diisi");
        Objects.requireNonNull(tanggal, "tanggal wajib diisi");
        Objects.requireNonNull(penandatangan, "penandatangan wajib diisi");
        // Salinan tak berubah: laporan bisa diisi di thread lain sementara pemanggil mengubah list aslinya.
        baris = List.copyOf(Objects.requireNonNull(baris, "baris wajib diisi"));
    }
}
