package com.orderdesk.logic.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down password guessing per user name: the first {@code freeFailures} failures cost
 * nothing (typos), then each further failure closes the door for a growing time (1 s, 2 s, 4 s ...
 * up to a cap). Failures are forgotten after a quiet period or a successful sign-in.
 *
 * <p>Attempts inside the closed window are refused at once instead of sleeping a thread, so the
 * screen can show a countdown and nothing blocks. Unknown and known user names are throttled
 * alike, so the throttle reveals nothing about which names exist.
 */
public final class SignInThrottle {
    public static final int DEFAULT_FREE_FAILURES = 3;
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);
    public static final Duration DEFAULT_FORGET_AFTER = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Map<String, Failures> byUser = new HashMap<>();

    private static final class Failures {
        int count;
        Instant last;
    }

    public SignInThrottle(Clock clock) {
        this(clock, DEFAULT_FREE_FAILURES, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, DEFAULT_FORGET_AFTER);
    }

    public SignInThrottle(Clock clock, int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (freeFailures < 0 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("Invalid throttle settings.");
        }
        this.freeFailures = freeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** How long this user name must wait before the next attempt is accepted; zero when it may try now. */
    public synchronized Duration waitBefore(String userName) {
        Failures f = current(SignedInUser.normalize(userName));
        if (f == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), f.last.plus(delayAfter(f.count)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Counts a failed attempt and returns the wait it imposes before the next one. */
    public synchronized Duration recordFailure(String userName) {
        String key = SignedInUser.normalize(userName);
        if (byUser.size() > PRUNE_ABOVE) {
            pruneForgotten();
        }
        Failures f = current(key);
        if (f == null) {
            f = new Failures();
            byUser.put(key, f);
        }
        f.count++;
        f.last = clock.instant();
        return delayAfter(f.count);
    }

    public synchronized void recordSuccess(String userName) {
        byUser.remove(SignedInUser.normalize(userName));
    }

    /** The wait imposed after {@code failures} consecutive failures. */
    Duration delayAfter(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // 2^(beyond-1) times the base; the shift is bounded so it cannot overflow before the cap applies
        Duration delay = baseDelay.multipliedBy(1L << Math.min(beyond - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Failures current(String key) {
        Failures f = byUser.get(key);
        if (f != null && isForgotten(f)) {
            byUser.remove(key);
            return null;
        }
        return f;
    }

    private boolean isForgotten(Failures f) {
        return !clock.instant().isBefore(f.last.plus(forgetAfter));
    }

    private void pruneForgotten() {
        byUser.values().removeIf(this::isForgotten);
    }
}
