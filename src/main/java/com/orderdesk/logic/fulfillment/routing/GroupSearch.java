package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batch mode's searches over groups of orders ({@link BatchOptimizer} steps 2 and 4): pairs of
 * orders competing for the same skus, and a large-neighbourhood search over groups of up to six,
 * each group released and re-routed exactly in a few sequences, a saving kept. Works on the
 * optimiser's arrays (each order's problem, plan, cost and whether it is proven), shared.
 */
final class GroupSearch {
    private static final double TOLERANCE = 0.005;
    private static final int MAX_RIVALS = 24;
    /** Large-neighbourhood search: groups of up to this many orders, re-routed in this many sequences, this many groups per order. */
    private static final int GROUP = 6;
    private static final int SEQUENCES = 3;
    /**
     * 40 groups per order: at 10 the 300-order scarce wave stopped at 13,970.02 (0.39 % above
     * SCIP's best plan, 13,916.00) with time to spare; at 40, 13,923.17 (+0.05 %), at 100 13,922.89.
     */
    private static final int GROUPS_PER_ORDER = 40;

    /** Search visits per order routed at the prices (its plan is taken even when the search is cut). */
    private static final long PRICED_VISITS = 20_000;

    private final Network net;
    private final List<RoutingOrder> orders;
    private final java.util.function.Function<OrderProblem, SolveResult> solver;
    private final OrderProblem[] problem;
    private final int[][][] x;
    private final double[] cost;
    private final boolean[] optimal;
    private WaveBound.Prices prices;
    /** The groups' draws, fixed seed; one stream over every round of groups. */
    private final java.util.Random random = new java.util.Random(17);
    /** Rounds of groups before this one: each round draws groups of up to two orders more. */
    private int rounds = -1;
    /** Per order: its optimum alone against the initial stock, a floor under its cost in any wave plan. */
    private double[] alone;

    GroupSearch(Network net, List<RoutingOrder> orders, java.util.function.Function<OrderProblem, SolveResult> solver,
                OrderProblem[] problem, int[][][] x, double[] cost, boolean[] optimal) {
        this.net = net;
        this.orders = orders;
        this.solver = solver;
        this.problem = problem;
        this.x = x;
        this.cost = cost;
        this.optimal = optimal;
    }

    /** The wave bound's prices, for the neighbourhoods' priced sequences (null: none). */
    void usePrices(WaveBound.Prices prices) {
        this.prices = prices;
    }

    private void place(int i, Network.Stock stock, boolean priced) {
        if (!priced) {
            place(i, stock);
            return;
        }
        problem[i] = OrderProblem.of(net, orders.get(i), stock);
        x[i] = pricedPlan(problem[i], prices, 1.0);
        cost[i] = problem[i].cost(x[i]);
        optimal[i] = false;
        stock.apply(problem[i], x[i], +1);
    }

    /** Order i routed exactly against {@code stock}, which its plan then takes. */
    void place(int i, Network.Stock stock) {
        problem[i] = OrderProblem.of(net, orders.get(i), stock);
        SolveResult r = solver.apply(problem[i]);
        x[i] = r.x();
        cost[i] = r.cost();
        optimal[i] = r.optimal();
        stock.apply(problem[i], x[i], +1);
    }

    private Map<String, List<Integer>> ordersBySku() {
        Map<String, List<Integer>> bySku = new HashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            for (OrderLine line : orders.get(i).lines()) {
                List<Integer> list = bySku.computeIfAbsent(line.sku(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        return bySku;
    }

    /** Where the pairs' sweep stopped (the next call goes on from there); orders swept since the last saving. */
    private int pairCursor;
    private int sweptWithoutSaving;

    /**
     * Pairs of rivals released and re-routed exactly, order by order from where the last call
     * stopped, until {@code deadline} or a whole sweep saves nothing; returns whether that happened.
     */
    boolean improvePairs(Network.Stock stock, double[] alone, long deadline) {
        this.alone = alone;
        Map<String, List<Integer>> bySku = ordersBySku();
        int count = orders.size();
        while (sweptWithoutSaving < count && WaveClock.now() < deadline) {
            int o = pairCursor;
            pairCursor = (pairCursor + 1) % count;
            sweptWithoutSaving++;
            if (cost[o] <= alone[o] + TOLERANCE) {
                continue;
            }
            for (int rival : rivals(o, bySku)) {
                if (tryPair(o, rival, stock)) {
                    sweptWithoutSaving = 0;
                }
                if (cost[o] <= alone[o] + TOLERANCE || WaveClock.now() >= deadline) {
                    break;
                }
            }
        }
        return sweptWithoutSaving >= count;
    }


    /**
     * The pairs' sweep when it completes by {@code deadline} (every order's pairs tried, the last
     * whole sweep saving nothing); otherwise every order's plan and {@code stock} are put back as
     * they were and false returned. On a wave whose pairs are quick (300 orders: 0.5 s of 20) they
     * leave the local search its best start; on the 1,000-order wave they would take 10 s for 1,600
     * and the local search started from their partial result ends dearer (175,276-175,687 before
     * the bound, against 174,943 when it starts from the sequences and the pairs come after it).
     */
    boolean improvePairsIfQuick(Network.Stock stock, double[] alone, long deadline) {
        OrderProblem[] savedProblem = problem.clone();
        int[][][] savedX = x.clone();
        double[] savedCost = cost.clone();
        boolean[] savedOptimal = optimal.clone();
        int cursor = pairCursor;
        int swept = sweptWithoutSaving;
        if (improvePairs(stock, alone, deadline)) {
            return true;
        }
        for (int o = 0; o < problem.length; o++) {
            if (problem[o] != savedProblem[o] || x[o] != savedX[o]) {
                stock.apply(problem[o], x[o], -1);
                stock.apply(savedProblem[o], savedX[o], +1);
            }
        }
        System.arraycopy(savedProblem, 0, problem, 0, problem.length);
        System.arraycopy(savedX, 0, x, 0, x.length);
        System.arraycopy(savedCost, 0, cost, 0, cost.length);
        System.arraycopy(savedOptimal, 0, optimal, 0, optimal.length);
        pairCursor = cursor;
        sweptWithoutSaving = swept;
        return false;
    }

    private Set<Integer> rivals(int o, Map<String, List<Integer>> bySku) {
        Set<Integer> rivals = new LinkedHashSet<>();
        for (OrderLine line : orders.get(o).lines()) {
            for (int other : bySku.get(line.sku())) {
                if (other != o && rivals.size() < MAX_RIVALS) {
                    rivals.add(other);
                }
            }
        }
        return rivals;
    }

    /** Releases both orders, re-routes them exactly in both orders of arrival, keeps a saving. */
    private boolean tryPair(int a, int b, Network.Stock stock) {
        return tryGroup(new int[] {a, b}, List.of(new int[] {a, b}, new int[] {b, a}), 2, stock);
    }

    /**
     * Releases the orders of {@code group}, re-routes them exactly one after the other in each of
     * the given sequences, and keeps the cheapest when it saves; otherwise puts them back. The
     * sequences from index {@code pricedFrom} on route each order at the wave bound's prices.
     */
    private boolean tryGroup(int[] group, List<int[]> sequences, int pricedFrom, Network.Stock stock) {
        int k = group.length;
        double before = 0;
        OrderProblem[] savedProblem = new OrderProblem[k];
        int[][][] savedX = new int[k][][];
        double[] savedCost = new double[k];
        boolean[] savedOptimal = new boolean[k];
        for (int j = 0; j < k; j++) {
            int o = group[j];
            before += cost[o];
            savedProblem[j] = problem[o];
            savedX[j] = x[o];
            savedCost[j] = cost[o];
            savedOptimal[j] = optimal[o];
            stock.apply(problem[o], x[o], -1);
        }
        double bestAfter = Double.POSITIVE_INFINITY;
        int best = -1;
        double floorOfAll = 0;
        for (int o : group) {
            floorOfAll += alone[o];
        }
        for (int q = 0; q < sequences.size(); q++) {
            int[] sequence = sequences.get(q);
            double after = 0;
            double floorLeft = floorOfAll;
            int placed = 0;
            // each order costs at least its optimum alone (the stock only shrinks): a sequence that
            // cannot beat the best so far is abandoned, which saves most of the exact searches
            while (placed < k && after + floorLeft < Math.min(before, bestAfter) - TOLERANCE) {
                int o = sequence[placed++];
                place(o, stock, q >= pricedFrom);
                after += cost[o];
                floorLeft -= alone[o];
            }
            for (int j = placed - 1; j >= 0; j--) {
                stock.apply(problem[sequence[j]], x[sequence[j]], -1);
            }
            if (placed < k) {
                continue;
            }
            if (after < bestAfter) {
                bestAfter = after;
                best = q;
            }
        }
        if (bestAfter < before - TOLERANCE) {
            for (int o : sequences.get(best)) {
                place(o, stock, best >= pricedFrom);
            }
            return true;
        }
        for (int j = 0; j < k; j++) {
            int o = group[j];
            problem[o] = savedProblem[j];
            x[o] = savedX[j];
            cost[o] = savedCost[j];
            optimal[o] = savedOptimal[j];
            stock.apply(problem[o], x[o], +1);
        }
        return false;
    }

    /**
     * Large-neighbourhood search: an order that pays more than alone is released with a few of
     * its rivals for the same skus (drawn at random, fixed seed), and the group re-routed exactly
     * in a few random sequences; a saving is kept. It finds what pairs and single moves miss: a
     * chain of orders each giving up its place to the next. A fixed number of groups per order,
     * so that a busy machine changes the plan only when the time runs out.
     */
    void neighbourhoods(Network.Stock stock, double[] alone, long until) {
        rounds++;
        this.alone = alone;
        Map<String, List<Integer>> bySku = ordersBySku();
        int count = orders.size();
        for (int g = 0; g < GROUPS_PER_ORDER * count && WaveClock.now() < until; g++) {
            int o = random.nextInt(count);
            if (cost[o] <= alone[o] + TOLERANCE) {
                continue;
            }
            List<Integer> rivals = new ArrayList<>(rivals(o, bySku));
            java.util.Collections.shuffle(rivals, random);
            int size = Math.min(rivals.size(), 2 + random.nextInt(GROUP - 2 + 2 * rounds));
            int[] group = new int[size + 1];
            group[0] = o;
            for (int j = 0; j < size; j++) {
                group[j + 1] = rivals.get(j);
            }
            List<int[]> sequences = new ArrayList<>();
            for (int q = 0; q < SEQUENCES; q++) {
                int[] sequence = group.clone();
                for (int j = sequence.length - 1; j > 0; j--) {
                    int r = random.nextInt(j + 1);
                    int t = sequence[j];
                    sequence[j] = sequence[r];
                    sequence[r] = t;
                }
                sequences.add(sequence);
            }
            if (prices != null) {
                sequences.add(sequences.get(0)); // the same sequence again, each order routed at the prices
            }
            tryGroup(group, sequences, SEQUENCES, stock);
        }
    }

    /** The order's least-cost plan with {@code scale} times the prices added (ship-complete orders: their least-cost plan). */
    static int[][] pricedPlan(OrderProblem p, WaveBound.Prices prices, double scale) {
        if (p.shipComplete) {
            return ShipCompleteSolver.plans(p).get(0).x();
        }
        double[][] extra = new double[p.nodeCount][p.lineCount];
        double[] handling = new double[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            handling[n] = scale * prices.shipment()[p.node[n]];
            for (int l = 0; l < p.lineCount; l++) {
                extra[n][l] = scale * prices.stock()[p.node[n]][p.sku[l]];
            }
        }
        return new ExactOrderSolver(p.priced(extra, handling), PRICED_VISITS).solve().x();
    }
}
