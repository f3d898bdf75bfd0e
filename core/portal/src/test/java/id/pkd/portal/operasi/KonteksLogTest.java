package id.pkd.portal.operasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The log context of a request: its id (from the proxy when sane), its user and tenant; cleared afterwards. */
class KonteksLogTest {

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void idPermintaanDariProksiDipakaiDanDikembalikanDiKepalaJawaban() throws Exception {
        MockHttpServletRequest permintaan = new MockHttpServletRequest("GET", "/");
        permintaan.addHeader("X-Request-Id", "haproxy-0A1B:2c3d.42");
        MockHttpServletResponse jawaban = new MockHttpServletResponse();
        Map<String, String> diLog = new HashMap<>();

        new PenandaPermintaan()
                .doFilter(permintaan, jawaban, (req, res) -> diLog.put("requestId", MDC.get("requestId")));

        assertThat(diLog).containsEntry("requestId", "haproxy-0A1B:2c3d.42");
        assertThat(jawaban.getHeader("X-Request-Id")).isEqualTo("haproxy-0A1B:2c3d.42");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void idPermintaanYangTidakSahDigantiDenganYangBaru() throws Exception {
        for (String buruk : new String[] {"a b", "x".repeat(65), "baris\nbaru", "${jndi:ldap://x}", ""}) {
            MockHttpServletRequest permintaan = new MockHttpServletRequest("GET", "/");
            permintaan.addHeader("X-Request-Id", buruk);
            MockHttpServletResponse jawaban = new MockHttpServletResponse();
            Map<String, String> diLog = new HashMap<>();

            new PenandaPermintaan()
                    .doFilter(permintaan, jawaban, (req, res) -> diLog.put("requestId", MDC.get("requestId")));

            assertThat(diLog.get("requestId"))
                    .isNotEqualTo(buruk)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(jawaban.getHeader("X-Request-Id")).isEqualTo(diLog.get("requestId"));
        }
    }

    @Test
    void penggunaDanTenantYangMasukAdaDiKonteksLogSelamaPermintaan() throws Exception {
        AkunPengguna akun = new AkunPengguna("operator.balangan", "-", "Operator", Peran.OPERATOR, 7L, true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities()));
        Map<String, String> diLog = new HashMap<>();

        new KonteksLog()
                .doFilter(new MockHttpServletRequest("POST", "/"), new MockHttpServletResponse(), (req, res) -> {
                    diLog.put("tenant", MDC.get("tenant"));
                    diLog.put("pengguna", MDC.get("pengguna"));
                });

        assertThat(diLog).containsEntry("tenant", "7").containsEntry("pengguna", "operator.balangan");
        assertThat(MDC.get("tenant")).isNull();
        assertThat(MDC.get("pengguna")).isNull();
    }

    @Test
    void tanpaPenggunaYangMasukKonteksLogTidakMenyebutSiapaPun() throws Exception {
        Map<String, String> diLog = new HashMap<>();

        new KonteksLog()
                .doFilter(
                        new MockHttpServletRequest("GET", "/verifikasi"), new MockHttpServletResponse(), (req, res) -> {
                            diLog.put("tenant", MDC.get("tenant"));
                            diLog.put("pengguna", MDC.get("pengguna"));
                        });

        assertThat(diLog).containsEntry("tenant", null).containsEntry("pengguna", null);
    }
}
