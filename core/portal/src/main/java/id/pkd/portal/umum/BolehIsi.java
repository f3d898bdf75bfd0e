package id.pkd.portal.umum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.annotation.Secured;

/** Data entry: the tenant's operators and admins, and API tokens allowed to write. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_API_TULIS"})
public @interface BolehIsi {}
