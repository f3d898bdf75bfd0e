package id.pkd.portal.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused start into Spring Boot's short failure report (description and action) instead of a long
 * stack trace, so the operator reads the reason at once.
 */
class MulaiDitolakFailureAnalyzer extends AbstractFailureAnalyzer<MulaiDitolakException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MulaiDitolakException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.tindakan(), cause);
    }
}
