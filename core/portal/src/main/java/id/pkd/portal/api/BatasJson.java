package id.pkd.portal.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.jackson2.autoconfigure.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on every JSON document the portal's own ObjectMapper reads (the API's bodies among them):
 * no document the portal exchanges nests beyond a handful of levels, so a deeper one is an attack on
 * the stack and the heap and is refused before it is built (422).
 */
@Configuration(proxyBeanMethods = false)
class BatasJson {

    static final int KEDALAMAN_MAKS = 100;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer batasBacaJson() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(KEDALAMAN_MAKS)
                        .build()));
    }
}
