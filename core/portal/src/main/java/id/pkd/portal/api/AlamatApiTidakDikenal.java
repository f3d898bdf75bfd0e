package id.pkd.portal.api;

import id.pkd.portal.umum.DataTidakDitemukanException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other address under {@code /api/}: answered 404 in the API's JSON format. Without it the
 * request would fall through to Vaadin's catch-all mapping and get an HTML page. Because this
 * mapping also catches a request to a real endpoint whose only fault is its Content-Type or Accept
 * header (Spring prefers a mapping that matches over one that does not), such a request is told so:
 * 415 or 406, not 404.
 */
@RestController
@Hidden
class AlamatApiTidakDikenal {

    private final ApplicationContext konteks;

    AlamatApiTidakDikenal(ApplicationContext konteks) {
        this.konteks = konteks;
    }

    @RequestMapping("/api/**")
    public void tidakDikenal(HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException, HttpMediaTypeNotAcceptableException {
        // Looked up here, not injected: the handler mapping is what creates this controller.
        RequestMappingHandlerMapping pemetaan =
                konteks.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : pemetaan.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getPatternValues().contains("/api/**")
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null
                    || info.getMethodsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            if (info.getConsumesCondition().getMatchingCondition(request) == null) {
                throw new HttpMediaTypeNotSupportedException(
                        jenis(request.getContentType()),
                        List.of(MediaType.APPLICATION_JSON),
                        HttpMethod.valueOf(request.getMethod()));
            }
            if (info.getProducesCondition().getMatchingCondition(request) == null) {
                throw new HttpMediaTypeNotAcceptableException(
                        List.copyOf(info.getProducesCondition().getProducibleMediaTypes()));
            }
        }
        throw new DataTidakDitemukanException("Alamat API " + request.getMethod() + " " + request.getRequestURI());
    }

    private static MediaType jenis(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
