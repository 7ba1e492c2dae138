package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Batch mode's bound gets one more exact pass at its prices after the plan is final, each order's
 * search seeded with its final plan ({@link BatchOptimizer#certify}). On a scarce wave of orders
 * of up to 20 lines, where some priced searches do not settle, that pass certifies more than the
 * bound taken before the groups, and the bound batch reports includes it.
 */
class BatchBoundCertificationTest {
    @Test
    void theBoundIncludesAnExactPassSeededWithTheFinalPlan() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(Integer.getInteger("certify.orders", 150), 1, 20, 20, 300,
                0.15), 7);
        Network net = new Network(s);
        Function<OrderProblem, SolveResult> solver = p -> new ExactOrderSolver(p, 200_000).solve();
        BatchOptimizer batch = new BatchOptimizer(net, solver, 2_000);
        BatchOptimizer.Result r = batch.optimise();
        double cost = r.plans().stream().mapToDouble(OrderPlan::cost).sum();
        WaveBound.Certified again = batch.certify(r.prices());
        System.out.printf("wave of %d orders: cost %.2f, bound before the groups %.2f, the final plan's exact pass %.2f (%d unsettled), "
                + "reported %.2f%n", s.orders().size(), cost, r.prices().value(), again.value(), again.unsettled(), r.lowerBound());
        // the reported bound is the larger of the two. On this wave the pass has certified more in every run
        // seen (by 6.9 to 39, so the test fails with the pass's value dropped), but by how much depends on how
        // many exact passes the CPU budget held before the groups; the margin itself is not asserted, so a
        // quieter machine cannot fail the test
        assertThat(r.lowerBound()).isGreaterThanOrEqualTo(Math.max(again.value(), r.prices().value()) - 1e-6);
        assertThat(r.lowerBound()).isLessThanOrEqualTo(cost + 0.005);
    }
}
