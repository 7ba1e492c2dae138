package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The assignment search's bounds take shortcuts that must not move a single bit: {@link LeastCut}
 * shifts the last min cut at a depth by the room of the one node that moved, {@link PlacementBound}
 * reads back a node's units that fit and {@link LeafBound} a node's knapsack when its state is as the
 * last time at that depth; {@link PlacementBound} reads back a node's fillable room at a depth and prunes
 * on the floor alone when it reaches the limit, and {@link LeafBound}'s knapsack walks a node's lines
 * from the depth on only. Each against the
 * straightforward computation: all cuts summed, the knapsack over all the node's lines, and a fresh
 * bound (nothing to read back) at every state of a random walk that, like the search, moves one
 * node's load at a time and now and then jumps to another depth or another level vector.
 */
class BoundShortcutsTest {

    @Test
    void theLeastCutIsTheLeastOverAllCuts() {
        SplittableRandom r = new SplittableRandom(17);
        int readBack = 0;
        int calls = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            int k = r.nextInt(1, 9);
            int lines = r.nextInt(1, 7);
            // per depth, as PlacementBound tabulates it: what each node mask can carry of the lines from that depth on
            long[][] carryFrom = new long[lines + 1][1 << k];
            for (int d = lines - 1; d >= 0; d--) {
                long w = r.nextInt(0, 4) == 0 ? 0 : r.nextLong(1, 5_000);
                long whole = r.nextInt(1, 6) * w;
                long[] stock = new long[k];
                for (int n = 0; n < k; n++) {
                    stock[n] = r.nextInt(3) == 0 ? 0 : r.nextInt(0, 6) * w;
                }
                for (int m = 0; m < 1 << k; m++) {
                    long sum = 0;
                    for (int n = 0; n < k; n++) {
                        sum += (m & (1 << n)) != 0 ? stock[n] : 0;
                    }
                    carryFrom[d][m] = carryFrom[d + 1][m] + Math.min(whole, sum);
                }
            }
            LeastCut cuts = new LeastCut(k, carryFrom);
            long[] roomOf = new long[k];
            int tails = 0;
            int depth = 0;
            for (int step = 0; step < 60; step++) {
                // mostly one node's room moves, at the same depth; now and then another depth, the tails, or every room
                int what = r.nextInt(10);
                if (what == 0) {
                    depth = r.nextInt(0, lines + 1);
                } else if (what == 1) {
                    tails ^= 1 << r.nextInt(k);
                } else if (what == 2) {
                    for (int n = 0; n < k; n++) {
                        roomOf[n] = r.nextLong(0, 40_000);
                    }
                } else if (what < 9) {
                    roomOf[r.nextInt(k)] = r.nextInt(4) == 0 ? 0 : r.nextLong(0, 40_000);
                }
                long[] carry = carryFrom[depth];
                long need = carry[(1 << k) - 1];
                cuts.solve(depth, roomOf, tails, need);
                long free = need;
                long any = need;
                for (int cut = 1; cut < 1 << k; cut++) {
                    long room = 0;
                    for (int n = 0; n < k; n++) {
                        room += (cut & (1 << n)) != 0 ? roomOf[n] : 0;
                    }
                    long flow = room + carry[((1 << k) - 1) & ~cut];
                    free = Math.min(free, flow);
                    any = (cut & tails) == 0 ? Math.min(any, flow) : any;
                }
                String at = String.format("trial %d step %d depth %d rooms %s tails %d", trial, step, depth, Arrays.toString(roomOf), tails);
                assertThat(cuts.free()).as(at).isEqualTo(free);
                assertThat(cuts.any()).as(at).isEqualTo(any);
                calls++;
            }
            readBack += calls - cuts.fullPasses();
            calls = 0;
        }
        assertThat(readBack).as("answers read back without a full pass").isGreaterThan(40_000);
    }

    @Test
    void theBoundsReadBackWhatTheyWouldWorkOut() {
        int compared = 0;
        int distinct = 0;
        int nodes = 0;
        int byFloor = 0;
        int kept = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 41);
            for (OrderProblem whole : ReferenceModel.enumerableOrders(seed, Long.MAX_VALUE)) {
                OrderProblem p = RandomLeaves.subset(whole, r);
                if (p == null) {
                    continue;
                }
                Inputs in = new Inputs(p);
                double[] lambda = new double[p.lineCount];
                for (int l = 0; l < p.lineCount; l++) {
                    lambda[l] = r.nextDouble(-1, p.backorderPenalty + 1);
                }
                boolean sums = r.nextBoolean();
                PlacementBound walked = in.placement(sums);
                LeafBound leafWalked = in.leaf(lambda);
                double last = Double.NaN;
                for (int step = 0; step < 400; step++) {
                    in.move(r, step % 50 == 0);
                    int depth = r.nextInt(0, p.lineCount + 1);
                    double enough = r.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble(0, 2 * in.floorFrom[0] + 1);
                    double got = walked.remainderFloor(depth, enough);
                    double fresh = in.placement(sums).remainderFloor(depth, enough);
                    String what = String.format("seed %d order %s step %d depth %d levels %s loads %s", seed, p.order.id(), step, depth,
                            Arrays.toString(in.level), Arrays.toString(in.load));
                    assertThat(Double.doubleToLongBits(got)).as(what + ": " + got + " vs " + fresh).isEqualTo(Double.doubleToLongBits(fresh));
                    assertThat(Double.doubleToLongBits(walked.shortageFloor())).as(what)
                            .isEqualTo(Double.doubleToLongBits(in.placement(sums).shortageFloor()));
                    // the search's decision, floor first, against the whole bound's (the cut drawn around the floor)
                    assertThat(got).as(what).isGreaterThanOrEqualTo(in.floorFrom[depth]);
                    double cut = r.nextDouble(0, 2 * in.floorFrom[0] + 1);
                    double spent = cut - in.floorFrom[depth] * r.nextDouble(0.9, 1.1) - r.nextDouble(-0.5, 0.5);
                    boolean wholeKeeps = spent + in.placement(sums).remainderFloor(depth, cut - spent) < cut;
                    assertThat(walked.below(depth, spent, cut)).as(what + " spent " + spent + " cut " + cut).isEqualTo(wholeKeeps);
                    byFloor += spent + in.floorFrom[depth] >= cut ? 1 : 0;
                    kept += wholeKeeps ? 1 : 0;
                    int d = Math.min(depth, p.lineCount - 1);
                    int s = r.nextInt(0, in.stockists[d].length + 1);
                    int left = r.nextInt(0, p.qty[in.lineAt[d]] + 1);
                    double leaf = leafWalked.remainder(d, s, left);
                    double leafFresh = in.leaf(lambda).remainder(d, s, left);
                    assertThat(Double.doubleToLongBits(leaf)).as(what + " s " + s + " left " + left + ": " + leaf + " vs " + leafFresh)
                            .isEqualTo(Double.doubleToLongBits(leafFresh));
                    // each node's knapsack over its lines from the depth on, against the walk over all its lines (placed ones skipped)
                    int from = r.nextInt(8) == 0 ? -1 : d;
                    for (int n = 0; n < p.nodeCount; n++) {
                        double short_ = leafWalked.node(n, from, s, left, false);
                        double every = in.leaf(lambda).node(n, from, s, left, true);
                        assertThat(Double.doubleToLongBits(short_)).as(what + " node " + n + " from " + from + " s " + s + " left " + left)
                                .isEqualTo(Double.doubleToLongBits(every));
                        nodes++;
                    }
                    distinct += got != last ? 1 : 0;
                    last = got;
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
        assertThat(nodes).isGreaterThan(40_000);
        assertThat(byFloor).as("decided by the floor alone").isGreaterThan(compared / 5);
        assertThat(kept).as("kept by the whole bound").isGreaterThan(compared / 5);
        assertThat(distinct).as("states whose bound moved").isGreaterThan(compared / 4);
    }

    /** A node set's tables as {@link NodeSetSolver} builds them, and the search state the bounds read. */
    private static final class Inputs {
        final OrderProblem p;
        final int k;
        final long lastBreak;
        final double[] perKgAbove;
        final long[][] cap;
        final boolean[][] tailLevel;
        final int[] lineAt;
        final double[] unitFloor;
        final int[][] stockists;
        final int[] shippableUnits;
        final long[] weightFrom;
        final double[] floorFrom;
        final int[] level;
        final long[] capNow;
        final long[] load;

        Inputs(OrderProblem p) {
            this.p = p;
            k = p.nodeCount;
            int lines = p.lineCount;
            int breaks = p.rates.breakCount();
            lastBreak = p.rates.breakAt(breaks - 1);
            perKgAbove = new double[k];
            cap = new long[k][breaks + 1];
            tailLevel = new boolean[k][breaks + 1];
            for (int n = 0; n < k; n++) {
                perKgAbove[n] = p.rates.perKgAboveMax(p.zone[n]);
                for (int j = 0; j < breaks; j++) {
                    cap[n][j] = p.rates.breakAt(j);
                }
                cap[n][breaks] = Long.MAX_VALUE;
                tailLevel[n][breaks] = true;
            }
            lineAt = p.heaviestLinesFirst();
            unitFloor = new double[lines];
            stockists = new int[lines][];
            for (int d = 0; d < lines; d++) {
                int l = lineAt[d];
                stockists[d] = java.util.stream.IntStream.range(0, k).filter(n -> p.avail[n][l] > 0).boxed()
                        .sorted(java.util.Comparator.comparingDouble(n -> p.pick[n])).mapToInt(Integer::intValue).toArray();
                unitFloor[d] = stockists[d].length == 0 ? p.backorderPenalty : Math.min(p.backorderPenalty, p.pick[stockists[d][0]]);
            }
            shippableUnits = new int[lines];
            weightFrom = new long[lines + 1];
            floorFrom = new double[lines + 1];
            for (int d = lines - 1; d >= 0; d--) {
                int l = lineAt[d];
                int shippable = 0;
                for (int n = 0; n < k; n++) {
                    shippable += p.avail[n][l];
                }
                shippableUnits[d] = Math.min(p.qty[l], shippable);
                weightFrom[d] = weightFrom[d + 1] + shippableUnits[d] * p.weight[l];
                floorFrom[d] = floorFrom[d + 1] + shippableUnits[d] * unitFloor[d] + (p.qty[l] - shippableUnits[d]) * p.backorderPenalty;
            }
            level = new int[k];
            capNow = new long[k];
            load = new long[k];
        }

        PlacementBound placement(boolean sums) {
            PlacementBound b = new PlacementBound(p, lineAt, unitFloor, stockists, shippableUnits, weightFrom, floorFrom,
                    lastBreak, perKgAbove, tailLevel, level, capNow, load);
            if (sums) {
                b.useSubsetSums();
            }
            return b;
        }

        LeafBound leaf(double[] lambda) {
            return new LeafBound(p, lambda, lineAt, stockists, lastBreak, perKgAbove, tailLevel, cap, level, load);
        }

        /** One node's load moved (as a search step does), or every node's level and load drawn anew. */
        void move(SplittableRandom r, boolean jump) {
            for (int n = jump ? 0 : r.nextInt(k); n < k; n = jump ? n + 1 : k) {
                if (jump) {
                    level[n] = r.nextInt(0, cap[n].length);
                    capNow[n] = cap[n][level[n]];
                }
                long most = Math.min(2 * lastBreak, capNow[n]);
                load[n] = r.nextInt(3) == 0 ? 0 : r.nextLong(0, most + 1);
            }
        }
    }
}
