package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The full evaluation at a subgradient run's best multipliers ({@link NodeScreen#evaluateAll}) reuses the
 * values of the nodes valued at the best step ({@link NodeScreen#keepBest}): on the bench's large orders,
 * runs of screened steps like the branch-and-bound's (the best step kept), then the full evaluation at the
 * best multipliers against a fresh {@link LevelBound} at the same inputs: the same bound and, for every
 * node, the same value, level, values per level and load, to the bit. Some runs end with a range changed
 * or the multipliers moved, where nothing kept may be reused.
 */
class NodeScreenReuseTest {

    @Test
    void theReusedValuesAreTheFreshValues() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(4, 40, 40, 200, 5000, 1.0), 43);
        Network net = new Network(s);
        SplittableRandom r = new SplittableRandom(11);
        int compared = 0;
        int reused = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete || p.nodeCount == 0) {
                continue;
            }
            int tail = p.rates.breakCount();
            LevelBound inner = new LevelBound(p);
            NodeScreen screen = new NodeScreen(p, inner);
            double[] lambda = new double[p.lineCount];
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = r.nextDouble() * p.backorderPenalty * 0.6;
            }
            int[] lo = new int[p.nodeCount];
            int[] hi = new int[p.nodeCount];
            Arrays.fill(lo, LevelBound.CLOSED);
            Arrays.fill(hi, tail);
            for (int run = 0; run < 40; run++) {
                Arrays.fill(lo, LevelBound.CLOSED); // each run its own ranges, as a branch's
                Arrays.fill(hi, tail);
                for (int k = 0; k < 8; k++) {
                    int n = r.nextInt(p.nodeCount);
                    hi[n] = r.nextInt(LevelBound.CLOSED, tail + 1);
                    lo[n] = k == 0 && r.nextBoolean() ? Math.min(hi[n], r.nextInt(LevelBound.CLOSED, tail + 1)) : LevelBound.CLOSED;
                }
                screen.forget();
                double bestValue = Double.NEGATIVE_INFINITY;
                double[] best = lambda.clone();
                for (int step = 0; step < 15; step++) {
                    double v = screen.evaluate(lambda, lo, hi);
                    if (v == Double.POSITIVE_INFINITY) {
                        break;
                    }
                    if (v > bestValue || r.nextInt(3) == 0) {
                        bestValue = v;
                        screen.keepBest(lambda, lo);
                        System.arraycopy(lambda, 0, best, 0, p.lineCount);
                    }
                    for (int l = 0; l < p.lineCount; l++) {
                        lambda[l] = Math.min(p.backorderPenalty, lambda[l] + (r.nextDouble() - 0.5) * 0.1);
                    }
                }
                if (run % 4 == 3) {
                    int n = r.nextInt(p.nodeCount); // a range changed after the kept step: that node valued afresh
                    hi[n] = hi[n] == LevelBound.CLOSED ? tail : hi[n] - 1;
                    lo[n] = Math.min(lo[n], hi[n]);
                }
                double[] at = run % 6 == 5 ? lambda : best; // moved multipliers: nothing reused
                LevelBound fresh = new LevelBound(p);
                double want = fresh.evaluate(at, lo, hi);
                double got = screen.evaluateAll(at, lo, hi);
                assertThat(got).as("order %s run %d", o.id(), run).isEqualTo(want);
                if (want == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int n = 0; n < p.nodeCount; n++) {
                    if (hi[n] == LevelBound.CLOSED) {
                        continue;
                    }
                    String where = "order " + o.id() + " run " + run + " node " + n;
                    assertThat(inner.phi[n]).as(where).isEqualTo(fresh.phi[n]);
                    assertThat(inner.counted[n]).as(where).isEqualTo(fresh.counted[n]);
                    assertThat(inner.level[n]).as(where).isEqualTo(fresh.level[n]);
                    assertThat(inner.levelValue[n]).as(where).isEqualTo(fresh.levelValue[n]);
                    if (fresh.level[n] != LevelBound.CLOSED) {
                        assertThat(inner.load[n]).as(where).isEqualTo(fresh.load[n]);
                    }
                }
                compared++;
                reused += at == best ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(reused).isGreaterThan(50);
    }
}
