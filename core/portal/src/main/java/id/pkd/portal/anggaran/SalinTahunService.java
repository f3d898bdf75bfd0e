package id.pkd.portal.anggaran;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts next year's budget from this year's: programs, kegiatan and sub kegiatan with their pagu, funding source
 * and indicators (with their targets), without any spending or indicator realisasi. Only into a year that is still
 * empty for the agency, so nothing typed is ever overwritten; the next year also keeps this year's nomenclature
 * version, so every copied code stays valid.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class SalinTahunService {

    static final String JENIS_JEJAK = "anggaran_salin";

    /** How many agencies, rows and indicators were copied. */
    public record HasilSalin(int perangkatDaerah, int baris, int indikator) {}

    private final PerencanaanService perencanaan;
    private final PenjagaPerubahan penjaga;
    private final TabelAnggaran tabel;
    private final TabelNomenklatur nomenklaturTabel;
    private final NomenklaturService nomenklatur;
    private final JejakAuditService jejak;

    SalinTahunService(
            PerencanaanService perencanaan,
            PenjagaPerubahan penjaga,
            TabelAnggaran tabel,
            TabelNomenklatur nomenklaturTabel,
            NomenklaturService nomenklatur,
            JejakAuditService jejak) {
        this.perencanaan = perencanaan;
        this.penjaga = penjaga;
        this.tabel = tabel;
        this.nomenklaturTabel = nomenklaturTabel;
        this.nomenklatur = nomenklatur;
        this.jejak = jejak;
    }

    /**
     * Copies {@code tahun} into {@code tahun + 1} for one agency, or for every agency of the tenant when
     * {@code perangkatDaerahId} is null (agencies without programs in {@code tahun} are passed over). Refused as a
     * whole, at the field {@code tahun}, when any of them already has programs in the next year.
     */
    @BolehIsi
    @Transactional
    public HasilSalin salin(Long perangkatDaerahId, int tahun) {
        long t = AnggaranService.tenant();
        int tujuan = tahun + 1;
        List<Long> semua = perangkatDaerahId == null
                ? tabel.perangkatDaerah(t)
                : List.of(perencanaan.perangkatDaerah(perangkatDaerahId).id());
        // every agency's lock, in id order as the other multi-agency writers take them, before reading anything
        semua.forEach(pd -> penjaga.pastikanBolehDiubah(pd, tujuan));
        List<Long> sumber =
                semua.stream().filter(pd -> tabel.adaProgram(t, pd, tahun)).toList();
        if (sumber.isEmpty()) {
            throw IsianTidakSahException.pada("tahun", "Tahun " + tahun + " belum berisi program untuk disalin.");
        }
        for (long pd : sumber) {
            if (tabel.adaProgram(t, pd, tujuan)) {
                PerangkatDaerah p = perencanaan.perangkatDaerah(pd);
                throw IsianTidakSahException.pada(
                        "tahun",
                        "Tahun " + tujuan + " " + p.nama() + " sudah berisi program; penyalinan hanya ke tahun yang"
                                + " masih kosong. Tidak ada yang disalin.");
            }
        }
        nomenklaturTabel.catatVersi(t, tujuan, nomenklatur.versi(tahun).id());
        int baris = 0;
        int indikator = 0;
        for (long pd : sumber) {
            Map<Long, Long> idBaru = new HashMap<>();
            List<BarisProgram> asal = tabel.baca(t, pd, tahun);
            for (BarisProgram b : urutInduk(asal)) {
                long id = tabel.tambah(
                        t,
                        pd,
                        tujuan,
                        b.tingkat(),
                        b.indukId() == null ? null : idBaru.get(b.indukId()),
                        b.kode(),
                        b.nama(),
                        b.sumberDana(),
                        b.anggaran(),
                        b.subKegiatan() ? BigDecimal.ZERO : null);
                idBaru.put(b.id(), id);
                for (int k = 0; k < b.indikator().size(); k++) {
                    tabel.tambahIndikator(t, id, k + 1, b.indikator().get(k));
                    indikator++;
                }
                baris++;
            }
            jejak.catat(
                    JENIS_JEJAK,
                    pd,
                    Integer.toString(tujuan),
                    null,
                    "disalin dari tahun " + tahun + ": " + asal.size() + " baris");
        }
        return new HasilSalin(sumber.size(), baris, indikator);
    }

    /** Parents before children, whatever the codes (a plan imported by JSON may use codes of its own). */
    static List<BarisProgram> urutInduk(List<BarisProgram> baris) {
        java.util.ArrayList<BarisProgram> hasil = new java.util.ArrayList<>();
        java.util.Set<Long> sudah = new java.util.HashSet<>();
        java.util.ArrayList<BarisProgram> sisa = new java.util.ArrayList<>(baris);
        while (!sisa.isEmpty()) {
            int sebelum = sisa.size();
            sisa.removeIf(b -> {
                if (b.indukId() == null || sudah.contains(b.indukId())) {
                    hasil.add(b);
                    sudah.add(b.id());
                    return true;
                }
                return false;
            });
            if (sisa.size() == sebelum) {
                // an orphan (its parent in another year): copied as a top row rather than lost
                BarisProgram b = sisa.removeFirst();
                hasil.add(b);
                sudah.add(b.id());
            }
        }
        return hasil;
    }
}
