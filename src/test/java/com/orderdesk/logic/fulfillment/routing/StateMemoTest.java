package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateMemoTest {
    @Test
    void keepsTheSameLoadsAtTwoDepthsApart() {
        StateMemo memo = new StateMemo(64);
        long loads = (1L << 62) | 12345; // a key using the 63rd bit: the depth is no longer packed into it
        assertThat(memo.seenAsCheap(loads, 3, 10.0)).isFalse();
        assertThat(memo.seenAsCheap(loads, 4, 20.0)).isFalse(); // other lines left: another state
        assertThat(memo.seenAsCheap(loads, 3, 10.5)).isTrue();
        assertThat(memo.seenAsCheap(loads, 4, 19.0)).isFalse(); // reached cheaper: searched again, and recorded
        assertThat(memo.seenAsCheap(loads, 4, 19.5)).isTrue();
        memo.clear();
        assertThat(memo.seenAsCheap(loads, 3, 10.5)).isFalse();
    }
}
