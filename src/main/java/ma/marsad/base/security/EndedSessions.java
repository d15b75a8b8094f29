package ma.marsad.base.security;

import java.time.Instant;
import java.util.Optional;

/** When a person's browser sessions were last ended by an administrator, as every instance sees it. */
public interface EndedSessions {

    Optional<Instant> endedAt(String username);
}
