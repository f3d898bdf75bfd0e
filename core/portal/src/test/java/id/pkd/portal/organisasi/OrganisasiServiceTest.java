package id.pkd.portal.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.IsianPejabat;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PejabatService;
import id.pkd.portal.perencanaan.Pelaksana;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.rpjmd.IsianPeriode;
import id.pkd.portal.rpjmd.RpjmdService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agencies editor and the officials' assignments on a tenant of its own (18.02, WIB): field errors, the audit
 * trail, removals refused with what depends on them, one definitive holder per position, tenant isolation, and the
 * plan export/import carrying the agency's urusan and definitive assignments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisasiServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "18.02";
    static final String KOBAR = "62.01";

    @Autowired
    PerangkatDaerahService organisasi;

    @Autowired
    PenugasanService penugasan;

    @Autowired
    PejabatService pejabat;

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    DaerahService daerah;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    ObjectMapper json;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Organisasi",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.organisasi",
                                "Rahasia-Uji-2024!",
                                "Admin Uji Organisasi",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
    }

    @Test
    void isianSalahDitunjukkanPerIsianDanTidakAdaYangTersimpan() {
        assertThatThrownBy(() -> admin(() ->
                        organisasi.simpan(new IsianPerangkatDaerah(null, " ", "", null, List.of("1.06", "sosial")))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("kode", "nama", "urusan"));
        admin(() -> organisasi.simpan(new IsianPerangkatDaerah(null, "PD-DUP", "Dinas Asli", null, List.of())));
        assertThatThrownBy(() -> admin(() ->
                        organisasi.simpan(new IsianPerangkatDaerah(null, "pd-dup", "Dinas Kembar", null, List.of()))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("kode", "Kode pd-dup sudah dipakai perangkat daerah lain."));
        assertThat(admin(() -> organisasi.daftar())).noneMatch(p -> p.nama().equals("Dinas Kembar"));
    }

    @Test
    void perangkatDaerahDenganUrusanDanBidangSetiapPerubahanTercatat() {
        PerangkatDaerah pd = admin(() -> organisasi.simpan(
                new IsianPerangkatDaerah(null, "PD-A", "Dinas Sosial Uji", "Dinsos", List.of("2.08", "1.06"))));
        assertThat(admin(() -> organisasi.urusan(pd.id()))).containsExactly("1.06", "2.08");
        admin(() -> organisasi.simpan(new IsianPerangkatDaerah(
                pd.id(), "PD-A", "Dinas Sosial dan PMD Uji", "Dinsos", List.of("1.06", "2.13"))));
        Bidang b = admin(() -> organisasi.simpanBidang(new IsianBidang(null, pd.id(), "B1", "Bidang Rehabilitasi")));
        admin(() -> organisasi.simpanBidang(new IsianBidang(b.id(), pd.id(), "B1", "Bidang Rehabilitasi Sosial")));
        assertThatThrownBy(() -> admin(() -> organisasi.simpanBidang(new IsianBidang(null, pd.id(), "b1", "Lain"))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("kodeBidang"));

        assertThat(admin(() -> organisasi.bidang(pd.id())))
                .extracting(Bidang::nama)
                .containsExactly("Bidang Rehabilitasi Sosial");
        assertThat(admin(() -> jejak.riwayat(PerangkatDaerahService.JENIS, pd.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        tuple("kode", null, "PD-A"),
                        tuple("nama", "Dinas Sosial Uji", "Dinas Sosial dan PMD Uji"),
                        tuple("urusan", "1.06, 2.08", "1.06, 2.13"));
        assertThat(admin(() -> jejak.riwayat(PerangkatDaerahService.JENIS_BIDANG, b.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(tuple("nama", "Bidang Rehabilitasi"), tuple("nama", "Bidang Rehabilitasi Sosial"));
    }

    @Test
    void hapusDitolakSelamaAdaYangBergantungDanMenyebutnya() {
        PerangkatDaerah pd = admin(() ->
                organisasi.simpan(new IsianPerangkatDaerah(null, "PD-H", "Badan Uji Hapus", null, List.of("1.06"))));
        Bidang b = admin(() -> organisasi.simpanBidang(new IsianBidang(null, pd.id(), "S", "Sekretariat")));
        Pejabat p = admin(() -> pejabat.simpan(new IsianPejabat(
                null,
                pd.id(),
                b.id(),
                null,
                "197305011993111001",
                "Drs. Uji Hapus",
                "Pembina",
                "IV/a",
                "Sekretaris",
                "III.a")));

        assertThatThrownBy(() -> admin(() -> {
                    organisasi.hapusBidang(pd.id(), b.id());
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Bidang Sekretariat tidak dapat dihapus karena masih dipakai: 1 pejabat."));
        assertThatThrownBy(() -> admin(() -> {
                    organisasi.hapus(pd.id());
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.getMessage())
                        .startsWith("Badan Uji Hapus tidak dapat dihapus karena masih dipakai: 1 pejabat")
                        .contains("1 pejabat di bidang Sekretariat"));
        assertThat(admin(() -> organisasi.perangkatDaerah(pd.id())).nama()).isEqualTo("Badan Uji Hapus");

        PerangkatDaerah kosong = admin(() ->
                organisasi.simpan(new IsianPerangkatDaerah(null, "PD-K", "Kantor Uji Kosong", null, List.of("2.08"))));
        admin(() -> organisasi.simpanBidang(new IsianBidang(null, kosong.id(), "U", "Umum")));
        admin(() -> {
            organisasi.hapus(kosong.id());
            return null;
        });
        assertThat(admin(() -> organisasi.daftar())).noneMatch(x -> x.kode().equals("PD-K"));
        assertThat(admin(() -> jejak.riwayat(PerangkatDaerahService.JENIS, kosong.id())))
                .extracting(JejakAudit::isian)
                .contains("dihapus");
        assertThat(p.id()).isNotNull();
    }

    @Test
    void satuPemegangDefinitifPerJabatanPltBolehMengisi() {
        PerangkatDaerah pd = admin(() ->
                organisasi.simpan(new IsianPerangkatDaerah(null, "PD-P", "Dinas Uji Penugasan", null, List.of())));
        Pejabat kepala = admin(() -> pejabat.simpan(isianPejabat(pd.id(), "197305011993111002", "Kepala Lama")));
        Pejabat lain = admin(() -> pejabat.simpan(isianPejabat(pd.id(), "198001012005012003", "Pejabat Pengganti")));
        Pelaksana definitif = admin(() -> penugasan.simpan(new IsianPenugasan(
                null,
                kepala.id(),
                "DEFINITIF",
                "Kepala Dinas Uji Penugasan",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 6, 30))));

        assertThatThrownBy(() -> admin(() -> penugasan.simpan(new IsianPenugasan(
                        null,
                        lain.id(),
                        "DEFINITIF",
                        "kepala dinas  uji penugasan",
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 12, 31)))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry(
                                "mulai",
                                "Jabatan Kepala Dinas Uji Penugasan sudah dipegang definitif oleh Kepala Lama pada"
                                        + " 2024-01-01 s.d. 2025-06-30."));
        assertThatThrownBy(() -> admin(() -> penugasan.simpan(new IsianPenugasan(
                        null, lain.id(), "PLT", "Kepala Dinas", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("selesai"));

        Pelaksana plt = admin(() -> penugasan.simpan(new IsianPenugasan(
                null,
                lain.id(),
                "PLT",
                "Kepala Dinas Uji Penugasan",
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 31))));
        assertThat(plt.jabatanTercetak()).isEqualTo("Plt. Kepala Dinas Uji Penugasan");
        assertThat(definitif.jabatanTercetak()).isEqualTo("Kepala Dinas Uji Penugasan");
        Pelaksana berikutnya = admin(() -> penugasan.simpan(new IsianPenugasan(
                null,
                lain.id(),
                "DEFINITIF",
                "Kepala Dinas Uji Penugasan",
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2029, 12, 31))));
        assertThat(admin(() -> penugasan.daftar(lain.id())))
                .extracting(Pelaksana::jenis)
                .containsExactly("DEFINITIF", "PLT");
        assertThat(admin(() -> jejak.riwayat(PenugasanService.JENIS, berikutnya.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(tuple("jenis", "DEFINITIF"), tuple("mulai", "2025-07-01"));
    }

    @Test
    void penggunaDaerahLainTidakMembacaAtauMengubah() {
        PerangkatDaerah pd = admin(() ->
                organisasi.simpan(new IsianPerangkatDaerah(null, "PD-T", "Dinas Uji Terpisah", null, List.of("1.06"))));
        Pejabat p = admin(() -> pejabat.simpan(isianPejabat(pd.id(), "197305011993111004", "Pejabat Terpisah")));

        assertThatThrownBy(() -> kobar(() -> organisasi.urusan(pd.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> kobar(
                        () -> organisasi.simpan(new IsianPerangkatDaerah(pd.id(), "PD-T", "Diambil", null, List.of()))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> kobar(() -> {
                    organisasi.hapus(pd.id());
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> kobar(() -> organisasi.simpanBidang(new IsianBidang(null, pd.id(), "X", "Asing"))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> kobar(() -> penugasan.daftar(p.id()))).isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> kobar(() -> penugasan.simpan(new IsianPenugasan(
                        null, p.id(), "PLH", "Kepala", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(admin(() -> organisasi.perangkatDaerah(pd.id())).nama()).isEqualTo("Dinas Uji Terpisah");
        assertThat(admin(() -> organisasi.bidang(pd.id()))).isEmpty();
    }

    @Test
    void hanyaAdminDaerahYangMengubah() {
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        DAERAH,
                        () -> organisasi.simpan(new IsianPerangkatDaerah(null, "PD-O", "Dinas Operator", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sebagai(Peran.PENGAMAT, DAERAH, () -> organisasi.daftar())).isNotNull();
    }

    @Test
    void urusanDanPenugasanDefinitifIkutEksporDanImporRencana() throws Exception {
        admin(() -> rpjmd.simpan(new IsianPeriode(null, 2025, 2029, "Visi uji organisasi", List.of("Misi"))));
        PerangkatDaerah pd = admin(() ->
                organisasi.simpan(new IsianPerangkatDaerah(null, "PD-R", "Dinas Uji Ekspor", null, List.of("1.06"))));
        Pejabat p = admin(() -> pejabat.simpan(isianPejabat(pd.id(), "197305011993111005", "Pejabat Ekspor")));
        admin(() -> penugasan.simpan(new IsianPenugasan(
                null, p.id(), "DEFINITIF", "Kepala Dinas", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31))));

        ObjectNode berkas = json.valueToTree(admin(() -> ekspor.ekspor(2026)));
        ObjectNode pdBerkas = perangkatDaerah(berkas, "PD-R");
        assertThat(pdBerkas.path("urusan").toString()).isEqualTo("[\"1.06\"]");
        assertThat(pdBerkas.at("/pelaksana/0/jenis").asText()).isEqualTo("DEFINITIF");
        assertThat(admin(() -> impor.impor(bytes(berkas))).perubahan())
                .as("the file as exported changes nothing")
                .isZero();

        pdBerkas.putArray("urusan").add("2.13").add("1.06");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(admin(() -> organisasi.urusan(pd.id()))).containsExactly("1.06", "2.13");

        ArrayNode pelaksana = pdBerkas.withArray("pelaksana");
        ObjectNode kedua = pelaksana.get(0).deepCopy();
        kedua.put("mulai", "2026-01-01");
        pelaksana.add(kedua);
        assertThatThrownBy(() -> admin(() -> impor.impor(bytes(berkas))))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .anySatisfy(k -> assertThat(k.pesan()).contains("sudah dipegang definitif")));
    }

    byte[] bytes(JsonNode berkas) {
        try {
            return json.writeValueAsBytes(berkas);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode perangkatDaerah(JsonNode berkas, String kode) {
        for (JsonNode pd : berkas.path("perangkatDaerah")) {
            if (pd.path("kode").asText().equals(kode)) {
                return (ObjectNode) pd;
            }
        }
        throw new IllegalStateException(kode);
    }

    static IsianPejabat isianPejabat(long pdId, String nip, String nama) {
        return new IsianPejabat(null, pdId, null, null, nip, nama, "Pembina", "IV/a", "Kepala Bidang", "III.a");
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }

    <T> T kobar(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, KOBAR, kerja);
    }
}
