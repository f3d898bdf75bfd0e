package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ZonaWaktu;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import id.pkd.reports.signing.PdfSignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A document carries the date chosen when it is issued, and Balangan's signatures and registry read WITA: the LKIP
 * 2022 goes out as "Paringin, 31 Januari 2023", whatever day it was rendered.
 */
class TanggalDanZonaDokumenTest extends PortalIntegrationTest {

    static final LocalDate AKHIR_JANUARI_2023 = LocalDate.of(2023, 1, 31);

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PdfSignatureVerifier verifier;

    long pdId;

    @BeforeEach
    void tahun2022Ditetapkan() {
        SubjekDokumen s = subjek();
        pdId = Long.parseLong(s.kode().substring("pd:".length()));
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId, 2022);
    }

    @AfterEach
    void tahun2022DibukaKembali() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, 2022);
    }

    SubjekDokumen subjek() {
        return sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0));
    }

    @Test
    void dokumenTerbitBertanggalPilihanDanTandaTangannyaBerzonaWita() throws Exception {
        SubjekDokumen s = subjek();
        DokumenTerbit menunggu =
                sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", s, 2022, AKHIR_JANUARI_2023));
        assertThat(menunggu.tanggalDokumen()).isEqualTo(AKHIR_JANUARI_2023);
        DokumenTerbit d = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.tandatangani(
                        menunggu.id(), Kredensial.passphrase(PenerbitanTest.PASSPHRASE_DEMO.toCharArray())));
        byte[] pdf = sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.pdf(d.id()));

        Path berkas =
                Path.of("target", "penerbitan", "ikhtisar-31-januari-2023.pdf").toAbsolutePath();
        Files.createDirectories(berkas.getParent());
        Files.write(berkas, pdf);
        String teks = PenerbitanTest.jalankan("pdftotext", "-layout", berkas.toString(), "-");
        assertThat(teks).contains("Paringin, 31 Januari 2023");

        // The stamp's time, in Balangan's zone, also stands as text in the signature's reason.
        ZonaWaktuDaerah wita = new ZonaWaktuDaerah(ZonaWaktu.WITA, ZonaWaktuDaerah.Asal.KODE_WILAYAH);
        String waktuTtd = wita.waktu(d.penandatangan().get(0).waktu());
        assertThat(waktuTtd).endsWith(" WITA");
        assertThat(verifier.verify(pdf).tandaTangan()).singleElement().satisfies(t -> assertThat(t.alasan())
                .contains(" · " + waktuTtd + " · "));

        // The registry keeps the date, and the public page reads the document's times in WITA.
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.dokumen(d.id()))
                        .tanggalDokumen())
                .isEqualTo(AKHIR_JANUARI_2023);
        assertThat(penerbitan.verifikasiToken(d.token()))
                .get()
                .satisfies(h -> assertThat(h.terdaftar().orElseThrow().zona()).isEqualTo(wita));
    }

    @Test
    void tanggalSebelumTahunDokumenAtauLebihDariSetahunKeDepanDitolak() {
        SubjekDokumen s = subjek();
        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> penerbitan.siapkan("IKHTISAR", s, 2022, LocalDate.of(2021, 12, 31))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("tanggal", "Tanggal dokumen tahun 2022 tidak boleh sebelum 1 Januari 2022."));
        LocalDate jauh = LocalDate.now().plusYears(2);
        assertThatThrownBy(() -> sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", s, 2022, jauh)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("tanggal"));
    }

    @Test
    void drafTanpaTanggalBertanggalHariIniMenurutZonaDaerah() throws Exception {
        SubjekDokumen s = subjek();
        byte[] pdf = sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.draf("IKHTISAR", s, 2022))
                .pdf();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String teks = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            String hariIniWita = ZonaWaktuDaerah.tanggal(LocalDate.now(ZonaWaktu.WITA.zona()));
            assertThat(teks).contains("Paringin, " + hariIniWita);
        }
    }
}
