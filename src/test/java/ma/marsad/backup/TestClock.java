package ma.marsad.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import ma.marsad.FixedClockConfiguration;

/** The tests' 23 November 2026 10:00 (Morocco), moved forward by hand. */
public final class TestClock extends Clock {

    private Instant now = FixedClockConfiguration.NOW.toInstant();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return FixedClockConfiguration.NOW.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
