package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Batch mode against a general solver given the whole wave as one mixed-integer program
 * ({@link MipOrderModel#solveWave}: every order's units, levels and backorders, the stock and
 * shipment capacity shared), with batch's plan as a complete starting solution or without it. By
 * default a 100-order scarce wave (seconds); the README's 1,000-order wave is rerun with
 * {@code mvn -o test -Dtest=WaveMipTest -Dwavemip.orders=1000 -Dwavemip.maxLines=20
 * -Dwavemip.nodes=20 -Dwavemip.skus=300 -Dwavemip.seconds=1500 -Dwavemip.hint=true|false
 * -Dwavemip.cpuClock=true -Dmip.output=true -Dmip.wallSeconds=3600 -Dwavemip.orderCosts=true}
 * (cpuClock: SCIP's limit in CPU seconds of the process rather than wall clock, so that a loaded
 * machine gives it the same work, only later; mip.wallSeconds: a wall-clock cap all the same,
 * after which the solve is interrupted and reports its best plan and bound; orderCosts: the
 * orders whose cost differs between batch's plan and the solver's). {@code -Dmip.solver=CP_SAT}
 * (and {@code -Dmip.workers=N}) gives the wave to CP-SAT instead of SCIP; its limit is then wall
 * clock, cpuClock has no equivalent there.
 */
class WaveMipTest {
    private static final double TOLERANCE = 0.005;

    @Test
    void batchAgainstTheSolverOnTheWholeWave() {
        double seconds = Double.parseDouble(System.getProperty("wavemip.seconds", "60"));
        boolean hint = Boolean.parseBoolean(System.getProperty("wavemip.hint", "true"));
        // CP-SAT has no CPU clock: its limit stays wall clock (the parameter is SCIP's)
        String parameters = Boolean.getBoolean("wavemip.cpuClock") && !MipOrderModel.cpSat() ? "timing/clocktype = 1\n" : "";
        Scenario s = ScarceWave.fromProperties("wavemip");
        int orders = s.orders().size();
        Network net = new Network(s);
        long t0 = System.nanoTime();
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000).route(s, RoutingMode.BATCH);
        double batchSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("wave mip, %d orders: batch %.2f (bound %.2f, %.1f s)%n", orders, batch.totalCost(),
                batch.stats().lowerBound(), batchSeconds);
        MipOrderModel.Answer m = MipOrderModel.solveWave(net, s.orders(), seconds, hint ? batch.orders() : null, parameters);
        System.out.printf("wave mip, %d orders: batch %.2f (bound %.2f) | %s %s hint (hint costs %.2f): %.2f (%s, bound %.2f, %.1f s wall, %.1f s CPU); "
                        + "batch %+.3f %% against the solver's plan, %+.3f %% above its bound%n", orders, batch.totalCost(),
                batch.stats().lowerBound(), m.solver(), hint ? "with" : "without", m.hintCost(), m.cost(), m.optimal() ? "optimal" : "time limit",
                m.bound(), m.seconds(), m.cpuSeconds(), 100 * (batch.totalCost() - m.cost()) / m.cost(), 100 * (batch.totalCost() - m.bound()) / m.bound());
        if (Boolean.getBoolean("wavemip.orderCosts")) {
            for (int o = 0; o < orders; o++) {
                double diff = batch.orders().get(o).cost() - m.orderCosts().get(o);
                if (Math.abs(diff) > TOLERANCE) {
                    System.out.printf("wave mip order %s (%d lines): batch %.2f, solver %.2f%n", s.orders().get(o).id(),
                            s.orders().get(o).lines().size(), batch.orders().get(o).cost(), m.orderCosts().get(o));
                }
            }
        }
        // the backend asked for is the one that ran (SCIP names itself "SCIP x.y", CP-SAT as a SAT solver)
        assertThat(m.solver()).containsIgnoringCase(MipOrderModel.cpSat() ? "SAT" : "SCIP");
        if (hint) {
            // the hint is batch's plan, written in the model's variables: the model prices it as batch does
            assertThat(m.hintCost()).isCloseTo(batch.totalCost(), org.assertj.core.api.Assertions.within(1e-3));
            assertThat(m.cost()).isLessThanOrEqualTo(batch.totalCost() + TOLERANCE);
        }
        assertThat(batch.totalCost()).isGreaterThanOrEqualTo(m.bound() - TOLERANCE);
        assertThat(batch.stats().lowerBound()).isLessThanOrEqualTo(m.cost() + TOLERANCE);
        assertThat(batch.totalCost()).isLessThanOrEqualTo(m.cost() * 1.003 + TOLERANCE);
    }
}
