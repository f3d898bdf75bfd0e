package id.pkd.portal.pekerjaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.Kredensial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Node A takes an issuance job, registers the document and dies before recording the end; its lease runs out and
 * node B takes the job: the document keeps its one number. The same for a signature made on A: B finds it and
 * does not sign again. A signature A took but never made fails on B with a message, since the passphrase stayed in
 * A's memory. Balangan 2022 and the test document of two parties, as the other issuance tests.
 */
class SimpulMatiTest extends SimpulUji {

    static final String DUA_PIHAK = "UJI2PIHAK";

    @Autowired
    List<PembuatDokumen> pembuat;

    @Autowired
    PersetujuanService persetujuan;

    SubjekDokumen subjek;

    @BeforeEach
    void tahunDitetapkan() {
        subjek = sebagai(Peran.PIMPINAN, "63.11", () -> pembuat.stream()
                .filter(p -> p.jenis().equals("IKHTISAR"))
                .findFirst()
                .orElseThrow()
                .subjek(2022)
                .get(0));
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId(), 2022);
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId(), 2022);
    }

    long pdId() {
        return Long.parseLong(subjek.kode().substring("pd:".length()));
    }

    int nomorTerakhir() {
        return jdbc.sql("SELECT COALESCE(MAX(terakhir), 0) FROM nomor_dokumen WHERE tenant_id = ? AND jenis = ?"
                        + " AND tahun = 2022")
                .params(tenant("63.11").value(), DUA_PIHAK)
                .query(Integer.class)
                .single();
    }

    int tandaTangan(long dokumenId) {
        return jdbc.sql("SELECT COUNT(*) FROM dokumen_tanda_tangan WHERE dokumen_id = ?")
                .param(dokumenId)
                .query(Integer.class)
                .single();
    }

    long kirim(PekerjaanService layanan, String jenis, Object parameter, Object rahasia) {
        return sebagai(Peran.PIMPINAN, "63.11", () -> layanan.kirim(jenis, parameter, rahasia));
    }

    @Test
    void pekerjaanSimpulMatiDiselesaikanSimpulLainSatuNomorSatuTandaTangan() throws Exception {
        PelaksanaPekerjaan a = simpul("a", atur(2, 10, 10, 2));
        PelaksanaPekerjaan b = simpul("b", atur(2, 10, 10, 2));
        PekerjaanService la = layanan(a);
        int nomorSebelum = nomorTerakhir();

        Map<String, Object> terbit = new LinkedHashMap<>();
        terbit.put("jenis", DUA_PIHAK);
        terbit.put("subjekKode", subjek.kode());
        terbit.put("subjekNama", subjek.nama());
        terbit.put("tahun", 2022);
        long id = kirim(la, "TERBITKAN", terbit, null);

        // A registers the document (number and all), then dies before it records the end.
        RepositoriPekerjaan.Klaim klaimA = a.klaimSatu().orElseThrow();
        assertThat(klaimA.id()).isEqualTo(id);
        HasilPekerjaan hasilA = a.kerjakan(klaimA);
        assertThat(nomorTerakhir()).isEqualTo(nomorSebelum + 1);
        assertThat(b.klaimSatu()).as("A's lease still holds").isEmpty();
        sewaHabis(id);

        RepositoriPekerjaan.Klaim klaimB = b.klaimSatu().orElseThrow();
        assertThat(klaimB.id()).isEqualTo(id);
        assertThat(klaimB.percobaan()).isEqualTo(2);
        b.jalankan(klaimB);
        Pekerjaan selesai = sebagai(Peran.PIMPINAN, "63.11", () -> la.status(id));
        assertThat(selesai.status()).isEqualTo(StatusPekerjaan.SELESAI);
        assertThat(selesai.rujukan()).isEqualTo(hasilA.rujukan());
        assertThat(nomorTerakhir()).as("one job, one number").isEqualTo(nomorSebelum + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dokumen_terbit WHERE pekerjaan_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // A, back from the dead, cannot overwrite B's end.
        assertThat(a.selesaikan(klaimA, hasilA)).isFalse();
        long dokumen = selesai.rujukan();

        // The first signature: typed on A, made on A, which dies before recording it; B finds it made.
        Map<String, Object> ttd = Map.of("dokumenId", dokumen, "sudahDitandatangani", 0, "tanpaSandi", false);
        long idTtd = kirim(la, "TANDATANGANI", ttd, Kredensial.passphrase("ttd-demo-2022".toCharArray()));
        assertThat(b.klaimSatu()).as("only A holds the passphrase").isEmpty();
        RepositoriPekerjaan.Klaim ttdA = a.klaimSatu().orElseThrow();
        assertThat(ttdA.id()).isEqualTo(idTtd);
        a.kerjakan(ttdA);
        assertThat(tandaTangan(dokumen)).isEqualTo(1);
        sewaHabis(idTtd);
        b.jalankan(b.klaimSatu().orElseThrow());
        Pekerjaan ttdSelesai = sebagai(Peran.PIMPINAN, "63.11", () -> la.status(idTtd));
        assertThat(ttdSelesai.status()).isEqualTo(StatusPekerjaan.SELESAI);
        assertThat(ttdSelesai.rujukan()).isEqualTo(dokumen);
        assertThat(tandaTangan(dokumen)).as("one job, one signature").isEqualTo(1);

        // The second party's signature: A takes it and dies before signing; B has no passphrase and says so.
        Map<String, Object> kedua = Map.of("dokumenId", dokumen, "sudahDitandatangani", 1, "tanpaSandi", false);
        long idKedua = kirim(la, "TANDATANGANI", kedua, Kredensial.passphrase("ttd-demo-2022".toCharArray()));
        assertThat(a.klaimSatu().orElseThrow().id()).isEqualTo(idKedua);
        sewaHabis(idKedua);
        b.jalankan(b.klaimSatu().orElseThrow());
        Pekerjaan terputus = sebagai(Peran.PIMPINAN, "63.11", () -> la.status(idKedua));
        assertThat(terputus.status()).isEqualTo(StatusPekerjaan.GAGAL);
        assertThat(terputus.galat()).contains("Penandatanganan terputus").contains("tandatangani lagi");
        assertThat(tandaTangan(dokumen)).isEqualTo(1);
    }

    @Test
    void pekerjaanYangSimpulnyaSelaluMatiDihentikanSetelahBatasPercobaan() {
        PelaksanaPekerjaan a = simpul("a", atur(2, 10, 10, 2));
        PekerjaanService la = layanan(a);
        long id = sebagai(
                Peran.OPERATOR, "63.11", () -> la.kirim(PenanganUji.JENIS, new PenanganUji.Parameter("x", false)));
        for (int i = 0; i < 3; i++) {
            assertThat(a.klaimSatu().orElseThrow().id()).isEqualTo(id);
            sewaHabis(id);
        }
        assertThat(a.klaimSatu()).isEmpty();
        assertThat(status(id)).isEqualTo(StatusPekerjaan.GAGAL);
        assertThat(sebagai(Peran.OPERATOR, "63.11", () -> la.status(id)).galat())
                .isEqualTo(PelaksanaPekerjaan.PESAN_HABIS_PERCOBAAN);
    }
}
