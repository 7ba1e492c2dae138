package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Subgradient#deflected} sums the counted nodes' loads row by row instead of line by line
 * over every node; the Lagrangian searches' plans are reproducible only if that moves no bit. Against
 * the former loop, copied here, on random steps: fractional loads of mixed magnitude (so another order
 * of additions, or subtracting each load from the quantity, would round differently), few or many
 * nodes counted, multipliers at the penalty, and the direction carried over from step to step.
 * {@link LevelBound} keeps the tail's load as it values the tail instead of valuing it again: the
 * load a node takes at the tail must still be the one its value is (its value recomputed from it).
 */
class SubgradientShortcutTest {

    @Test
    void theDeflectedSubgradientIsTheLineByLineOneToTheBit() {
        SplittableRandom r = new SplittableRandom(11);
        int zeroed = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            int lines = r.nextInt(1, 50);
            int nodes = r.nextInt(1, 220);
            int[] qty = new int[lines];
            double penalty = r.nextDouble(1, 50);
            double[] mult = new double[lines];
            double[] g = new double[lines];
            double[] expectedG = new double[lines];
            for (int l = 0; l < lines; l++) {
                qty[l] = r.nextInt(1, 12);
                double start = r.nextDouble(-3, 3);
                g[l] = start;
                expectedG[l] = start;
            }
            boolean[] counted = new boolean[nodes];
            double[][] load = new double[nodes][lines];
            double[] shipped = new double[lines];
            double share = r.nextDouble();
            for (int step = 0; step < 5; step++) {
                for (int l = 0; l < lines; l++) {
                    mult[l] = r.nextInt(4) == 0 ? penalty : r.nextDouble(-5, penalty);
                }
                for (int n = 0; n < nodes; n++) {
                    counted[n] = r.nextDouble() < share;
                    for (int l = 0; l < lines; l++) {
                        int kind = r.nextInt(4);
                        load[n][l] = kind == 0 ? 0 : kind == 1 ? r.nextInt(0, 6) : r.nextDouble() * Math.pow(10, r.nextInt(-6, 3));
                    }
                }
                double alpha = r.nextBoolean() ? LagrangianBound.DEFLECTION : 0;
                double expectedNorm = lineByLine(qty, penalty, mult, expectedG, counted, load, lines, nodes, alpha);
                double norm = Subgradient.deflected(qty, penalty, mult, g, counted, load, lines, nodes, alpha, shipped);
                assertThat(Double.doubleToRawLongBits(norm)).as("trial %d step %d: |g|^2", trial, step)
                        .isEqualTo(Double.doubleToRawLongBits(expectedNorm));
                for (int l = 0; l < lines; l++) {
                    assertThat(Double.doubleToRawLongBits(g[l])).as("trial %d step %d line %d", trial, step, l)
                            .isEqualTo(Double.doubleToRawLongBits(expectedG[l]));
                    zeroed += g[l] == 0 ? 1 : 0;
                }
            }
        }
        assertThat(zeroed).as("lines held at the penalty").isGreaterThan(1_000);
    }

    /** The loop the Lagrangian searches had, over lines then every node. */
    private static double lineByLine(int[] qty, double penalty, double[] mult, double[] g, boolean[] counted,
                                     double[][] load, int lines, int nodes, double alpha) {
        double norm = 0;
        for (int l = 0; l < lines; l++) {
            double shipped = 0;
            for (int n = 0; n < nodes; n++) {
                if (counted[n]) {
                    shipped += load[n][l];
                }
            }
            g[l] = qty[l] - shipped + alpha * g[l];
            if (mult[l] >= penalty && g[l] > 0) {
                g[l] = 0;
            }
            norm += g[l] * g[l];
        }
        return norm;
    }

    @Test
    void aNodeAtTheTailLoadsWhatItsValueSays() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(4, 40, 40, 50, 5000, 1.0), 7);
        Network net = new Network(s);
        SplittableRandom r = new SplittableRandom(5);
        int checked = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete || p.nodeCount == 0) {
                continue;
            }
            RateTable t = p.rates;
            int tail = t.breakCount();
            LevelBound bound = new LevelBound(p);
            double[] lambda = new double[p.lineCount];
            int[] lo = new int[p.nodeCount];
            int[] hi = new int[p.nodeCount];
            for (int step = 0; step < 60; step++) {
                for (int l = 0; l < p.lineCount; l++) {
                    lambda[l] = r.nextDouble() * p.backorderPenalty;
                }
                // every node free (the tail competes with the breaks), or held to the tail
                boolean held = step % 2 == 1;
                Arrays.fill(lo, held ? tail : LevelBound.CLOSED);
                Arrays.fill(hi, tail);
                if (bound.evaluate(lambda, lo, hi) == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int n = 0; n < p.nodeCount; n++) {
                    if (bound.level[n] != tail || bound.phi[n] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double kg = 0;
                    double units = 0;
                    for (int l = 0; l < p.lineCount; l++) {
                        double x = bound.load[n][l];
                        kg += RateTable.toKg(p.weight[l]) * x;
                        units += (p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]) - lambda[l]) * x;
                    }
                    double lastKg = RateTable.toKg(t.breakAt(tail - 1));
                    assertThat(kg).as("order %s node %d: the tail's load weighs at least the last break", o.id(), n)
                            .isGreaterThan(lastKg - 1e-6);
                    double value = p.handling[n] + t.priceAt(p.zone[n], tail - 1)
                            + t.perKgAboveMax(p.zone[n]) * (kg - lastKg) + units;
                    assertThat(value).as("order %s step %d node %d", o.id(), step, n)
                            .isCloseTo(bound.phi[n], org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(value))));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }
}
