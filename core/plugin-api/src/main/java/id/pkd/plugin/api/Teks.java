package id.pkd.plugin.api;

final class Teks {

    private Teks() {}

    static void wajib(String nilai, String namaIsian) {
        if (nilai == null || nilai.isBlank()) {
            throw new IllegalArgumentException(namaIsian + " wajib diisi");
        }
    }
}
