package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The switch of {@link LagrangianBranchAndBound#handsOnDirection}: orders of up to 40 lines keep each
 * child's steps starting from no direction (their trees as before); larger orders hand each branch's last
 * deflected direction to its children, which changes their trees but not what they prove.
 */
class DirectionHandedOnTest {

    @AfterEach
    void removeTrace() {
        SolveTrace.remove();
    }

    @Test
    void ordersOfUpTo40LinesKeepTheFreshStartLargerOnesHandTheDirectionOn() {
        assertThat(LagrangianBranchAndBound.handsOnDirection(order(20, 8, 1))).isFalse();
        assertThat(LagrangianBranchAndBound.handsOnDirection(order(40, 8, 1))).isFalse();
        assertThat(LagrangianBranchAndBound.handsOnDirection(order(41, 8, 1))).isTrue();
        assertThat(LagrangianBranchAndBound.handsOnDirection(order(80, 8, 1))).isTrue();
    }

    /**
     * Forced on and off on small enumerable orders (any multipliers give a valid bound, so the switch may be tried on
     * any order; an 80-line tree without a deadline runs for minutes): other trees, the same proven optimum.
     */
    @Test
    void theHandedOnDirectionChangesTheTreeButNotTheProvenOptimum() {
        int checked = 0;
        int differing = 0;
        SolveTrace trace = SolveTrace.install();
        for (long seed = 1; seed <= 60; seed++) {
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                double poor = p.cost(p.emptyAssignment()) + 1;
                LagrangianBranchAndBound.Outcome fresh = LagrangianBranchAndBound.prove(p, poor, new double[p.lineCount], 10_000_000, false, false);
                int freshBounded = trace.treeBounded;
                LagrangianBranchAndBound.Outcome handed = LagrangianBranchAndBound.prove(p, poor, new double[p.lineCount], 10_000_000, false, true);
                assertThat(handed.proven()).as("seed %d order %s", seed, p.order.id()).isEqualTo(fresh.proven());
                assertThat(handed.cost()).as("seed %d order %s", seed, p.order.id()).isCloseTo(fresh.cost(), within(1e-6));
                differing += trace.treeBounded != freshBounded ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(differing).as("trees the handed-on direction changed").isGreaterThan(0);
    }

    private static OrderProblem order(int lines, int nodes, long seed) {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(1, lines, lines, nodes, 5000, 1.0), seed);
        Network net = new Network(s);
        return OrderProblem.of(net, s.orders().get(0), net.newStock(false));
    }
}
