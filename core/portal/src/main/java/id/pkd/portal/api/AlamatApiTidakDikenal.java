package id.pkd.portal.api;

import id.pkd.portal.umum.DataTidakDitemukanException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/}: answered 404 in the API's JSON format. Without it the
 * request would fall through to Vaadin's catch-all mapping and get an HTML page.
 */
@RestController
@Hidden
class AlamatApiTidakDikenal {

    @RequestMapping("/api/**")
    public void tidakDikenal(HttpServletRequest request) {
        throw new DataTidakDitemukanException("Alamat API " + request.getMethod() + " " + request.getRequestURI());
    }
}
