package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.vaadin.flow.router.Route;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * No dead ends. Every route of the portal, opened by every role of a region registered a moment ago with no data
 * (63.14), shows its page with its heading, no error page and no error notification; an unexpected failure shows a
 * page in Bahasa Indonesia inside the menu with a reference number that is in the log, and nothing of the stack
 * trace; a year outside the RPJMD period is said at the year field.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag("lambat") // about 4 minutes: runs with -Plengkap, not in the default (CI) run
class TanpaJalanBuntuE2ETest extends PortalDiPeramban {

    static final String DAERAH = "63.14";
    static final String SANDI = "Rahasia-Uji-2024!";
    /** The sign-in pages have no menu and no heading of their own; they are tried by signing in. */
    static final List<String> BUKAN_HALAMAN_ISI = List.of("login", "masuk/kode", "masuk/daftar-kode", "uji/gagal");

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Test
    void setiapRuteDibukaSetiapPeranDaerahKosongTanpaHalamanGalat() {
        Map<Peran, String> akun = daerahKosongDenganSatuAkunPerPeran();
        List<String> rute = semuaRute(akun);
        assertThat(rute).contains("", "capaian", "dokumen/susun", "pengaturan/kalender", "realisasi", "anggaran");
        List<String> gagal = new ArrayList<>();
        for (Map.Entry<Peran, String> a : akun.entrySet()) {
            context.clearCookies();
            page.navigate(url("login"));
            page.fill("input[name=username]", a.getValue());
            page.fill("input[name=password]", SANDI);
            page.keyboard().press("Enter");
            daftarDuaFaktorBilaDiminta();
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            gagal.addAll(
                    PenjelajahHalaman.halamanGalat(page, this::url, a.getKey().name(), rute));
        }
        assertThat(gagal).isEmpty();
    }

    @Test
    void kesalahanTakTerdugaBerujukanDiHalamanDanDiLogTanpaJejakTumpukan(CapturedOutput log) {
        masuk("pengamat.balangan");
        page.navigate(url("uji/gagal?saat=buka"));
        assertThat(page.locator("#halaman-galat h2")).hasText("Terjadi kesalahan");
        assertThat(page.locator("vaadin-app-layout vaadin-side-nav")).isVisible();
        String rujukan = page.locator("#nomor-rujukan").textContent();
        assertThat(rujukan).matches("[2-9A-Z]{8}");
        assertThat(page.locator("body")).not().containsText(GagalUjiView.RAHASIA);
        assertThat(page.locator("body")).not().containsText("IllegalStateException");
        assertThat(log.getAll()).contains("rujukan " + rujukan).contains(GagalUjiView.RAHASIA + " saat dibuka");

        page.navigate(url("uji/gagal"));
        page.click("#gagalkan");
        Locator pemberitahuan = page.locator("vaadin-notification-card[theme~='error']");
        assertThat(pemberitahuan).containsText("Terjadi kesalahan");
        Matcher m = Pattern.compile("rujukan ([2-9A-Z]{8})").matcher(pemberitahuan.textContent());
        assertThat(m.find()).isTrue();
        assertThat(pemberitahuan).not().containsText(GagalUjiView.RAHASIA);
        assertThat(log.getAll()).contains("rujukan " + m.group(1)).contains(GagalUjiView.RAHASIA + " saat diklik");
        assertThat(page.locator("#gagalkan")).isVisible();
    }

    @Test
    void tahunDiLuarPeriodeRpjmdDikatakanDiIsianTahun() {
        masuk("operator.balangan");
        page.navigate(url("dokumen/susun"));
        assertThat(page.locator("#tahun-dokumen input")).hasValue("2022");
        pilihDiSelect("#jenis-dokumen", "Perjanjian Kinerja");
        page.locator("#tahun-dokumen input").fill("2019");
        page.keyboard().press("Tab");
        assertThat(page.locator("#tahun-dokumen")).hasAttribute("invalid", "");
        assertThat(page.locator("#tahun-dokumen")).containsText("Tahun 2019 tidak termasuk periode RPJMD mana pun.");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        page.locator("#tahun-dokumen input").fill("2022");
        page.keyboard().press("Tab");
        assertThat(page.locator("#tahun-dokumen")).not().hasAttribute("invalid", "");
    }

    /** The region and one account per role, made through the services as the portal operator and its admin do. */
    private Map<Peran, String> daerahKosongDenganSatuAkunPerPeran() {
        TenantId t = SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                DAERAH,
                                "Kabupaten Uji Kosong",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(
                                        "admin.uji.kosong",
                                        SANDI,
                                        "Admin Uji Kosong",
                                        Peran.ADMIN_DAERAH,
                                        null,
                                        null))))
                .tenantId();
        Map<Peran, String> akun = new EnumMap<>(Peran.class);
        akun.put(Peran.ADMIN_DAERAH, "admin.uji.kosong");
        for (Peran p : List.of(Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.PENGAMAT)) {
            String nama = p.name().toLowerCase() + ".uji.kosong";
            SebagaiSistem.jalankan(
                    Peran.ADMIN_DAERAH,
                    t,
                    () -> pengguna.tambah(new PenggunaBaru(nama, SANDI, p.label() + " Uji Kosong", p, null, null)));
            akun.put(p, nama);
        }
        return akun;
    }

    /** Every {@code @Route} of the portal; a route parameter is filled with a real value of the new region. */
    private List<String> semuaRute(Map<Peran, String> akun) {
        long idPengamat = SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant(DAERAH), () -> pengguna.daftar()).stream()
                .filter(p -> p.username().equals(akun.get(Peran.PENGAMAT)))
                .mapToLong(Pengguna::id)
                .findFirst()
                .orElseThrow();
        ClassPathScanningCandidateComponentProvider pemindai = new ClassPathScanningCandidateComponentProvider(false);
        pemindai.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> rute = new ArrayList<>();
        for (var bean : pemindai.findCandidateComponents("id.pkd.portal")) {
            try {
                Route r = Class.forName(bean.getBeanClassName()).getAnnotation(Route.class);
                String jalur = r.value()
                        .replace(":id", String.valueOf(idPengamat))
                        .replace(":plugin/:formulir", "urusan-sosial/ppks");
                if (!BUKAN_HALAMAN_ISI.contains(jalur)) {
                    rute.add(jalur);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        rute.sort(null);
        return rute;
    }
}
