package id.pkd.portal.umum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.annotation.Secured;

/** Readable by every role of a tenant and by its API tokens. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_VERIFIKATOR", "ROLE_PIMPINAN", "ROLE_PENGAMAT", "ROLE_API_BACA"})
public @interface BolehBaca {}
