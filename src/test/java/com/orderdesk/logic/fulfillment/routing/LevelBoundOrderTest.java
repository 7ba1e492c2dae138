package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LevelBound} sorts each node's lines from the order of its last evaluation. The bound must
 * not depend on that history: along walks of the multipliers like the subgradient's (small steps,
 * now and then a jump that reorders much), with lines of equal value per kg (ties), a bound that
 * evaluated every step gives what a new one gives at the same multipliers: the same value, and the
 * same levels and loads (which steer the next step).
 */
class LevelBoundOrderTest {

    @Test
    void theBoundDoesNotDependOnTheLastOrder() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(3, 80, 80, 50, 5000, 1.0), 5);
        Network net = new Network(s);
        SplittableRandom r = new SplittableRandom(11);
        int compared = 0;
        int ties = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete || p.nodeCount == 0) {
                continue;
            }
            int tail = p.rates.breakCount();
            LevelBound warm = new LevelBound(p);
            double[] lambda = new double[p.lineCount];
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = r.nextDouble() * p.backorderPenalty * 0.6;
            }
            int[] lo = new int[p.nodeCount];
            int[] hi = new int[p.nodeCount];
            Arrays.fill(lo, LevelBound.CLOSED);
            Arrays.fill(hi, tail);
            for (int step = 0; step < 200; step++) {
                double size = step % 40 == 39 ? 3.0 : 0.05;
                for (int l = 0; l < p.lineCount; l++) {
                    lambda[l] = Math.min(p.backorderPenalty, Math.max(0, lambda[l] + (r.nextDouble() - 0.5) * size));
                }
                if (step % 10 == 9) {
                    // a third of the lines worth exactly 0 at one node: ties at 0 per kg, in any order
                    int n = r.nextInt(p.nodeCount);
                    for (int l = 0; l < p.lineCount; l += 3) {
                        lambda[l] = p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]);
                    }
                    ties++;
                }
                if (step % 20 == 19) {
                    int n = r.nextInt(p.nodeCount);
                    lo[n] = r.nextInt(LevelBound.CLOSED, tail + 1);
                    hi[n] = r.nextInt(lo[n], tail + 1);
                }
                double got = warm.evaluate(lambda, lo, hi);
                LevelBound fresh = new LevelBound(p);
                double want = fresh.evaluate(lambda, lo, hi);
                assertThat(got).as("order %s step %d", o.id(), step).isEqualTo(want);
                if (want == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int n = 0; n < p.nodeCount; n++) {
                    assertThat(warm.counted[n]).as("order %s step %d node %d", o.id(), step, n).isEqualTo(fresh.counted[n]);
                    if (fresh.counted[n]) {
                        assertThat(warm.level[n]).isEqualTo(fresh.level[n]);
                        assertThat(warm.load[n]).as("order %s step %d node %d", o.id(), step, n).isEqualTo(fresh.load[n]);
                    }
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(ties).isGreaterThan(30);
    }

    @Test
    void sortingFromTheLastOrderSortsByKeyThenIndex() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int count = 1 + r.nextInt(120);
            double[] key = new double[count];
            for (int i = 0; i < count; i++) {
                key[i] = r.nextInt(4) == 0 ? 0.5 : r.nextDouble(); // a quarter tied
            }
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            // shuffled (the quicksort past the budget) or nearly sorted (insertion sort alone)
            IndexSort.byKey(order, key, count);
            int swaps = round % 2 == 0 ? count * 4 : 2;
            for (int k = 0; k < swaps && count > 1; k++) {
                int i = r.nextInt(count);
                int j = r.nextInt(count);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            IndexSort.fromLastOrder(order, key, count);
            for (int i = 1; i < count; i++) {
                int a = order[i - 1];
                int b = order[i];
                assertThat(key[a] < key[b] || (key[a] == key[b] && a < b)).as("round %d at %d", round, i).isTrue();
            }
        }
    }
}
