package ma.marsad.partner;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the register back as seeded after a test changed it: no review, no evidence, no commitment a test added,
 * and none of their history. Tests may clear history rows; the application never does.
 */
public final class PartnerCleanup {

    private PartnerCleanup() {
    }

    public static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from evidence");
        jdbc.update("delete from history_event where subject like 'commitment/%'");
        jdbc.update("delete from commitment where code like 'TEST_%'");
        jdbc.update("update commitment set completion = null, confidence = null, review_comment = null,"
                + " reviewed_by = null, last_review_on = null, next_review_on = null");
    }
}
