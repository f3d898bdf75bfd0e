package id.pkd.portal.operasi;

import id.pkd.portal.pengguna.PenggunaService;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters of this package, in their order around Spring Security's chain. */
@Configuration(proxyBeanMethods = false)
class OperasiConfig {

    /** First of all, so every log line of the request and a 429 answer carry the request id. */
    @Bean
    FilterRegistrationBean<PenandaPermintaan> penandaPermintaan() {
        FilterRegistrationBean<PenandaPermintaan> r = new FilterRegistrationBean<>(new PenandaPermintaan());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    /** Before the security chain: a refused sign-in costs no password hash. */
    @Bean
    FilterRegistrationBean<FilterBatasLaju> filterBatasLaju(BatasLaju batas, PenggunaService pengguna) {
        FilterRegistrationBean<FilterBatasLaju> r = new FilterRegistrationBean<>(new FilterBatasLaju(batas, pengguna));
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return r;
    }

    /** After the security chain restored the authentication, before the servlets. */
    @Bean
    FilterRegistrationBean<KonteksLog> konteksLog() {
        FilterRegistrationBean<KonteksLog> r = new FilterRegistrationBean<>(new KonteksLog());
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return r;
    }
}
