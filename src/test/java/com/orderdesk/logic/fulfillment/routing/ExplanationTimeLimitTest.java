package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * The routing map waits for an order's alternatives: their search stops at its CPU limit (it ran
 * its whole visit budget before, seconds under load) and then says they are not proven the cheapest.
 */
class ExplanationTimeLimitTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void theAlternativesSearchStopsAtItsLimitAndSaysSo() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(1, 30, 30, 200, 400, 1.0), 5);
        String id = s.orders().get(0).id();
        FulfillmentRouter router = new FulfillmentRouter();
        double optimum = router.route(s, RoutingMode.INDEPENDENT).orders().get(0).cost();

        long c0 = THREADS.getCurrentThreadCpuTime();
        OrderExplanation limited = router.explain(s, id, 3, 2_000_000L);
        long limitedNanos = THREADS.getCurrentThreadCpuTime() - c0;

        assertThat(limited.chosen().cost()).as("the chosen plan is the optimum either way").isCloseTo(optimum, within(1e-9));
        assertThat(limited.alternativesComplete()).as("cut short, the explanation says so").isFalse();
        assertThat(limited.alternatives()).allSatisfy(a -> assertThat(a.cost()).isGreaterThanOrEqualTo(optimum - 1e-9));
        // the optimum's own solve (at most the order budget, 250 ms) and 2 ms of alternatives; without
        // the limit this order's alternatives ran their 5 million visits, 3.5 s of CPU (measured)
        assertThat(limitedNanos / 1_000_000).as("ms of CPU").isLessThan(1_000);
    }

    @Test
    void orderEntrysDeliveryQuoteIsLimitedAsTheMapIs() {
        Scenario g = ScenarioGenerator.generate(new ScenarioGenerator.Size(1, 30, 30, 200, 400, 1.0), 5);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 3);
        Scenario s = new Scenario(g.rateCard().withServices(java.util.List.of(
                new CarrierService("GROUND", 1.0, java.util.Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 5, 7, 6, 8, 7), null),
                new CarrierService("OVERNIGHT", 3.4, java.util.Map.of(), 1))),
                g.nodes(), g.skus(), g.inventory(), g.orders(), g.backorderPenaltyPerUnit(), today);

        long c0 = THREADS.getCurrentThreadCpuTime();
        DeliveryQuote quote = new FulfillmentRouter().quote(s, s.orders().get(0).id(), today.plusDays(7), 3);
        long nanos = THREADS.getCurrentThreadCpuTime() - c0;

        assertThat(quote.waysToMeet()).as("the cheapest way at least").isNotEmpty();
        // the solves and 250 ms of ways; without the limit this quote's ways took 2.4 s of CPU (measured)
        assertThat(nanos / 1_000_000).as("ms of CPU").isLessThan(1_000);
    }
}
