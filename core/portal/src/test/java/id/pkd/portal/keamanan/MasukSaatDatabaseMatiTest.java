package id.pkd.portal.keamanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.pengguna.PembatasMasuk;
import id.pkd.portal.pengguna.PengenalAkun;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * With the database unreachable a sign-in is refused as "layanan sedang gangguan", not as a wrong password and not
 * as a server error. The database is a real MariaDB driver pointed at a port nobody listens on.
 */
class MasukSaatDatabaseMatiTest {

    @Test
    void databaseMatiDilaporkanSebagaiGangguanBukanKataSandiSalah() {
        JdbcClient mati = JdbcClient.create(new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:1/pkd", "x", "x"));
        // Looks the account up in the same dead database, as the portal's own lookup would.
        UserDetailsService akunDariDatabase = nama -> {
            mati.sql("SELECT username FROM pengguna").query(String.class).list();
            throw new AssertionError("the dead database answered");
        };
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        PembatasMasuk pembatas = new PembatasMasuk(mati);
        // The second factor is asked only after a right password, which the dead database never lets happen.
        FaktorKedua tidakSampai = akun -> {
            throw new AssertionError("second factor asked without a password check");
        };
        PenyediaMasuk masuk = new PenyediaMasuk(
                akunDariDatabase, encoder, pembatas, new PengenalAkun(mati, encoder, pembatas), tidakSampai);
        assertThatThrownBy(() ->
                        masuk.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin.balangan", "x")))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .hasMessage("Layanan sedang gangguan, coba lagi.");
        assertThat(PenyediaMasuk.GANGGUAN).isEqualTo("Layanan sedang gangguan, coba lagi.");
    }
}
