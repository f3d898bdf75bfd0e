package id.pkd.portal.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nomenclature and the budget editor's service on tenants of their own (11.01, and 11.02 for isolation). Each
 * test writes its own agency-year, so the tests run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnggaranServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "11.01";
    static final String LAIN = "11.02";

    @Autowired
    AnggaranService anggaran;

    @Autowired
    NomenklaturService nomenklatur;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    long pd;
    long pdTerkunci;

    @BeforeAll
    void siapkan() {
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1101", "ANG.1", "ANG.2");
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, LAIN, "admin.uji1102", "LAIN.1");
        pd = idPd(DAERAH, "ANG.1");
        pdTerkunci = idPd(DAERAH, "ANG.2");
    }

    long idPd(String daerahKode, String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(tenant(daerahKode).value(), kode)
                .query(Long.class)
                .single();
    }

    <T> T operator(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }

    @Test
    void nomenklaturDimuatDenganProgramPenunjangDiSetiapBidangUrusan() {
        VersiNomenklatur v = operator(() -> nomenklatur.versi(2026));
        assertThat(v.kode()).isEqualTo(NomenklaturAwal.VERSI);
        assertThat(operator(() -> nomenklatur.cari(2026, "2.13.01.2.02.01")))
                .get()
                .extracting(Nomenklatur::nomenklatur, Nomenklatur::tingkat, Nomenklatur::indukKode)
                .containsExactly("Penyediaan Gaji dan Tunjangan ASN", TingkatNomenklatur.SUB_KEGIATAN, "2.13.01.2.02");
        int baris = jdbc.sql("SELECT COUNT(*) FROM nomenklatur WHERE versi_id = ?")
                .param(v.id())
                .query(Integer.class)
                .single();
        // nine bidang urusan since the illustrative agencies' urusan were shipped, each with the supporting program
        assertThat(baris).isEqualTo(NomenklaturAwal.baca().size()).isBetween(800, 1000);
    }

    @Test
    void setiapKodeProgramDemoAdaDiNomenklatur() {
        for (String wilayah : List.of("63.11", "62.01")) {
            List<String> kode = jdbc.sql("SELECT DISTINCT k.kode FROM program_kegiatan k JOIN perangkat_daerah p"
                            + " ON p.tenant_id = k.tenant_id AND p.id = k.perangkat_daerah_id WHERE k.tenant_id = ?"
                            + " AND k.kode NOT LIKE '%.99%'")
                    .param(tenant(wilayah).value())
                    .query(String.class)
                    .list();
            assertThat(kode).isNotEmpty();
            List<String> tidakAda = sebagai(Peran.PENGAMAT, wilayah, () -> kode.stream()
                    .filter(k -> nomenklatur.cari(2022, k).isEmpty())
                    .toList());
            assertThat(tidakAda).as(wilayah).isEmpty();
        }
    }

    @Test
    void pilihanHanyaTurunanInduknyaDanBisaDicariNamaAtauKode() {
        List<Nomenklatur> anak = operator(() -> nomenklatur.pilihan(2026, "1.06.04.2.01", "permakanan"));
        assertThat(anak).extracting(Nomenklatur::kode).containsExactly("1.06.04.2.01.01");
        List<Nomenklatur> program = operator(() -> nomenklatur.pilihan(2026, null, "2.08.0"));
        assertThat(program)
                .extracting(Nomenklatur::kode)
                .contains("2.08.01", "2.08.07")
                .doesNotContain("1.06.02");
        assertThat(operator(() -> nomenklatur.pilihan(2026, "1.06.02", "")))
                .extracting(Nomenklatur::kode)
                .containsExactly("1.06.02.2.01", "1.06.02.2.02", "1.06.02.2.03");
    }

    @Test
    void menyusunPohonDariNomenklaturDanMenolakKodeYangSalahDiIsiannya() {
        int th = 2026;
        BarisProgram prog = operator(() -> anggaran.tambah(pd, th, null, "1.06.04"));
        assertThat(prog.nama()).isEqualTo("PROGRAM REHABILITASI SOSIAL");
        BarisProgram keg = operator(() -> anggaran.tambah(pd, th, prog.id(), "1.06.04.2.01"));
        BarisProgram sub = operator(() -> anggaran.tambah(pd, th, keg.id(), "1.06.04.2.01.03"));
        assertThat(sub.tingkat()).isEqualTo(ProgramKegiatan.Tingkat.SUB_KEGIATAN);
        assertThat(sub.anggaran()).isEqualByComparingTo("0");
        assertThat(sub.sumberDana()).isEqualTo(SumberDana.APBD_KABUPATEN_KOTA);

        assertThat(pesan(() -> anggaran.tambah(pd, th, keg.id(), "1.06.05.2.02.01")))
                .containsEntry("kode", "Kode 1.06.05.2.02.01 bukan turunan 1.06.04.2.01.");
        assertThat(pesan(() -> anggaran.tambah(pd, th, null, "9.99.99")))
                .containsEntry("kode", "Kode 9.99.99 tidak ada di nomenklatur " + NomenklaturAwal.NAMA_VERSI + ".");
        assertThat(pesan(() -> anggaran.tambah(pd, th, null, "1.06.04.2.01")))
                .containsEntry("kode", "Kode 1.06.04.2.01 bukan program; tambahkan di bawah induknya.");
        assertThat(pesan(() -> anggaran.tambah(pd, th, null, "1.06.04")))
                .containsEntry("kode", "Kode 1.06.04 sudah ada di tahun 2026.");

        long versiTercatat = jdbc.sql("SELECT versi_id FROM nomenklatur_tahun WHERE tenant_id = ? AND tahun = ?")
                .params(tenant(DAERAH).value(), th)
                .query(Long.class)
                .single();
        assertThat(versiTercatat)
                .isEqualTo(operator(() -> nomenklatur.versi(th)).id());

        operator(() -> {
            anggaran.hapus(pd, th, prog.id());
            return null;
        });
        assertThat(operator(() -> anggaran.rencana(pd, th)).baris()).isEmpty();
    }

    @Test
    void realisasiPerTriwulanMenjadiRealisasiTahunanDanIsianSalahTidakMengubahApaPun() {
        int th = 2027;
        BarisProgram sub = subKegiatan(pd, th, "1.06.06", "1.06.06.2.01", "1.06.06.2.01.01");
        BarisProgram hasil = operator(() -> anggaran.simpanSubKegiatan(
                pd,
                th,
                new IsianSubKegiatan(
                        sub.id(),
                        new BigDecimal("250000000"),
                        SumberDana.APBN,
                        Map.of(1, new BigDecimal("40000000"), 2, new BigDecimal("60500000.50")),
                        List.of(new BarisProgram.IndikatorAnggaran(
                                null,
                                "Jumlah korban bencana yang menerima makanan",
                                "orang",
                                new BigDecimal("500"))))));
        assertThat(hasil.realisasi()).isEqualByComparingTo("100500000.50");
        assertThat(hasil.triwulan()).containsOnlyKeys(1, 2);
        assertThat(hasil.indikator()).singleElement().satisfies(i -> assertThat(i.target())
                .isEqualByComparingTo("500"));
        assertThat(operator(() -> jejak.riwayat("sub_kegiatan", sub.id())))
                .extracting(JejakAudit::isian)
                .contains("anggaran", "sumberDana", "realisasi", "realisasi triwulan 1", "realisasi triwulan 2");

        IsianTidakSahException e = catchThrowableOfType(
                IsianTidakSahException.class,
                () -> operator(() -> anggaran.simpanSubKegiatan(
                        pd,
                        th,
                        new IsianSubKegiatan(
                                sub.id(),
                                new BigDecimal("-1"),
                                null,
                                Map.of(3, new BigDecimal("1.005")),
                                List.of(new BarisProgram.IndikatorAnggaran(null, " ", "orang", null))))));
        assertThat(e.pesanPerIsian())
                .containsEntry("anggaran", "Tidak boleh negatif.")
                .containsEntry("sumberDana", "Pilih sumber dana.")
                .containsEntry("triwulan3", "Paling banyak 2 angka desimal (sen).")
                .containsEntry("indikator.0.nama", "Nama indikator wajib diisi.");
        BarisProgram tetap =
                operator(() -> anggaran.rencana(pd, th)).baris(sub.id()).orElseThrow();
        assertThat(tetap).isEqualTo(hasil);

        // The yearly figure of the older realisasi screen would contradict the quarters: it is refused there.
        assertThat(catchThrowableOfType(
                                IsianTidakSahException.class,
                                () -> sebagai(
                                        Peran.OPERATOR,
                                        DAERAH,
                                        () -> realisasi.simpanRealisasiAnggaran(sub.id(), BigDecimal.TEN)))
                        .pesanPerIsian())
                .containsKey("realisasi");
    }

    @Test
    void tahunYangDiajukanHanyaBisaDibaca() {
        int th = 2028;
        BarisProgram sub = subKegiatan(pdTerkunci, th, "2.08.02", "2.08.02.2.01", "2.08.02.2.01.02");
        operator(() -> persetujuan.ajukan(pdTerkunci, th));
        assertThat(operator(() -> anggaran.rencana(pdTerkunci, th)).terkunci()).isTrue();
        assertThatThrownBy(() -> operator(() -> anggaran.simpanSubKegiatan(
                        pdTerkunci,
                        th,
                        new IsianSubKegiatan(sub.id(), BigDecimal.TEN, SumberDana.APBN, Map.of(), List.of()))))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Realisasi tahun 2028");
        assertThatThrownBy(() -> operator(() -> anggaran.tambah(pdTerkunci, th, null, "2.08.03")))
                .isInstanceOf(DataTerkunciException.class);
        assertThatThrownBy(() -> operator(() -> {
                    anggaran.hapus(pdTerkunci, th, sub.id());
                    return null;
                }))
                .isInstanceOf(DataTerkunciException.class);
        assertThat(operator(() -> anggaran.rencana(pdTerkunci, th)).baris()).hasSize(3);
    }

    @Test
    void daerahLainTidakMelihatPerangkatDaerahIni() {
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, LAIN, () -> anggaran.rencana(pd, 2026)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, LAIN, () -> anggaran.tambah(pd, 2026, null, "1.06.02")))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    BarisProgram subKegiatan(long pdId, int th, String program, String kegiatan, String sub) {
        return operator(() -> {
            BarisProgram p = anggaran.tambah(pdId, th, null, program);
            BarisProgram k = anggaran.tambah(pdId, th, p.id(), kegiatan);
            return anggaran.tambah(pdId, th, k.id(), sub);
        });
    }

    Map<String, String> pesan(Supplier<?> kerja) {
        return catchThrowableOfType(IsianTidakSahException.class, () -> operator(kerja::get))
                .pesanPerIsian();
    }
}
