package id.pkd.portal.api;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.JenisDaerah;
import io.swagger.v3.oas.annotations.media.Schema;

/** The tenant a token belongs to, as the API shows it. */
@Schema(name = "Daerah", description = "Pemerintah daerah pemilik token")
public record ProfilDaerah(
        @Schema(description = "Kode wilayah Kemendagri", example = "63.11") String kodeWilayah,
        @Schema(example = "Kabupaten Balangan") String nama,
        JenisDaerah jenis) {

    static ProfilDaerah dari(Daerah daerah) {
        return new ProfilDaerah(daerah.kodeWilayah(), daerah.nama(), daerah.jenis());
    }
}
