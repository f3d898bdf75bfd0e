package id.pkd.portal.perencanaan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials of an agency: who signs the Perjanjian Kinerja and the documents. The tenant admin
 * keeps them; every change of a field is in the audit trail.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class PejabatService {

    static final String JENIS = "pejabat";

    private final PerencanaanService perencanaan;
    private final PejabatRepository pejabat;
    private final BidangRepository bidang;
    private final JejakAuditService jejak;

    PejabatService(
            PerencanaanService perencanaan,
            PejabatRepository pejabat,
            BidangRepository bidang,
            JejakAuditService jejak) {
        this.perencanaan = perencanaan;
        this.pejabat = pejabat;
        this.bidang = bidang;
        this.jejak = jejak;
    }

    public List<Pejabat> daftar(long perangkatDaerahId) {
        return pejabat.milik(
                tenant(), perencanaan.perangkatDaerah(perangkatDaerahId).id());
    }

    public List<Bidang> bidang(long perangkatDaerahId) {
        return bidang.milik(
                tenant(), perencanaan.perangkatDaerah(perangkatDaerahId).id());
    }

    public Pejabat pejabat(long id) {
        return pejabat.cari(tenant(), id).orElseThrow(() -> new DataTidakDitemukanException("Pejabat"));
    }

    /** Adds or changes an official; every wrong field is reported at once, and nothing is saved. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Pejabat simpan(IsianPejabat isian) {
        long tenant = tenant();
        long pdId = perencanaan.perangkatDaerah(isian.perangkatDaerahId()).id();
        Pejabat lama = isian.id() == null ? null : pejabat(isian.id());
        if (lama != null && lama.perangkatDaerahId() != pdId) {
            throw new DataTidakDitemukanException("Pejabat");
        }
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String nip = isian.nip() == null ? null : isian.nip().replace(" ", "");
        Nip.periksa(nip).ifPresentOrElse(pesan -> salah.tambah("nip", pesan), () -> pejabat.cariNip(tenant, nip)
                .filter(lain -> !lain.id().equals(isian.id()))
                .ifPresent(lain -> salah.tambah("nip", "NIP ini sudah dipakai oleh " + lain.nama() + ".")));
        String nama = wajib(isian.nama(), "nama", "Nama pejabat wajib diisi.", salah);
        String jabatan = wajib(isian.jabatan(), "jabatan", "Jabatan wajib diisi.", salah);
        String pangkat = wajib(isian.pangkat(), "pangkat", "Pangkat wajib diisi.", salah);
        if (!AturanPejabat.golonganSah(isian.golongan())) {
            salah.tambah("golongan", AturanPejabat.PESAN_GOLONGAN);
        }
        if (!AturanPejabat.eselonSah(isian.eselon())) {
            // every official signs a Perjanjian Kinerja at a level; staff without one are recorded as pelaksana
            salah.tambah(
                    "eselon", isian.eselon() == null ? AturanPejabat.PESAN_ESELON_KOSONG : AturanPejabat.PESAN_ESELON);
        }
        if (isian.bidangId() != null
                && bidang.milik(tenant, pdId).stream().noneMatch(b -> b.id().equals(isian.bidangId()))) {
            salah.tambah("bidang", "Bidang tidak ada di perangkat daerah ini.");
        }
        if (isian.atasanId() != null) {
            periksaAtasan(isian, pejabat.milik(tenant, pdId), salah);
        }
        salah.lemparJikaAda();

        Pejabat baru = pejabat.save(new Pejabat(
                isian.id(),
                tenant,
                pdId,
                isian.bidangId(),
                isian.atasanId(),
                nip,
                nama,
                pangkat,
                isian.golongan(),
                jabatan,
                isian.eselon()));
        catatPerubahan(lama, baru);
        return baru;
    }

    /** The superior must be another official of the same agency, and the chain must not loop. */
    private static void periksaAtasan(IsianPejabat isian, List<Pejabat> semua, IsianTidakSahException.Pengumpul salah) {
        Map<Long, Pejabat> perId = semua.stream().collect(Collectors.toMap(Pejabat::id, Function.identity()));
        if (!perId.containsKey(isian.atasanId())) {
            salah.tambah("atasan", "Atasan harus pejabat perangkat daerah ini.");
            return;
        }
        Set<Long> dilewati = new HashSet<>();
        Long kini = isian.atasanId();
        while (kini != null && dilewati.add(kini)) {
            if (kini.equals(isian.id())) {
                salah.tambah("atasan", "Rantai atasan berputar kembali ke pejabat ini.");
                return;
            }
            Pejabat p = perId.get(kini);
            kini = p == null ? null : p.atasanId();
        }
    }

    private void catatPerubahan(Pejabat lama, Pejabat baru) {
        Map<String, Function<Pejabat, Object>> isian = Map.of(
                "nip", Pejabat::nip,
                "nama", Pejabat::nama,
                "pangkat", Pejabat::pangkat,
                "golongan", Pejabat::golongan,
                "jabatan", Pejabat::jabatan,
                "eselon", Pejabat::eselon,
                "bidang", Pejabat::bidangId,
                "atasan", Pejabat::atasanId);
        isian.keySet().stream().sorted().forEach(nama -> {
            Object sebelum = lama == null ? null : isian.get(nama).apply(lama);
            Object sesudah = isian.get(nama).apply(baru);
            if (!Objects.equals(sebelum, sesudah)) {
                jejak.catat(JENIS, baru.id(), nama, sebelum, sesudah);
            }
        });
    }

    private static String wajib(String nilai, String isian, String pesan, IsianTidakSahException.Pengumpul salah) {
        String teks = Teks.kosongJadiNull(nilai);
        if (teks == null) {
            salah.tambah(isian, pesan);
        }
        return teks == null ? null : teks.trim();
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
