package id.pkd.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class DokumentasiApiConfig {

    static final String SKEMA_KEAMANAN = "bearer";

    @Bean
    OpenAPI dokumentasiApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("API Portal Kinerja Daerah")
                                .version("1")
                                .description(
                                        """
                                API JSON Portal Kinerja Daerah untuk aplikasi lain milik pemerintah daerah.

                                **Autentikasi.** Setiap permintaan membawa token API pada header \
                                `Authorization: Bearer <token>`. Token dibuat oleh Admin Daerah di halaman \
                                **Token API** portal dan hanya ditampilkan sekali saat dibuat; simpan di tempat \
                                yang aman. Token berlaku untuk satu pemerintah daerah saja: semua data yang \
                                dibaca atau ditulis adalah milik daerah pemilik token. Token berhak *Baca* \
                                hanya dapat memakai permintaan GET; token berhak *Baca dan tulis* dapat \
                                memakai semua permintaan. Token yang dicabut langsung ditolak. Untuk alur \
                                persetujuan (`/api/v1/persetujuan/…`) token *Baca dan tulis* juga membawa peran \
                                yang dipilih Admin Daerah saat membuatnya (Operator, Verifikator atau Pimpinan) \
                                dan hanya dapat melakukan langkah yang boleh dilakukan peran itu di layar.

                                **Kesalahan.** Setiap jawaban kesalahan berbentuk \
                                `{"status": 422, "pesan": "…", "kesalahan": [{"path": "…", "pesan": "…"}]}`; \
                                `kesalahan` hanya ada bila data permintaan yang salah, dan `path` menunjuk \
                                letaknya, mis. `perangkatDaerah[0].program[2].anggaran`. Tanpa token yang \
                                sah jawabannya 401, tanpa hak yang cukup 403."""))
                .components(new Components()
                        .addSecuritySchemes(
                                SKEMA_KEAMANAN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("pkd_…")
                                        .description("Token API dari halaman Token API (Admin Daerah).")))
                .addSecurityItem(new SecurityRequirement().addList(SKEMA_KEAMANAN));
    }
}
