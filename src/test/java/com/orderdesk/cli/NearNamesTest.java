package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearNamesTest {
    @Test
    void theDistanceCountsASwapOfNeighboursAsOneSlip() {
        assertThat(NearNames.distance("prodcuts", "products")).isEqualTo(1);
        assertThat(NearNames.distance("route", "products")).isGreaterThan(3);
        assertThat(NearNames.near("usrs", List.of("users", "customers", "customers-bench"))).containsExactly("users");
    }
}
