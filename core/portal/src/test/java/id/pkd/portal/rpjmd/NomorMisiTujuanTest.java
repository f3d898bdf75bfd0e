package id.pkd.portal.rpjmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the tujuan RPJMD follow their misi when the period editor moves, adds or removes misi. Each test has a
 * period of its own (three misi, a tujuan under misi 1 and one under misi 3) on a tenant of its own (95.01).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NomorMisiTujuanTest extends PortalIntegrationTest {

    static final String DAERAH = "95.01";
    static final List<String> MISI = List.of("Misi pertama", "Misi kedua", "Misi ketiga");

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    SasaranRpjmdService sasaran;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    DaerahService daerah;

    /** The next free first year: the periods of one tenant may not overlap. */
    int tahunBerikut = 2025;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Nomor Misi",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.nomormisi",
                                "Rahasia-Uji-2024!",
                                "Admin Uji Nomor Misi",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
    }

    @Test
    void tukarMisiSatuDanTigaTujuanTetapDiMisinya() {
        PeriodeRpjmd p = periodeDenganTujuan();

        simpan(p, List.of("Misi ketiga", "Misi kedua", "Misi pertama"), 3, 2, 1);

        assertThat(misiTujuan(p)).containsEntry("T1", "Misi pertama").containsEntry("T3", "Misi ketiga");
        assertThat(nomorMisi(p)).containsEntry("T1", 3).containsEntry("T3", 1);
        assertThat(admin(() -> jejak.riwayat(
                        SasaranRpjmdService.JENIS_TUJUAN, tujuan(p, "T1").id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(tuple("misiKe", "1", "3"));
        assertThat(admin(() -> jejak.riwayat(
                        SasaranRpjmdService.JENIS_TUJUAN, tujuan(p, "T3").id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(tuple("misiKe", "3", "1"));
        assertThat(admin(() -> jejak.riwayat(RpjmdService.JENIS, p.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(tuple("misi", "Misi ketiga\nMisi kedua\nMisi pertama"));
    }

    @Test
    void hapusMisiTanpaTujuanMenggeserTujuanSesudahnya() {
        PeriodeRpjmd p = periodeDenganTujuan();

        simpan(p, List.of("Misi pertama", "Misi ketiga"), 1, 3);

        assertThat(nomorMisi(p)).containsEntry("T1", 1).containsEntry("T3", 2);
        assertThat(misiTujuan(p)).containsEntry("T1", "Misi pertama").containsEntry("T3", "Misi ketiga");
        assertThat(admin(() -> jejak.riwayat(
                        SasaranRpjmdService.JENIS_TUJUAN, tujuan(p, "T1").id())))
                .as("a tujuan whose number stays has no renumbering entry, only its creation's")
                .filteredOn(j -> j.isian().equals("misiKe"))
                .extracting(JejakAudit::nilaiLama)
                .containsExactly((String) null);
    }

    @Test
    void misiBaruDiDepanMenggeserSemuaTujuan() {
        PeriodeRpjmd p = periodeDenganTujuan();

        simpan(p, List.of("Misi baru", "Misi pertama", "Misi kedua", "Misi ketiga"), null, 1, 2, 3);

        assertThat(nomorMisi(p)).containsEntry("T1", 2).containsEntry("T3", 4);
        assertThat(misiTujuan(p)).containsEntry("T1", "Misi pertama").containsEntry("T3", "Misi ketiga");
    }

    @Test
    void hapusMisiBertujuanDitolakDiIsianMisiDimanaPunLetaknya() {
        PeriodeRpjmd p = periodeDenganTujuan();
        admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, p.id(), 1, "T1B", "Tujuan kedua misi pertama")));

        assertThatThrownBy(() -> simpan(p, List.of("Misi kedua", "Misi ketiga"), 2, 3))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("misi")
                        .containsEntry(
                                "misi",
                                "Misi ke-1 masih menaungi tujuan T1, T1B: pindahkan atau hapus tujuan itu dulu."));

        assertThat(admin(() -> rpjmd.periode(p.id())).daftarMisi()).isEqualTo(MISI);
        assertThat(nomorMisi(p)).containsEntry("T1", 1).containsEntry("T1B", 1).containsEntry("T3", 3);
    }

    @Test
    void tanpaAsalSetiapMisiTetapDiNomornya() {
        PeriodeRpjmd p = periodeDenganTujuan();

        assertThatThrownBy(() -> admin(() -> rpjmd.simpan(
                        new IsianPeriode(p.id(), p.tahunAwal(), p.tahunAkhir(), p.visi(), MISI.subList(0, 2)))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry(
                                "misi", "Misi ke-3 masih menaungi tujuan T3: pindahkan atau hapus tujuan itu dulu."));
        admin(() -> rpjmd.simpan(new IsianPeriode(
                p.id(), p.tahunAwal(), p.tahunAkhir(), p.visi(), List.of("Satu diubah", "Dua", "Tiga", "Empat"))));

        assertThat(nomorMisi(p)).containsEntry("T1", 1).containsEntry("T3", 3);
    }

    @Test
    void asalYangTidakAdaLagiDitolak() {
        PeriodeRpjmd p = periodeDenganTujuan();

        assertThatThrownBy(() -> simpan(p, MISI, 1, 1, 2))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("misi")
                        .containsEntry(
                                "misi",
                                "Daftar misi sudah diubah sejak dimuat; muat ulang periode lalu ulangi perubahannya."));
        assertThat(nomorMisi(p)).containsEntry("T1", 1).containsEntry("T3", 3);
    }

    PeriodeRpjmd periodeDenganTujuan() {
        int awal = tahunBerikut;
        tahunBerikut += 5;
        PeriodeRpjmd p = admin(() -> rpjmd.simpan(new IsianPeriode(null, awal, awal + 4, "Visi uji nomor misi", MISI)));
        admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, p.id(), 1, "T1", "Tujuan misi pertama")));
        admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, p.id(), 3, "T3", "Tujuan misi ketiga")));
        return p;
    }

    PeriodeRpjmd simpan(PeriodeRpjmd p, List<String> misi, Integer... asal) {
        return admin(() -> rpjmd.simpan(
                new IsianPeriode(p.id(), p.tahunAwal(), p.tahunAkhir(), p.visi(), misi, Arrays.asList(asal))));
    }

    Map<String, Integer> nomorMisi(PeriodeRpjmd p) {
        return admin(() -> sasaran.pohon(p.id())).stream()
                .collect(Collectors.toMap(TujuanRpjmd::kode, TujuanRpjmd::misiKe));
    }

    /** Each tujuan's misi as the screen shows it: the text at its number. */
    Map<String, String> misiTujuan(PeriodeRpjmd p) {
        List<String> misi = admin(() -> rpjmd.periode(p.id())).daftarMisi();
        return nomorMisi(p).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> misi.get(e.getValue() - 1)));
    }

    TujuanRpjmd tujuan(PeriodeRpjmd p, String kode) {
        return admin(() -> sasaran.pohon(p.id())).stream()
                .filter(t -> t.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
