package id.pkd.reports.document;

import java.util.Objects;

/** Satu baris tabel ikhtisar: satu indikator kinerja. */
public record BarisIndikator(String urusan, String kode, String nama, String satuan, String polaritas) {

    public BarisIndikator {
        Objects.requireNonNull(urusan, "urusan wajib diisi");
        Objects.requireNonNull(kode, "kode wajib diisi");
        Objects.requireNonNull(nama, "nama indikator wajib diisi");
        Objects.requireNonNull(satuan, "satuan wajib diisi");
        Objects.requireNonNull(polaritas, "polaritas wajib diisi");
    }
}
