package id.pkd.portal.api;

import id.pkd.portal.daerah.DaerahService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Daerah")
class DaerahApi {

    private final DaerahService daerah;

    DaerahApi(DaerahService daerah) {
        this.daerah = daerah;
    }

    @GetMapping("/daerah")
    @Operation(summary = "Pemerintah daerah pemilik token")
    public ProfilDaerah daerah() {
        return ProfilDaerah.dari(daerah.saatIni());
    }
}
