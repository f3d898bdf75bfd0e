package id.pkd.portal.keamanan;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, on every filter chain (the Vaadin pages, {@code /api/**}, the OpenAPI
 * description). Registered in {@code META-INF/spring.factories} as a default configurer, so Spring Security
 * applies it to each {@link HttpSecurity} it creates: a chain added later cannot forget it.
 *
 * <p>HSTS is Spring Security's default and is written only on a secure request, which is what a TLS proxy's
 * {@code X-Forwarded-Proto: https} makes a request (see {@code server.forward-headers-strategy}); over plain
 * HTTP (the demo on localhost) it would be meaningless and is left out.
 */
public class KepalaKeamananConfigurer extends AbstractHttpConfigurer<KepalaKeamananConfigurer, HttpSecurity> {

    /**
     * Suited to Vaadin Flow 24: its bootstrap page carries inline scripts, the client runs server-sent
     * JavaScript through {@code new Function} ('unsafe-eval') and components set inline styles, so those three
     * stay; everything else is limited to the portal's own origin. No page of the portal may be framed by
     * another site, plugins ({@code object}) are off, and forms post only to the portal.
     */
    public static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The portal uses none of these browser features; a script injected anyway cannot ask for them. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    public KepalaKeamananConfigurer() {
        // Instantiated by Spring Security through spring.factories.
    }

    @Override
    public void init(HttpSecurity http) {
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                // The verification links and report URLs carry document numbers: other sites get the origin only.
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                // Written before the request goes on, not when the response commits: Vaadin 25 writes its bootstrap
                // page past the response wrapper that would otherwise add them.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
