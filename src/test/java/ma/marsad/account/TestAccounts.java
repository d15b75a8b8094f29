package ma.marsad.account;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts made by tests are named test.*; this removes them (tests may, the application never deletes one). */
public final class TestAccounts {

    public static final String PREFIX = "test.";

    private TestAccounts() {
    }

    public static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from user_account_role where user_account_id in"
                + " (select id from user_account where username like 'test.%')");
        jdbc.update("delete from user_account where username like 'test.%'");
    }
}
