package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PejabatService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts another year's Perjanjian Kinerja from one year's: an official's, or every official's of an agency, with
 * their sasaran, indicators and targets. A Renstra indicator takes the Renstra's target of the new year when it has
 * one, otherwise the agreed target it had; a PK indicator keeps its target. Only into a year in which none of them
 * has an agreement yet, so nothing typed is overwritten. Every sasaran goes through the editor's own save (its rules,
 * its lock guard, its audit trail), a subordinate's after its superior's so its cascade finds the new sasaran with
 * the same code. One transaction: a refusal anywhere leaves nothing copied.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class SalinPerjanjianService {

    static final String JENIS_JEJAK = "perjanjian_kinerja_salin";

    /** How many agreements, sasaran and indicator targets were copied. */
    public record HasilSalin(int perjanjian, int sasaran, int indikator) {}

    private final PerencanaanService perencanaan;
    private final PejabatService pejabat;
    private final PerjanjianKinerjaService layanan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;

    SalinPerjanjianService(
            PerencanaanService perencanaan,
            PejabatService pejabat,
            PerjanjianKinerjaService layanan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak) {
        this.perencanaan = perencanaan;
        this.pejabat = pejabat;
        this.layanan = layanan;
        this.penjaga = penjaga;
        this.jejak = jejak;
    }

    /**
     * Copies the agreements of {@code tahunSumber} into {@code tahunTujuan}: the official {@code pejabatId}'s, or
     * when it is null every official's of the agency that has one. Refused as a whole, at the field
     * {@code tahunTujuan}, when the target year is outside the source's RPJMD period or already holds an agreement
     * of one of them.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public HasilSalin salin(long perangkatDaerahId, Long pejabatId, int tahunSumber, int tahunTujuan) {
        long pd = perencanaan.perangkatDaerah(perangkatDaerahId).id();
        Pejabat satu = pejabatId == null ? null : pejabat.pejabat(pejabatId);
        if (satu != null && satu.perangkatDaerahId() != pd) {
            throw new DataTidakDitemukanException("Pejabat");
        }
        if (tahunSumber == tahunTujuan) {
            throw IsianTidakSahException.pada("tahunTujuan", "Tahun tujuan harus berbeda dari tahun sumber.");
        }
        // the agency-year's lock first, before anything is read, as every writer of the year takes it
        penjaga.pastikanBolehDiubah(pd, tahunTujuan);
        RencanaTahunan sumber = perencanaan.rencana(pd, tahunSumber);
        RencanaTahunan tujuan = rencanaTujuan(pd, tahunTujuan);
        if (!sumber.periode().id().equals(tujuan.periode().id())) {
            throw IsianTidakSahException.pada(
                    "tahunTujuan",
                    "Tahun " + tahunTujuan + " di luar periode RPJMD "
                            + sumber.periode().label()
                            + ": Renstra periode lain memiliki sasaran dan indikator sendiri.");
        }
        List<Pejabat> disalin = urutAtasanDulu(sumber).stream()
                .filter(p -> satu == null || p.id().equals(satu.id()))
                .filter(p -> BacaPerjanjian.milik(sumber, p.id()).isPresent())
                .toList();
        if (disalin.isEmpty()) {
            throw IsianTidakSahException.pada(
                    "tahunTujuan",
                    (satu == null ? "Perangkat daerah ini" : satu.nama()) + " belum memiliki Perjanjian Kinerja tahun "
                            + tahunSumber + " untuk disalin.");
        }
        for (Pejabat p : disalin) {
            if (BacaPerjanjian.milik(tujuan, p.id()).isPresent()) {
                throw IsianTidakSahException.pada(
                        "tahunTujuan",
                        p.nama() + " sudah memiliki Perjanjian Kinerja tahun " + tahunTujuan
                                + "; penyalinan hanya ke tahun yang masih kosong. Tidak ada yang disalin.");
            }
        }
        int sasaran = 0;
        int indikator = 0;
        for (Pejabat p : disalin) {
            PerjanjianPejabat asal = BacaPerjanjian.baca(sumber, p, false);
            if (asal.kepala() && asal.pihakKeduaNama() != null) {
                layanan.simpanPihakKedua(p.id(), tahunTujuan, asal.pihakKeduaNama(), asal.pihakKeduaJabatan());
            }
            for (SasaranPk s : asal.sasaran()) {
                IsianSasaranPk isian = new IsianSasaranPk(
                        null,
                        s.kode(),
                        s.uraian(),
                        asal.kepala() ? s.atasanId() : atasanBaru(sumber, p, s, tahunTujuan),
                        s.indikator().stream()
                                .map(i -> new IsianIndikatorPk(
                                        i.indikatorId(),
                                        i.nama(),
                                        i.satuan(),
                                        i.renstra()
                                                ? tujuan.target(i.indikatorId(), tahunTujuan)
                                                        .orElse(i.target())
                                                : i.target()))
                                .toList());
                try {
                    layanan.simpanSasaran(p.id(), tahunTujuan, isian);
                } catch (IsianTidakSahException e) {
                    throw IsianTidakSahException.pada(
                            "tahunTujuan",
                            "Sasaran " + s.kode() + " " + p.nama() + " tidak dapat disalin: "
                                    + String.join(" ", e.pesanPerIsian().values()) + " Tidak ada yang disalin.");
                }
                sasaran++;
                indikator += s.indikator().size();
            }
            Long pkBaru = layanan.baca(p.id(), tahunTujuan).perjanjianId();
            if (pkBaru != null) {
                jejak.catat(
                        PerjanjianKinerjaService.JENIS_PK,
                        pkBaru,
                        "disalin",
                        null,
                        "dari tahun " + tahunSumber + ": " + asal.sasaran().size() + " sasaran");
            }
        }
        jejak.catat(
                JENIS_JEJAK,
                pd,
                Integer.toString(tahunTujuan),
                null,
                "disalin dari tahun " + tahunSumber + ": " + disalin.size() + " perjanjian kinerja");
        return new HasilSalin(disalin.size(), sasaran, indikator);
    }

    private RencanaTahunan rencanaTujuan(long pd, int tahun) {
        try {
            return perencanaan.rencana(pd, tahun);
        } catch (IsianTidakSahException e) {
            throw IsianTidakSahException.pada(
                    "tahunTujuan", String.join(" ", e.pesanPerIsian().values()));
        }
    }

    /**
     * The sasaran of the superior's new agreement with the code of the one this sasaran cascaded to; none when the
     * superior has none (the editor's rule then says the superior's agreement comes first).
     */
    private Long atasanBaru(RencanaTahunan sumber, Pejabat p, SasaranPk s, int tahunTujuan) {
        Optional<String> kodeAtasan = sumber.pkSasaran().stream()
                .filter(x -> x.id().equals(s.atasanId()))
                .map(PkSasaran::kode)
                .findFirst();
        if (kodeAtasan.isEmpty() || p.atasanId() == null) {
            return null;
        }
        return layanan.baca(p.atasanId(), tahunTujuan).sasaran().stream()
                .filter(x -> x.kode().equals(kodeAtasan.get()))
                .map(SasaranPk::id)
                .findFirst()
                .orElse(null);
    }

    /** The agency's officials, each after the one above them (head, kepala bidang, JF), whatever their ids. */
    static List<Pejabat> urutAtasanDulu(RencanaTahunan r) {
        List<Pejabat> hasil = new ArrayList<>();
        List<Pejabat> sisa = new ArrayList<>(r.pejabat());
        sisa.sort(Comparator.comparing(Pejabat::id));
        while (!sisa.isEmpty()) {
            int sebelum = sisa.size();
            sisa.removeIf(p -> {
                boolean siap = p.atasanId() == null
                        || hasil.stream().anyMatch(a -> a.id().equals(p.atasanId()))
                        || sisa.stream().noneMatch(a -> a.id().equals(p.atasanId()));
                if (siap) {
                    hasil.add(p);
                }
                return siap;
            });
            if (sisa.size() == sebelum) {
                // a loop in the hierarchy (the officials' rules refuse one): the rest in id order, nothing lost
                hasil.addAll(sisa);
                sisa.clear();
            }
        }
        return hasil;
    }
}
