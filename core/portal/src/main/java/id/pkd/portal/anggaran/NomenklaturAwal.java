package id.pkd.portal.anggaran;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the nomenclature shipped with the portal at every start. Loading is an upsert by (version, code), so a
 * restart, a second node of the cluster starting at the same time or a corrected name in a new release all end in
 * the same rows; rows are never removed, since tenant-years may still point at them.
 */
@Component
@Order(0)
class NomenklaturAwal implements ApplicationRunner {

    static final String VERSI = "PERMENDAGRI-90-2019";
    static final String NAMA_VERSI = "Permendagri 90/2019 (lampiran, kode sub kegiatan 2 angka)";
    static final int BERLAKU_MULAI = 2020;
    static final String BERKAS = "anggaran/nomenklatur-permendagri-90-2019.csv";

    /** The placeholder the shipped file writes for "the agency's own bidang urusan" in the supporting program. */
    static final String TEMPLAT = "X.XX";

    private static final Logger LOG = LoggerFactory.getLogger(NomenklaturAwal.class);

    private final TabelNomenklatur tabel;
    private final TransactionTemplate transaksi;

    NomenklaturAwal(TabelNomenklatur tabel, TransactionTemplate transaksi) {
        this.tabel = tabel;
        this.transaksi = transaksi;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Nomenklatur> baris = baca();
        int n = transaksi.execute(s -> {
            long versi = tabel.pastikanVersi(VERSI, NAMA_VERSI, BERLAKU_MULAI);
            // only what differs from the stored rows is written, so a start with nothing new writes nothing
            java.util.Set<Nomenklatur> ada = new java.util.HashSet<>(tabel.semua(versi));
            List<Nomenklatur> beda =
                    baris.stream().filter(b -> !ada.contains(b)).toList();
            beda.forEach(b -> tabel.simpan(versi, b));
            return beda.size();
        });
        if (n > 0) {
            LOG.info("Nomenklatur {} dimuat: {} baris.", VERSI, n);
        }
    }

    /** The shipped rows, the supporting program's "X.XX" rows repeated under every bidang urusan of the file. */
    static List<Nomenklatur> baca() {
        Map<String, String> isi = new LinkedHashMap<>();
        Map<String, String> templat = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new ClassPathResource(BERKAS).getInputStream(), StandardCharsets.UTF_8))) {
            String baris;
            while ((baris = r.readLine()) != null) {
                if (baris.isBlank() || baris.startsWith("#")) {
                    continue;
                }
                String[] b = baris.split(";", 2);
                if (b.length != 2 || TingkatNomenklatur.dari(b[0].strip()) == null) {
                    throw new IllegalStateException(BERKAS + ": baris tidak sah: " + baris);
                }
                (b[0].startsWith(TEMPLAT) ? templat : isi).put(b[0].strip(), b[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> semua = new LinkedHashMap<>();
        isi.forEach((kode, nama) -> {
            semua.put(kode, nama);
            if (TingkatNomenklatur.dari(kode) == TingkatNomenklatur.BIDANG_URUSAN) {
                templat.forEach((t, n) -> semua.put(kode + t.substring(TEMPLAT.length()), n));
            }
        });
        List<Nomenklatur> hasil = new ArrayList<>();
        semua.forEach((kode, nama) -> {
            String induk = TingkatNomenklatur.induk(kode);
            if (induk != null && !semua.containsKey(induk)) {
                throw new IllegalStateException(BERKAS + ": induk " + induk + " dari " + kode + " tidak ada.");
            }
            hasil.add(new Nomenklatur(kode, TingkatNomenklatur.dari(kode), induk, nama));
        });
        return hasil;
    }
}
