package id.pkd.portal.perencanaan;

import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Once, at the start of an upgraded installation: evidence files that earlier releases wrote to
 * {@code $PKD_DATA_DIR/bukti/<tenant>/<sha256>} move into the file store, so nothing uploaded before is lost and no
 * node needs another's disk. A file is deleted only after the store gives back the same SHA-256; a file no evidence
 * row names, or whose content does not match its name, stays where it is with a warning. Running it again moves
 * what is left, so an interrupted move finishes at the next start. It runs before the node reports itself ready.
 */
@Component
class PindahBuktiLama implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PindahBuktiLama.class);
    private static final Pattern NAMA_TENANT = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern NAMA_ISI = Pattern.compile("[0-9a-f]{64}");

    /** What a run did: files moved, files left in place (each logged with its reason). */
    record Hasil(int dipindahkan, int ditinggalkan) {}

    private final BuktiRepository bukti;
    private final PenyimpananBerkas penyimpanan;
    private final Path folderLama;

    PindahBuktiLama(BuktiRepository bukti, PenyimpananBerkas penyimpanan, PengaturanPkd pengaturan) {
        this.bukti = bukti;
        this.penyimpanan = penyimpanan;
        this.folderLama = pengaturan.dataDir().resolve("bukti");
    }

    @Override
    public void run(ApplicationArguments args) {
        Hasil h = pindahkan(folderLama);
        if (h.dipindahkan() > 0 || h.ditinggalkan() > 0) {
            log.info(
                    "Berkas bukti lama dari {} dipindahkan ke penyimpanan {}: {} berkas; {} dibiarkan di tempatnya",
                    folderLama,
                    penyimpanan.nama(),
                    h.dipindahkan(),
                    h.ditinggalkan());
        }
    }

    Hasil pindahkan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Hasil(0, 0);
        }
        int pindah = 0;
        int tinggal = 0;
        for (Path folderTenant : isi(folder)) {
            String namaTenant = folderTenant.getFileName().toString();
            if (!Files.isDirectory(folderTenant)
                    || !NAMA_TENANT.matcher(namaTenant).matches()) {
                log.warn("Bukti lama {} dibiarkan: bukan folder daerah", folderTenant);
                tinggal++;
                continue;
            }
            TenantId tenant = new TenantId(Long.parseLong(namaTenant));
            for (Path berkas : isi(folderTenant)) {
                if (pindahSatu(tenant, berkas)) {
                    pindah++;
                } else {
                    tinggal++;
                }
            }
            hapusBilaKosong(folderTenant);
        }
        hapusBilaKosong(folder);
        return new Hasil(pindah, tinggal);
    }

    private boolean pindahSatu(TenantId tenant, Path berkas) {
        String nama = berkas.getFileName().toString();
        try {
            if (!Files.isRegularFile(berkas) || !NAMA_ISI.matcher(nama).matches()) {
                log.warn("Bukti lama {} dibiarkan: namanya bukan SHA-256 isi", berkas);
                return false;
            }
            byte[] isi = Files.readAllBytes(berkas);
            if (!RealisasiService.sha256(isi).equals(nama)) {
                log.warn("Bukti lama {} dibiarkan: isinya tidak cocok dengan namanya (rusak?)", berkas);
                return false;
            }
            if (!bukti.adaIsi(tenant.value(), nama)) {
                log.warn("Bukti lama {} dibiarkan: tidak ada bukti daerah {} yang menyebutnya", berkas, tenant.value());
                return false;
            }
            String kunci = RealisasiService.kunciBukti(nama);
            if (!penyimpanan.ada(tenant, kunci)) {
                penyimpanan.simpan(tenant, kunci, isi);
            }
            byte[] tersimpan = penyimpanan.baca(tenant, kunci).orElse(new byte[0]);
            if (!Arrays.equals(isi, tersimpan)) {
                log.warn("Bukti lama {} dibiarkan: penyimpanan tidak mengembalikan isi yang sama", berkas);
                return false;
            }
            Files.delete(berkas);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Bukti lama {} dibiarkan: {}", berkas, e.toString());
            return false;
        }
    }

    private static List<Path> isi(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            log.warn("Folder bukti lama {} tidak terbaca: {}", folder, e.toString());
            return List.of();
        }
    }

    private static void hapusBilaKosong(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            log.debug("Folder {} tidak dihapus: {}", folder, e.toString());
        }
    }
}
