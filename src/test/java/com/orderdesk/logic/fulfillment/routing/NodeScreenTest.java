package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The branch-and-bound's screened evaluation ({@link NodeScreen}) against the full one
 * ({@link LevelBound#evaluate}) on the bench's large orders: along walks of the multipliers like
 * the subgradient's (small steps, now and then a jump), over ranges that narrow and widen again,
 * the same bound and the same nodes counted, with the same loads; and many nodes are screened (a third on these walks; 87 % on an 80 x 200 order's search).
 */
class NodeScreenTest {

    @Test
    void theScreenedBoundIsTheFullBound() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(4, 40, 40, 200, 5000, 1.0), 42);
        Network net = new Network(s);
        SplittableRandom r = new SplittableRandom(7);
        long screened = 0;
        long valued = 0;
        int compared = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete || p.nodeCount == 0) {
                continue;
            }
            int tail = p.rates.breakCount();
            LevelBound full = new LevelBound(p);
            LevelBound inner = new LevelBound(p);
            NodeScreen screen = new NodeScreen(p, inner);
            double[] lambda = LinePrices.unitCosts(p, p.emptyAssignment());
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = Math.min(p.backorderPenalty, r.nextDouble() * p.backorderPenalty * 0.6);
            }
            int[] lo = new int[p.nodeCount];
            int[] hi = new int[p.nodeCount];
            Arrays.fill(lo, LevelBound.CLOSED);
            Arrays.fill(hi, tail);
            for (int step = 0; step < 300; step++) {
                double size = step % 50 == 49 ? 2.0 : 0.05;
                for (int l = 0; l < p.lineCount; l++) {
                    lambda[l] = Math.min(p.backorderPenalty, lambda[l] + (r.nextDouble() - 0.5) * size);
                }
                if (step % 20 == 19) {
                    // narrow a few nodes' ranges, widen others back (an anchor of a narrower range must not be reused)
                    for (int k = 0; k < 10; k++) {
                        int n = r.nextInt(p.nodeCount);
                        if (r.nextBoolean()) {
                            hi[n] = r.nextInt(LevelBound.CLOSED, tail + 1);
                            lo[n] = r.nextInt(4) == 0 ? Math.min(hi[n], r.nextInt(LevelBound.CLOSED, tail + 1)) : LevelBound.CLOSED;
                        } else {
                            lo[n] = LevelBound.CLOSED;
                            hi[n] = tail;
                        }
                    }
                }
                double want = full.evaluate(lambda, lo, hi);
                double got = step % 25 == 0 ? screen.evaluateAll(lambda, lo, hi) : screen.evaluate(lambda, lo, hi);
                assertThat(got).as("order %s step %d", o.id(), step).isEqualTo(want);
                if (want == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int n = 0; n < p.nodeCount; n++) {
                    assertThat(inner.counted[n]).as("order %s step %d node %d", o.id(), step, n).isEqualTo(full.counted[n]);
                    if (full.counted[n]) {
                        assertThat(inner.load[n]).isEqualTo(full.load[n]);
                        assertThat(inner.level[n]).isEqualTo(full.level[n]);
                    }
                }
                compared++;
            }
            screened += screen.screened();
            valued += screen.valued();
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(screened).as("nodes screened (against %d valued)", valued).isGreaterThan(valued / 4);
    }
}
