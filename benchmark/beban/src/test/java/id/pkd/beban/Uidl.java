package id.pkd.beban;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The browser's side of Vaadin Flow's protocol as Gatling steps: a page load (HTML, {@code ?v-r=init}, the
 * router's {@code ui-navigate}), a navigation inside the UI, and a UIDL request carrying RPCs. Each step checks its
 * answer (HTTP 200, no expired session, no application error, no resynchronisation, no "Terjadi kesalahan", plus
 * the step's own expectation), is written to {@link Catatan}, and a user whose step failed stops there: a UI out of
 * step with the server cannot go on meaningfully.
 */
final class Uidl {

    static final String KATA_SANDI = "demo12345";

    private Uidl() {}

    static ModelUi ui(Session s) {
        return s.get("ui");
    }

    /** A step's own expectation on the UI after its answer: "" when met, else what is wrong. */
    interface Harapan extends BiFunction<ModelUi, Session, String> {}

    static Harapan ada(String elemenId) {
        return (m, s) -> m.ada(elemenId) ? "" : "elemen #" + elemenId + " tidak tampil";
    }

    static Harapan memuatSalahSatu(String... teks) {
        return (m, s) -> {
            for (String t : teks) {
                if (m.jawabanMemuat(t)) {
                    return "";
                }
            }
            return "jawaban tanpa " + String.join(" / ", teks);
        };
    }

    /** One request as one recorded step. */
    static ChainBuilder langkah(String nama, HttpRequestActionBuilder permintaan) {
        return exec(permintaan).exec(s -> catat(nama, s)).exitHereIfFailed();
    }

    private static Session catat(String nama, Session s) {
        long tanggap = s.contains("rt") ? s.getLong("rt") : -1;
        boolean ok = !s.isFailed();
        Catatan.catat(nama, tanggap, ok);
        if (!ok) {
            // This user stops here (exitHereIfFailed): it no longer counts as active, nor does its draft.
            Catatan.penggunaKeluar();
            if (s.contains("drafJalan") && s.getBoolean("drafJalan")) {
                Catatan.drafSelesai();
            }
        }
        return s.remove("rt");
    }

    /** A UIDL request: {@code POST ?v-r=uidl&v-uiId=N} with the RPCs, checked and applied to the user's model. */
    static ChainBuilder kirim(String nama, Function<ModelUi, ArrayNode> rpc, Harapan harapan) {
        return kirimDenganSesi(nama, (m, s) -> rpc.apply(m), harapan);
    }

    static ChainBuilder kirimDenganSesi(String nama, BiFunction<ModelUi, Session, ArrayNode> rpc, Harapan harapan) {
        return langkah(
                nama,
                http(nama)
                        .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(s -> ui(s).badan(rpc.apply(ui(s), s))))
                        .check(responseTimeInMillis().saveAs("rt"))
                        .check(status().is(200))
                        .check(bodyString()
                                .transformWithSession((badan, s) -> periksa(badan, s, harapan))
                                .is("")));
    }

    /** What is wrong with a UIDL answer ("" when nothing); a broken expectation is reported, not thrown. */
    private static String periksa(String badan, Session s, Harapan harapan) {
        String masalah;
        try {
            masalah = ui(s).terapkan(badan);
            if (masalah.isEmpty() && harapan != null) {
                masalah = harapan.apply(ui(s), s);
            }
        } catch (RuntimeException e) {
            masalah = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (!masalah.isEmpty()) {
            // Gatling's report shows only that the check failed; the reason goes to the run's log.
            System.err.println("[beban] pengguna " + s.userId() + ": " + masalah);
        }
        return masalah;
    }

    static ChainBuilder kirim(String nama, Function<ModelUi, ArrayNode> rpc) {
        return kirim(nama, rpc, null);
    }

    /**
     * A full page load as the browser does it: the HTML (which also carries Spring Security's CSRF token), then
     * {@code ?v-r=init} for a new UI, then the router's {@code ui-navigate} that renders the route.
     */
    static ChainBuilder buka(String nama, String rute, Function<Session, String> kueri, String elemenWajib) {
        return langkah(
                        nama + " (HTML)",
                        http(nama + " (HTML)")
                                .get(s -> "/" + rute + tanya(kueri.apply(s)))
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(200))
                                .check(currentLocation()
                                        .transform(l -> l.contains("/login") ? "diarahkan ke " + l : "")
                                        .is(""))
                                .check(regex("name=\"_csrf\" content=\"([^\"]+)\"")
                                        .saveAs("csrf")))
                .exec(langkah(
                        nama + " (init)",
                        http(nama + " (init)")
                                .get(s -> "/?v-r=init&location=" + enc(rute) + "&query=" + enc(kueri.apply(s)))
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(200))
                                .check(bodyString()
                                        .transformWithSession((badan, s) -> ui(s).mulai(badan))
                                        .is(""))))
                .exec(kirimDenganSesi(nama, (m, s) -> ModelUi.navigasi(rute, kueri.apply(s)), ada(elemenWajib)));
    }

    /**
     * A click on a menu entry or a link inside the UI: Flow's router sends one {@code ui-navigate} for the server
     * route; no page load, the same UI, and the server keeps the layout. (Until session 11 the step first sent
     * {@code ui-leave-navigation}, which the browser sends only when leaving for a client-side route: the server then
     * swapped the view for a placeholder and built the whole frame again on every click.
     * {@code NavigasiMenuE2ETest} records what Chromium sends.)
     */
    static ChainBuilder navigasi(String nama, String rute, Function<Session, String> kueri, String elemenWajib) {
        return kirimDenganSesi(nama, (m, s) -> ModelUi.navigasi(rute, kueri.apply(s)), ada(elemenWajib));
    }

    /** Spring Security's sign-in form for the account in the session attribute {@code akun}. */
    static ChainBuilder masuk(String nama) {
        return exec(s -> s.set("ui", new ModelUi()))
                .exec(langkah(
                        nama + ": halaman masuk",
                        http(nama + ": halaman masuk")
                                .get("/login")
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(200))
                                .check(regex("name=\"_csrf\" content=\"([^\"]+)\"")
                                        .saveAs("csrf"))))
                .exec(langkah(
                        nama + ": kirim sandi",
                        http(nama + ": kirim sandi")
                                .post("/login")
                                .formParam("username", "#{akun}")
                                .formParam("password", KATA_SANDI)
                                .formParam("_csrf", "#{csrf}")
                                // The redirect is not followed: the next step loads the page it points to, once,
                                // as a browser does (following it here loaded the app's HTML twice per sign-in).
                                .disableFollowRedirect()
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(302))
                                .check(header("Location")
                                        .transform(l -> l.contains("/login") ? "sandi ditolak: " + l : "")
                                        .is(""))));
    }

    /** Spring Security's sign-out form: the session ends and with it its UIs. */
    static ChainBuilder keluar() {
        return langkah(
                "Keluar",
                http("Keluar")
                        .post("/logout")
                        .formParam("_csrf", "#{csrf}")
                        .check(responseTimeInMillis().saveAs("rt"))
                        .check(status().is(200))
                        .check(currentLocation()
                                .transform(l -> l.contains("/login") ? "" : "tidak kembali ke /login: " + l)
                                .is("")));
    }

    private static String tanya(String kueri) {
        return kueri == null || kueri.isEmpty() ? "" : "?" + kueri;
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
