package id.pkd.portal.umum;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read that needs no transaction of its own: one statement, or independent facts (the region's zone, its RPJMD
 * periods) that need not come from one snapshot. It runs in the caller's transaction when there is one and in
 * autocommit otherwise. A read-only transaction costs three more round trips to the database ({@code set
 * autocommit=0}, {@code COMMIT}, {@code set autocommit=1}); on the reads every page makes (the unread count, the
 * year picker, the approval status) they were half the statements the load benchmark sent (issue 16).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface BacaLangsung {}
