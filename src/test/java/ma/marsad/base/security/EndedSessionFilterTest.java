package ma.marsad.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import ma.marsad.backup.TestClock;

/**
 * A browser session on one instance ends when an administrator on another instance ended that person's sessions
 * after it signed in; sessions signed in afterwards, other people's and anonymous ones carry on.
 */
class EndedSessionFilterTest {

    private final TestClock clock = new TestClock();
    private final Instant endedAt = clock.instant().plus(Duration.ofMinutes(5));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionSignedInBeforeTheEndingGoesBackToTheLoginPageAndIsClosed() throws Exception {
        MockHttpSession session = signedInSession("clerk", clock.instant());

        MockHttpServletResponse response = filter(session);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aSessionSignedInAfterTheEndingCarriesOn() throws Exception {
        MockHttpSession session = signedInSession("clerk", endedAt.plusSeconds(1));

        MockHttpServletResponse response = filter(session);

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void someoneElsesSessionCarriesOn() throws Exception {
        MockHttpSession session = signedInSession("manager", clock.instant());

        assertThat(filter(session).getRedirectedUrl()).isNull();
    }

    @Test
    void aSessionWithoutAStampIsStampedAtItsFirstRequestHere() throws Exception {
        MockHttpSession session = signedInSession("clerk", null);
        clock.advance(Duration.ofMinutes(10));

        assertThat(filter(session).getRedirectedUrl()).as("first seen after the ending").isNull();
        assertThat(session.getAttribute(EndedSessionFilter.SIGNED_IN_AT)).isEqualTo(clock.instant());
    }

    @Test
    void anAnonymousVisitorIsLeftAlone() throws Exception {
        MockHttpSession session = new MockHttpSession();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(filter(session).getRedirectedUrl()).isNull();
        assertThat(session.getAttribute(EndedSessionFilter.SIGNED_IN_AT)).isNull();
    }

    private MockHttpSession signedInSession(String user, Instant signedInAt) {
        MockHttpSession session = new MockHttpSession();
        if (signedInAt != null) {
            session.setAttribute(EndedSessionFilter.SIGNED_IN_AT, signedInAt);
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList("ROLE_CLERK")));
        return session;
    }

    private MockHttpServletResponse filter(MockHttpSession session) throws Exception {
        EndedSessions ended = username -> username.equals("clerk") ? Optional.of(endedAt) : Optional.empty();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EndedSessionFilter(ended, clock).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
