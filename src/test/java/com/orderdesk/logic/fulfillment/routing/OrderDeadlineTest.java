package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link OrderDeadline#searchAtMost}: it may only shorten a search that has a deadline, never the order's whole budget. */
class OrderDeadlineTest {
    @AfterEach
    void clear() {
        OrderDeadline.clear();
    }

    @Test
    void searchAtMostEndsTheSearchButNotTheCertification() {
        OrderDeadline.start(60_000_000_000L, 0.5); // a minute: neither end passes on its own during the test
        assertThat(OrderDeadline.searchPassed()).isFalse();

        OrderDeadline.searchAtMost(0);
        spin();

        assertThat(OrderDeadline.searchPassed()).isTrue();
        assertThat(OrderDeadline.certifyPassed()).isFalse();
    }

    @Test
    void searchAtMostNeverLengthensTheSearchNorLimitsAnOrderWithoutDeadline() {
        OrderDeadline.start(1_000, 0.5); // a microsecond
        OrderDeadline.searchAtMost(60_000_000_000L);
        spin();
        assertThat(OrderDeadline.searchPassed()).isTrue();

        OrderDeadline.clear();
        OrderDeadline.searchAtMost(0);
        spin();
        assertThat(OrderDeadline.searchPassed()).isFalse();
        assertThat(OrderDeadline.certifyPassed()).isFalse();
    }

    /** Burns a few ms of this thread's CPU time (the deadline's clock). */
    private static void spin() {
        long end = System.nanoTime() + 5_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += x * 31 + 7;
        }
        assertThat(x).isNotEqualTo(1); // keeps the loop
    }
}
