package ma.marsad;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A manager and administrator signed in on the test's thread: the review service checks its roles itself,
 * so a test that approves, returns or reopens as part of its set-up does it as a reviewer would. As a JUnit
 * extension for a whole class, or around one call with {@link #run}.
 */
public final class Reviewer implements BeforeEachCallback, AfterEachCallback {

    private static SecurityContext reviewer() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("manager", null,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER"), new SimpleGrantedAuthority("ROLE_ADMIN"))));
        return context;
    }

    /** Runs a review call as a reviewer, then puts back whoever was signed in. */
    public static void run(Runnable call) {
        get(() -> {
            call.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(reviewer());
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContext(reviewer());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
