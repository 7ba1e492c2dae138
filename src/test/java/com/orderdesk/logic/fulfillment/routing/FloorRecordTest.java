package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PlacementBound} keeps per depth each node's cap and load at the last floor there and the
 * terms drawn from them (the node's room, the tails, the cuts' flows), and works out again only the
 * terms of the node that moved (told by the search, as {@link NodeSetSolver} tells it of each change). Along a walk shaped like the assignment
 * search (a line's units put on one stockist, taken back, moved to the next; now and then a new
 * level vector) over the bench's generated orders of 20-80 lines, restricted to 2-12 of their
 * nodes, its floor must equal to the bit a fresh bound's (nothing recorded) at the search's depth,
 * and every 20 steps at every depth.
 */
class FloorRecordTest {

    @Test
    void theRecordedFloorIsTheFullRecomputeAtEveryDepth() {
        int compared = 0;
        int moved = 0;
        int wide = 0;
        for (int lines : new int[] {20, 40, 80}) {
            Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(3, lines, lines, 50, 5000, 1.0), 42 + lines);
            Network net = new Network(s);
            SplittableRandom r = new SplittableRandom(lines);
            for (RoutingOrder order : s.orders()) {
                OrderProblem whole = OrderProblem.of(net, order, net.newStock(false));
                for (int trial = 0; trial < 4; trial++) {
                    OrderProblem p = stockingSubset(whole, r, trial == 3 ? r.nextInt(9, 13) : r.nextInt(2, 9));
                    wide += p.nodeCount > 8 ? 1 : 0;
                    int[] counts = walk(p, r, trial % 2 == 0);
                    compared += counts[0];
                    moved += counts[1];
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
        assertThat(moved).as("floors that differ from the one before at their depth").isGreaterThan(compared / 10);
        assertThat(wide).as("node sets over 8 nodes (the room summed, no cuts)").isGreaterThan(5);
    }

    /** Up to {@code count} of the order's nodes that stock one of its lines, drawn at random. */
    private static OrderProblem stockingSubset(OrderProblem whole, SplittableRandom r, int count) {
        int[] stocking = java.util.stream.IntStream.range(0, whole.nodeCount)
                .filter(n -> Arrays.stream(whole.avail[n]).anyMatch(a -> a > 0)).toArray();
        for (int i = stocking.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = stocking[i];
            stocking[i] = stocking[j];
            stocking[j] = t;
        }
        int[] keep = Arrays.copyOf(stocking, Math.min(count, stocking.length));
        Arrays.sort(keep);
        return whole.restrictedTo(keep, keep.length);
    }

    /** Returns {floors compared, floors that moved from the last at their depth}. */
    private static int[] walk(OrderProblem p, SplittableRandom r, boolean sums) {
        BoundShortcutsTest.Inputs in = new BoundShortcutsTest.Inputs(p);
        PlacementBound recorded = in.placement(sums);
        double[] lastAt = new double[p.lineCount + 1];
        Arrays.fill(lastAt, Double.NaN);
        int compared = 0;
        int moved = 0;
        in.move(r, true, recorded);
        Arrays.fill(in.load, 0);
        recorded.movedAll();
        // the placements on the stack: {depth, stockist index, node, units}; the search's depth is the next line
        Deque<int[]> placed = new ArrayDeque<>();
        for (int step = 0; step < 400; step++) {
            int depth = placed.isEmpty() ? 0 : placed.peek()[0] + 1;
            int what = r.nextInt(20);
            if (what == 0) {
                in.move(r, true, recorded); // another level vector: the search starts its lines again
                Arrays.fill(in.load, 0);
                recorded.movedAll();
                placed.clear();
                depth = 0;
            } else if (what < 6 && !placed.isEmpty()) {
                int[] top = placed.pop(); // back up a line
                in.load[top[2]] -= (long) top[3] * p.weight[in.lineAt[top[0]]];
                recorded.moved(top[2]);
                depth = top[0];
            } else if (what < 12 && !placed.isEmpty()) {
                int[] top = placed.peek(); // the same stockist, one unit fewer (the search's loop over q)
                if (top[3] > 0) {
                    top[3]--;
                    in.load[top[2]] -= p.weight[in.lineAt[top[0]]];
                    recorded.moved(top[2]);
                }
            } else if (depth < p.lineCount && in.stockists[depth].length > 0) {
                int[] nodes = in.stockists[depth];
                int i = r.nextInt(nodes.length);
                int n = nodes[i];
                int l = in.lineAt[depth];
                long w = p.weight[l];
                int most = Math.min(p.avail[n][l], p.qty[l]);
                if (!in.tailLevel[n][in.level[n]] && w > 0) {
                    most = (int) Math.min(most, Math.max(0, in.capNow[n] - in.load[n]) / w);
                }
                int q = most == 0 ? 0 : r.nextInt(most + 1);
                in.load[n] += q * w;
                recorded.moved(n);
                placed.push(new int[] {depth, i, n, q});
                depth++;
            }
            double enough = r.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : in.floorFrom[depth] * r.nextDouble(1, 1.3);
            String at = String.format("order %s nodes %d sums %b step %d depth %d levels %s loads %s", p.order.id(), p.nodeCount,
                    sums, step, depth, Arrays.toString(in.level), Arrays.toString(in.load));
            PlacementBound fresh = in.placement(sums);
            for (int d : step % 20 == 19 ? java.util.stream.IntStream.rangeClosed(0, p.lineCount).toArray() : new int[] {depth}) {
                double got = recorded.remainderFloor(d, enough);
                double full = fresh.remainderFloor(d, enough);
                assertThat(Double.doubleToLongBits(got)).as(at + " at " + d + ": " + got + " vs " + full)
                        .isEqualTo(Double.doubleToLongBits(full));
                moved += got != lastAt[d] ? 1 : 0;
                lastAt[d] = got;
                compared++;
            }
            assertThat(Double.doubleToLongBits(recorded.shortageFloor())).as(at)
                    .isEqualTo(Double.doubleToLongBits(in.placement(sums).shortageFloor()));
        }
        return new int[] {compared, moved};
    }
}
