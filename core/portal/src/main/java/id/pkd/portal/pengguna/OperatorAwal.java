package id.pkd.portal.pengguna;

import id.pkd.portal.umum.PengaturanPkd;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On an external database without demo data, the first portal operator comes from configuration
 * ({@code PKD_OPERATOR_AWAL_USERNAME} / {@code PKD_OPERATOR_AWAL_KATA_SANDI}); it is created only
 * while the portal has no operator at all.
 */
@Component
class OperatorAwal implements ApplicationRunner {

    private final PenggunaService pengguna;
    private final String username;
    private final String kataSandi;

    OperatorAwal(PenggunaService pengguna, PengaturanPkd pengaturan) {
        this.pengguna = pengguna;
        this.username = pengaturan.operatorAwal().username();
        this.kataSandi = pengaturan.operatorAwal().kataSandi();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        KebijakanKataSandi.periksa(kataSandi).ifPresent(pesan -> {
            throw new IllegalStateException("PKD_OPERATOR_AWAL_KATA_SANDI ditolak: " + pesan);
        });
        pengguna.pastikanOperatorPortal(username.strip().toLowerCase(), kataSandi, "Operator Portal");
    }
}
