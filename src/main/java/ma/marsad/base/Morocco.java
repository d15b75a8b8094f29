package ma.marsad.base;

import java.time.ZoneId;

/** Morocco's time zone: every date and time Marsad shows or writes is in it. */
public final class Morocco {

    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private Morocco() {
    }
}
