package id.pkd.portal.pengguna;

import id.pkd.portal.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells which account a sign-in name means, now that a username is unique only within its tenant.
 *
 * <p>Every account has a key that names it across the portal: the operator's username, or {@code nama@kode} for a
 * tenant user (e.g. {@code admin@63.11}; a username cannot contain {@code @}). The key is what the sign-in looks
 * up and what the lockout counts, so a bare name and its qualified form count against the same account. A bare
 * name means the operator of that name, else the one account of that name, else the one active one; when several
 * tenants share it, the password is tried against each and the sign-in goes ahead only if exactly one matches.
 * Otherwise the bare name stays unresolved and fails like an unknown name, so no answer reveals that another
 * tenant has a user of that name.
 */
@Service
public class PengenalAkun {

    private static final String AKUN_DAERAH = "SELECT p.id, p.tenant_id, p.username, p.password_hash, p.nama_lengkap,"
            + " p.peran, p.aktif, t.kode_wilayah FROM pengguna p JOIN tenant t ON t.id = p.tenant_id";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PembatasMasuk pembatas;

    public PengenalAkun(JdbcClient jdbc, PasswordEncoder encoder, PembatasMasuk pembatas) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.pembatas = pembatas;
    }

    /** A tenant account as the sign-in sees it, with its key. */
    private record AkunDaerah(
            long id,
            long tenantId,
            String username,
            String passwordHash,
            String namaLengkap,
            Peran peran,
            boolean aktif,
            String kodeWilayah) {

        String kunci() {
            return username + "@" + kodeWilayah;
        }
    }

    /** The key of the account the typed name (and, only when the name is shared, the password) identifies. */
    @Transactional(readOnly = true)
    public String kenali(String nama, String kataSandi) {
        String n = normal(nama);
        if (n.isEmpty() || n.contains("@") || operator(n).isPresent()) {
            return n;
        }
        List<AkunDaerah> calon = bernama(n);
        List<AkunDaerah> aktif = calon.stream().filter(AkunDaerah::aktif).toList();
        if (calon.size() == 1 || aktif.size() == 1) {
            return (aktif.size() == 1 ? aktif.get(0) : calon.get(0)).kunci();
        }
        // A locked shared name is refused before any password is tried, like a locked account.
        if (calon.isEmpty()
                || kataSandi == null
                || pembatas.akunTerkunciSampai(n).isPresent()) {
            return n;
        }
        List<String> cocok = new ArrayList<>();
        for (AkunDaerah a : aktif.isEmpty() ? calon : aktif) {
            if (pembatas.akunTerkunciSampai(a.kunci()).isEmpty() && encoder.matches(kataSandi, a.passwordHash())) {
                cocok.add(a.kunci());
            }
        }
        return cocok.size() == 1 ? cocok.get(0) : n;
    }

    /** The account a key (or an unshared bare name) names, as the sign-in needs it. */
    @Transactional(readOnly = true)
    public Optional<AkunMasuk> akunUntukMasuk(String kunci) {
        String n = normal(kunci);
        int at = n.lastIndexOf('@');
        Optional<AkunDaerah> daerah;
        if (at >= 0) {
            daerah = jdbc.sql(AKUN_DAERAH + " WHERE p.username = ? AND t.kode_wilayah = ?")
                    .params(n.substring(0, at), n.substring(at + 1))
                    .query(AkunDaerah.class)
                    .optional();
        } else {
            Optional<AkunMasuk> op = operator(n);
            if (op.isPresent()) {
                return op;
            }
            List<AkunDaerah> calon = bernama(n);
            daerah = calon.size() == 1 ? Optional.of(calon.get(0)) : Optional.empty();
        }
        return daerah.map(a -> new AkunMasuk(
                a.username(),
                a.passwordHash(),
                a.namaLengkap(),
                a.peran(),
                Optional.of(new TenantId(a.tenantId())),
                a.aktif()));
    }

    /** The key an account's sign-in lock counts under: the operator's name, or {@code nama@kode} in a tenant. */
    @Transactional(readOnly = true)
    public String kunciAkun(String username, TenantId tenant) {
        return tenant == null ? username : username + "@" + kodeWilayah(tenant.value());
    }

    /** The key of a tenant user: {@code nama@kode}. */
    String kunci(Pengguna p) {
        return kunciAkun(p.username(), p.tenant());
    }

    private String kodeWilayah(long tenantId) {
        return jdbc.sql("SELECT kode_wilayah FROM tenant WHERE id = ?")
                .param(tenantId)
                .query(String.class)
                .single();
    }

    private Optional<AkunMasuk> operator(String username) {
        return jdbc.sql("SELECT username, password_hash, nama_lengkap, aktif FROM operator_portal WHERE username = ?")
                .param(username)
                .query((rs, i) -> new AkunMasuk(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("nama_lengkap"),
                        Peran.OPERATOR_PORTAL,
                        Optional.empty(),
                        rs.getBoolean("aktif")))
                .optional();
    }

    private List<AkunDaerah> bernama(String username) {
        return jdbc.sql(AKUN_DAERAH + " WHERE p.username = ? ORDER BY p.id")
                .param(username)
                .query(AkunDaerah.class)
                .list();
    }

    static String normal(String nama) {
        return nama == null ? "" : nama.strip().toLowerCase(Locale.ROOT);
    }
}
