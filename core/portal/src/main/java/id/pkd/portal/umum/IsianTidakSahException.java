package id.pkd.portal.umum;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input rejected at the boundary. Carries one Indonesian message per offending field, keyed by
 * the field's name, so a form can show each message at the field that caused it.
 */
public class IsianTidakSahException extends RuntimeException {

    private final Map<String, String> pesanPerIsian;

    public IsianTidakSahException(Map<String, String> pesanPerIsian) {
        super(String.join(" ", pesanPerIsian.values()));
        this.pesanPerIsian = Map.copyOf(pesanPerIsian);
    }

    public static IsianTidakSahException pada(String isian, String pesan) {
        return new IsianTidakSahException(Map.of(isian, pesan));
    }

    public Map<String, String> pesanPerIsian() {
        return pesanPerIsian;
    }

    /** Collects field errors and throws them together, so the user sees every problem at once. */
    public static final class Pengumpul {
        private final Map<String, String> pesan = new LinkedHashMap<>();

        public Pengumpul tambah(String isian, String pesanIsian) {
            pesan.putIfAbsent(isian, pesanIsian);
            return this;
        }

        /**
         * A required text field: blank records {@code pesanKosong} at {@code isian} and gives null; longer than
         * {@code panjang} after stripping records the length rule. Gives the stripped text.
         */
        public String teksWajib(String nilai, String isian, String pesanKosong, int panjang) {
            String teks = Teks.kosongJadiNull(nilai);
            if (teks == null) {
                tambah(isian, pesanKosong);
                return null;
            }
            if (teks.strip().length() > panjang) {
                tambah(isian, "Paling panjang " + panjang + " karakter.");
            }
            return teks.strip();
        }

        public boolean ada(String isian) {
            return pesan.containsKey(isian);
        }

        public void lemparJikaAda() {
            if (!pesan.isEmpty()) {
                throw new IsianTidakSahException(pesan);
            }
        }
    }
}
