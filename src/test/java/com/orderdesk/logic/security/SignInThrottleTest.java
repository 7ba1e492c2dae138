package com.orderdesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock); // 3 free, 1 s doubling, 30 s cap, 15 min memory

    @Test
    void firstThreeFailuresAreFree() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.recordFailure("jdoe")).isZero();
            assertThat(throttle.waitBefore("jdoe")).isZero();
        }
    }

    @Test
    void delayGrowsAfterRepeatedFailuresAndElapses() {
        fail(3);
        assertThat(throttle.recordFailure("jdoe")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("jdoe")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.waitBefore("jdoe")).isEqualTo(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.waitBefore("jdoe")).isZero();

        assertThat(throttle.recordFailure("jdoe")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.recordFailure("jdoe")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.recordFailure("jdoe")).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void delayIsCappedAtThirtySeconds() {
        fail(20);
        assertThat(throttle.waitBefore("jdoe")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.delayAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void successForgetsTheFailures() {
        fail(5);
        throttle.recordSuccess("JDOE");
        assertThat(throttle.waitBefore("jdoe")).isZero();
        assertThat(throttle.recordFailure("jdoe")).isZero();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        fail(4);
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("jdoe")).isZero();
        assertThat(throttle.recordFailure("jdoe")).as("counting starts again").isZero();
    }

    @Test
    void userNamesAreThrottledSeparatelyAndCaseInsensitively() {
        fail(4);
        assertThat(throttle.waitBefore(" JDoe ")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("mgarcia")).isZero();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure("jdoe");
        }
    }
}
