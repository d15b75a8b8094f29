package ma.marsad.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up steps that add rows when they are missing (targets, demo accounts, sample figures) take turns when
 * several instances start at once on one database: each step first locks the single startup_turn row, which
 * the database holds until that step's transaction ends. The next instance's step then sees what the first
 * added, instead of adding it again and failing on a unique key.
 */
@Component
public class StartupTurn {

    private final JdbcTemplate jdbc;

    StartupTurn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for this instance's turn; the turn lasts until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take() {
        jdbc.queryForList("select id from startup_turn where id = 1 for update", Integer.class);
    }
}
