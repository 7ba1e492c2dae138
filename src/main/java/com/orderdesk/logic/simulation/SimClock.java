package com.orderdesk.logic.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's clock: the use cases read "today" and "now" from it, and the simulator moves it
 * on a day at a time. Within a day each reading is one millisecond after the last (from 08:00), so
 * audit entries and timestamps keep the order things happened in and a run is the same for the
 * same seed, whatever the machine's speed.
 */
public final class SimClock extends Clock {
    private static final long DAY_START_MILLIS = 8 * 3_600_000L;
    private final AtomicLong millis = new AtomicLong();

    public SimClock(LocalDate day) {
        setDay(day);
    }

    /** Moves to 08:00 UTC of {@code day} (forward or back). */
    public void setDay(LocalDate day) {
        millis.set(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_START_MILLIS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis.get()), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the simulation runs in UTC");
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndIncrement());
    }
}
