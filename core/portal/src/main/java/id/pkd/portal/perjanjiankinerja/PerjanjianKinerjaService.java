package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PejabatService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.IndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Perjanjian Kinerja of each official per year, as the editor keeps it: sasaran cascading to the superior's
 * (the head of agency's to the Renstra), each with indicators and targets. The tenant admin writes; every role
 * reads. An agreement is a figure of its year: every write first passes {@link PenjagaPerubahan} for the agency and
 * year (which takes the agency's lock), so a locked or submitted year stays as approved. Every change is in the
 * audit trail under the table names the plan import uses.
 */
@Service
@id.pkd.portal.umum.BolehBaca
@Transactional(readOnly = true)
public class PerjanjianKinerjaService {

    static final String JENIS_PK = "perjanjian_kinerja";
    static final String JENIS_SASARAN = "pk_sasaran";
    static final String JENIS_INDIKATOR = "indikator";

    private final PerencanaanService perencanaan;
    private final PejabatService pejabat;
    private final PersetujuanService persetujuan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final TabelPk tabel;
    private final KepalaDaerahService kepalaDaerah;

    PerjanjianKinerjaService(
            PerencanaanService perencanaan,
            PejabatService pejabat,
            PersetujuanService persetujuan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            TabelPk tabel,
            KepalaDaerahService kepalaDaerah) {
        this.perencanaan = perencanaan;
        this.pejabat = pejabat;
        this.persetujuan = persetujuan;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.tabel = tabel;
        this.kepalaDaerah = kepalaDaerah;
    }

    /** The agency's officials for a year, head first then down the eselon, with whether each has an agreement. */
    public List<PejabatPk> pejabat(long perangkatDaerahId, int tahun) {
        RencanaTahunan r = perencanaan.rencana(perangkatDaerahId, tahun);
        return r.pejabat().stream()
                .sorted(Comparator.comparing((Pejabat p) -> p.atasanId() != null)
                        .thenComparing(Pejabat::eselon)
                        .thenComparing(Pejabat::id))
                .map(p -> new PejabatPk(
                        p,
                        BacaPerjanjian.jabatan(r, p),
                        BacaPerjanjian.milik(r, p.id()).isPresent()))
                .toList();
    }

    public PerjanjianPejabat baca(long pejabatId, int tahun) {
        Pejabat p = pejabat.pejabat(pejabatId);
        RencanaTahunan r = perencanaan.rencana(p.perangkatDaerahId(), tahun);
        return BacaPerjanjian.baca(
                r, p, !persetujuan.status(p.perangkatDaerahId(), tahun).status().bolehDiubah());
    }

    /**
     * The head of agency's pihak kedua (the Bupati/Wali Kota, outside the agency), creating the agreement when it
     * does not exist yet. Another official's pihak kedua is always the superior.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public PerjanjianPejabat simpanPihakKedua(long pejabatId, int tahun, String nama, String jabatan) {
        PerjanjianPejabat kini = kunci(pejabatId, tahun);
        if (!kini.kepala()) {
            throw IsianTidakSahException.pada(
                    "pihakKeduaNama",
                    "Pihak kedua pejabat ini adalah atasannya, " + kini.atasan().nama() + ".");
        }
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String n = salah.teksWajib(nama, "pihakKeduaNama", "Nama pihak kedua wajib diisi.", 200);
        String j = salah.teksWajib(jabatan, "pihakKeduaJabatan", "Jabatan pihak kedua wajib diisi.", 300);
        salah.lemparJikaAda();
        long t = tenant();
        if (kini.perjanjianId() == null) {
            long id = tabel.tambahPerjanjian(t, kini.perangkatDaerahId(), tahun, pejabatId, null, n, j);
            jejak.catat(
                    JENIS_PK, id, "dibuat", null, tahun + " " + kini.pejabat().nip());
        } else {
            tabel.ubahPihakKedua(t, kini.perjanjianId(), null, n, j);
        }
        long id = kini.perjanjianId() == null ? baca(pejabatId, tahun).perjanjianId() : kini.perjanjianId();
        jejak.catat(JENIS_PK, id, "pihak_kedua_nama", kini.pihakKeduaNama(), n);
        jejak.catat(JENIS_PK, id, "pihak_kedua_jabatan", kini.pihakKeduaJabatan(), j);
        return baca(pejabatId, tahun);
    }

    /**
     * Adds ({@code id} null) or changes a sasaran with its indicators and targets; an official below the head gets
     * the agreement (with the superior as pihak kedua) with the first sasaran. Every wrong field is reported at
     * once, and nothing is saved.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public PerjanjianPejabat simpanSasaran(long pejabatId, int tahun, IsianSasaranPk isian) {
        PerjanjianPejabat kini = kunci(pejabatId, tahun);
        RencanaTahunan r = perencanaan.rencana(kini.perangkatDaerahId(), tahun);
        SasaranPk lama = isian.id() == null ? null : sasaran(kini, isian.id());
        long t = tenant();
        AturanPk.Sasaran s = AturanPk.periksa(r, kini, isian, tabel.jenjang(t));
        // the head's pihak kedua defaults to the head of region as the year begins, written in as if typed
        Optional<KepalaDaerah> bawaan =
                kini.perjanjianId() == null && kini.kepala() ? kepalaDaerah.awalTahun(tahun) : Optional.empty();
        if (kini.perjanjianId() == null && kini.kepala() && bawaan.isEmpty()) {
            throw IsianTidakSahException.pada("pihakKeduaNama", "Isi pihak kedua atau catat di menu Kepala Daerah.");
        }
        long pkId = kini.perjanjianId() != null ? kini.perjanjianId() : perjanjianBaru(t, kini, bawaan);
        long id;
        if (lama == null) {
            id = tabel.tambahSasaran(t, pkId, s.kode(), s.uraian(), s.sasaranRenstraId(), s.sasaranAtasanId());
            jejak.catat(JENIS_SASARAN, id, "dibuat", null, s.kode());
        } else {
            id = lama.id();
            tabel.ubahSasaran(t, id, s.kode(), s.uraian(), s.sasaranRenstraId(), s.sasaranAtasanId());
            jejak.catat(JENIS_SASARAN, id, "kode", lama.kode(), s.kode());
            jejak.catat(JENIS_SASARAN, id, "uraian", lama.uraian(), s.uraian());
        }
        String kolomAtasan = kini.kepala() ? "sasaran_renstra_id" : "sasaran_atasan_id";
        jejak.catat(JENIS_SASARAN, id, kolomAtasan, lama == null ? null : lama.atasanId(), isian.atasanId());
        tulisIndikator(t, r, id, s.kode(), lama, isian.indikator());
        return baca(pejabatId, tahun);
    }

    /** Removes a sasaran with its targets; refused while a sasaran of a subordinate's PK cascades to it. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public PerjanjianPejabat hapusSasaran(long pejabatId, int tahun, long sasaranId) {
        PerjanjianPejabat kini = kunci(pejabatId, tahun);
        SasaranPk s = sasaran(kini, sasaranId);
        RencanaTahunan r = perencanaan.rencana(kini.perangkatDaerahId(), tahun);
        List<String> bawahan = r.pkSasaran().stream()
                .filter(x -> Long.valueOf(sasaranId).equals(x.sasaranAtasanId()))
                .map(x -> x.kode())
                .toList();
        if (!bawahan.isEmpty()) {
            throw IsianTidakSahException.pada(
                    "hapus",
                    "Sasaran " + s.kode() + " menjadi acuan sasaran bawahan " + String.join(", ", bawahan)
                            + ": ubah atau hapus sasaran itu lebih dulu.");
        }
        long t = tenant();
        tabel.hapusSasaran(t, sasaranId);
        for (IndikatorPk i : s.indikator()) {
            jejak.catat(JENIS_SASARAN, sasaranId, "target " + i.kode(), teks(i.target()), null);
            if (!i.renstra() && tabel.hapusIndikatorYatim(t, i.indikatorId())) {
                jejak.catat(JENIS_INDIKATOR, i.indikatorId(), "dihapus", i.kode(), null);
            }
        }
        jejak.catat(JENIS_SASARAN, sasaranId, "dihapus", s.kode(), null);
        return baca(pejabatId, tahun);
    }

    private void tulisIndikator(
            long t, RencanaTahunan r, long sasaranId, String kodeSasaran, SasaranPk lama, List<IsianIndikatorPk> isi) {
        Map<Long, IndikatorPk> sebelum = new LinkedHashMap<>();
        if (lama != null) {
            lama.indikator().forEach(i -> sebelum.put(i.indikatorId(), i));
        }
        Set<String> kodeBaru = new HashSet<>();
        List<Map.Entry<Long, BigDecimal>> tulis = new ArrayList<>();
        Map<Long, String> kode = new LinkedHashMap<>();
        for (IsianIndikatorPk i : isi) {
            String nama = Teks.kosongJadiNull(i.nama());
            String satuan = Teks.kosongJadiNull(i.satuan());
            long id;
            if (i.indikatorId() == null) {
                String k = kodeIndikator(t, r, kodeSasaran, kodeBaru);
                id = tabel.tambahIndikator(
                        t, r.perangkatDaerah().id(), r.periode().id(), k, nama.strip(), satuan.strip());
                jejak.catat(JENIS_INDIKATOR, id, "dibuat", null, k);
                kode.put(id, k);
            } else {
                Indikator ada = r.indikator(i.indikatorId()).orElseThrow();
                id = ada.id();
                kode.put(id, ada.kode());
                if (!ada.iku()) {
                    tabel.ubahIndikator(t, id, nama.strip(), satuan.strip());
                    jejak.catat(JENIS_INDIKATOR, id, "nama", ada.nama(), nama.strip());
                    jejak.catat(JENIS_INDIKATOR, id, "satuan", ada.satuan(), satuan.strip());
                }
            }
            tulis.add(Map.entry(id, i.target()));
        }
        tabel.gantiIndikatorSasaran(t, sasaranId, tulis);
        for (Map.Entry<Long, BigDecimal> e : tulis) {
            IndikatorPk dulu = sebelum.remove(e.getKey());
            jejak.catat(
                    JENIS_SASARAN,
                    sasaranId,
                    "target " + kode.get(e.getKey()),
                    dulu == null ? null : teks(dulu.target()),
                    teks(e.getValue()));
        }
        for (IndikatorPk dulu : sebelum.values()) {
            jejak.catat(JENIS_SASARAN, sasaranId, "target " + dulu.kode(), teks(dulu.target()), null);
            if (!dulu.renstra() && tabel.hapusIndikatorYatim(t, dulu.indikatorId())) {
                jejak.catat(JENIS_INDIKATOR, dulu.indikatorId(), "dihapus", dulu.kode(), null);
            }
        }
    }

    /** "PJSPB-S1-1", the next free code under the sasaran's, unique in the agency's period. */
    private String kodeIndikator(long t, RencanaTahunan r, String kodeSasaran, Set<String> kodeBaru) {
        for (int n = 1; ; n++) {
            String k = kodeSasaran + "-" + n;
            if (!kodeBaru.contains(k)
                    && !tabel.kodeIndikatorDipakai(
                            t, r.perangkatDaerah().id(), r.periode().id(), k)) {
                kodeBaru.add(k);
                return k;
            }
        }
    }

    private long perjanjianBaru(long t, PerjanjianPejabat kini, Optional<KepalaDaerah> kepala) {
        String nama = kepala.map(KepalaDaerah::nama).orElse(null);
        String jabatan = kepala.map(KepalaDaerah::jabatanTercetak).orElse(null);
        long id = tabel.tambahPerjanjian(
                t,
                kini.perangkatDaerahId(),
                kini.tahun(),
                kini.pejabat().id(),
                kini.kepala() ? null : kini.atasan().id(),
                nama,
                jabatan);
        jejak.catat(
                JENIS_PK,
                id,
                "dibuat",
                null,
                kini.tahun() + " " + kini.pejabat().nip());
        jejak.catat(JENIS_PK, id, "pihak_kedua_nama", null, nama);
        jejak.catat(JENIS_PK, id, "pihak_kedua_jabatan", null, jabatan);
        return id;
    }

    /** Checks the official belongs to the tenant, then passes the guard of the agency-year and reads it. */
    private PerjanjianPejabat kunci(long pejabatId, int tahun) {
        Pejabat p = pejabat.pejabat(pejabatId);
        perencanaan.rencana(p.perangkatDaerahId(), tahun);
        penjaga.pastikanBolehDiubah(p.perangkatDaerahId(), tahun);
        return baca(pejabatId, tahun);
    }

    private static SasaranPk sasaran(PerjanjianPejabat kini, long id) {
        return kini.sasaran().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Sasaran Perjanjian Kinerja"));
    }

    /** A figure as the audit trail and the plan import write it: no trailing zeros. */
    static String teks(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal s = nilai.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
