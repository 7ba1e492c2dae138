package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimiser of one order: branch and bound over node sets, then over the assignment.
 *
 * <p>Outer level: node sets S are enumerated by a depth-first search (each set solved when
 * first reached, then its supersets; measured better than size by size) over the candidate nodes ranked by their Lagrangian value (or by how cheaply each ships the
 * order alone), every branch (S plus any later nodes) cut as soon as {@link SetBound} or the
 * Lagrangian shows it cannot beat the incumbent. In the round that solves sets of size k, a
 * branch of c nodes must still add k - c: its Lagrangian bound counts the next k - c node values
 * whatever their sign, and since that bound rises along the ranks, the first branch it cuts ends
 * the loop (20 lines over 200 nodes: set-enumeration visits 4.3 M -> 25 k on the worst order). Inner level: for each surviving S,
 * {@link NodeSetSolver} finds the cheapest plan that ships from S only (quantities may
 * be split across S, the rest backordered). Every plan is some S's plan, so the minimum over
 * all S is the optimum; the search is exact unless the visit budget runs out (then
 * {@code optimal = false} with the best plan found). Seeds (each node alone, a greedy cover,
 * nearest first) give the first incumbent.
 *
 * <p>With {@code keep > 1} it keeps the best plan of the {@code keep} cheapest node sets, which is
 * what an explanation lists as alternatives.
 */
final class NodeSetSearch {
    /**
     * Sets of at least this many nodes get their own Lagrangian bound before they are solved, with
     * this many steps, aimed this share past the limit. (4 and aimed at the limit until December
     * 2026; 3 and 2 % past it: on the slowest 20-line order over 200 nodes, 87 -> 9 sets solved
     * and 98 -> 50 ms; 2 cost more bounds than the solves it saved at 10 lines.)
     */
    private static final int OWN_BOUND_FROM = 3;
    private static final int OWN_BOUND_STEPS = 30;
    private static final double OWN_BOUND_AIM = 0.02;
    private final OrderProblem p;
    private final long budget;
    private final int keep;
    private final int[] rank;
    private final int[] rankOf;
    private final SetBound bound;
    private final int[] chosen;
    private int chosenCount;
    private long visits;
    private boolean aborted;
    private double threshold = Double.POSITIVE_INFINITY;
    private final Map<String, SolveResult> bySet = new HashMap<>();

    private NodeSetSearch(OrderProblem p, long budget, int keep) {
        this(p, budget, keep, null);
    }

    /** Nodes ranked by {@code score} (lowest first), or by the cost of shipping the order alone. */
    private NodeSetSearch(OrderProblem p, long budget, int keep, double[] score) {
        this.p = p;
        this.budget = budget;
        this.keep = keep;
        double[] alone = new double[p.nodeCount];
        Integer[] order = new Integer[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            alone[n] = score != null ? score[n] : PlanSeeds.aloneCost(p, n);
            order[n] = n;
        }
        Arrays.sort(order, Comparator.comparingDouble(n -> alone[n]));
        rank = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        rankOf = new int[p.nodeCount];
        for (int i = 0; i < rank.length; i++) {
            rankOf[rank[i]] = i;
        }
        bound = new SetBound(p, rankOf);
        chosen = new int[p.nodeCount];
    }

    /** The minimum-cost plan of the order. */
    static SolveResult optimum(OrderProblem p, long budget) {
        return best(p, budget, 1).get(0);
    }

    /**
     * A plan cheaper than {@code limit} (x null when none), using the Lagrangian node values
     * {@code phi} (per node of p; null: none) as an extra bound; the proof holds when the search completes.
     */
    static SolveResult below(OrderProblem p, long budget, double limit, double lagConstant, double[] phi,
                             double[] lambda) {
        NodeSetSearch search = new NodeSetSearch(p, budget, 1, phi);
        search.threshold = limit;
        search.lambda = lambda;
        if (phi != null) {
            search.phi = phi;
            search.lagConstant = lagConstant;
            search.negativeFrom = new double[p.nodeCount + 1];
            for (int j = p.nodeCount - 1; j >= 0; j--) {
                search.negativeFrom[j] = search.negativeFrom[j + 1] + Math.min(0, phi[search.rank[j]]);
            }
            search.phiBefore = new double[p.nodeCount + 1];
            for (int j = 0; j < p.nodeCount; j++) {
                search.phiBefore[j + 1] = search.phiBefore[j] + phi[search.rank[j]];
            }
        }
        search.bySize();
        SolveResult found = search.bySet.values().stream().findFirst().orElse(null);
        return found == null ? new SolveResult(null, limit, !search.aborted)
                : new SolveResult(found.x(), found.cost(), !search.aborted);
    }

    private double[] phi;
    /** The order's Lagrangian multipliers (null: none), the start of each large set's own bound. */
    private double[] lambda;
    /** Only sets of exactly this size are solved (0: every set reached); whether the enumeration reached that size. */
    private int solveSize;
    private boolean deeper;
    private double lagConstant;
    private double[] negativeFrom;
    /** phiBefore[j]: the sum of phi over the nodes of rank < j. */
    private double[] phiBefore;

    /**
     * Lagrangian bound of every plan whose node set is the chosen nodes plus at least {@code need}
     * nodes of rank >= restFrom: ranks follow phi upwards, so the cheapest such addition is the
     * next {@code need} nodes (whatever their sign) and then every further negative one.
     */
    private double lagrangian(int restFrom, int need) {
        if (phi == null) {
            return Double.NEGATIVE_INFINITY;
        }
        int from = Math.min(restFrom, p.nodeCount);
        if (from + need > p.nodeCount) {
            return Double.POSITIVE_INFINITY; // too few nodes left to reach the size
        }
        double v = lagConstant + phiBefore[from + need] - phiBefore[from] + negativeFrom[from + need];
        for (int i = 0; i < chosenCount; i++) {
            v += phi[chosen[i]];
        }
        return v;
    }

    /** Nodes still to add before the chosen set reaches the size being solved (0: none). */
    private int need() {
        return solveSize > 0 ? Math.max(0, solveSize - chosenCount) : 0;
    }

    /** The bound of the chosen set itself (no node added). */
    private double setBound() {
        double lag = lagrangian(p.nodeCount, 0);
        if (lag >= threshold - ExactOrderSolver.EPS) {
            return lag;
        }
        return Math.max(lag, bound.lowerBound(chosen, chosenCount, p.nodeCount));
    }

    /** The cheapest plans of the {@code keep} cheapest node sets, cheapest first. */
    static List<SolveResult> best(OrderProblem p, long budget, int keep) {
        return best(p, budget, keep, null);
    }

    /** As above, with {@code known} (a plan, e.g. the proven optimum; null: none) among the first incumbents. */
    static List<SolveResult> best(OrderProblem p, long budget, int keep, int[][] known) {
        if (p.shipComplete) {
            List<SolveResult> all = ShipCompleteSolver.plans(p);
            return all.subList(0, Math.min(keep, all.size()));
        }
        NodeSetSearch search = new NodeSetSearch(p, budget, keep);
        for (int[][] seed : PlanSeeds.seeds(p)) {
            search.offer(seed, p.cost(seed));
        }
        if (known != null) {
            search.offer(known, p.cost(known));
        }
        return search.run(keep);
    }

    /** The node set plan x ships from, as a key (sets compare equal when their nodes do). */
    static String nodeSetKey(OrderProblem p, int[][] x) {
        int[] set = new int[p.nodeCount];
        int count = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                if (x[n][l] > 0) {
                    set[count++] = n;
                    break;
                }
            }
        }
        return key(set, count);
    }

    private List<SolveResult> run(int keep) {
        NodeSetSearch search = this;
        search.bySize();
        List<SolveResult> found = new ArrayList<>(search.bySet.values());
        found.sort(Comparator.comparingDouble(SolveResult::cost));
        List<SolveResult> out = new ArrayList<>();
        for (SolveResult r : found.subList(0, Math.min(keep, found.size()))) {
            out.add(new SolveResult(r.x(), r.cost(), !search.aborted));
        }
        return out;
    }

    /**
     * Sets by rising size (iterative deepening): small sets are cheap to solve and their plans cut
     * the large sets, whose break vectors are many, before those are reached.
     */
    private void bySize() {
        int most = Math.min(p.maxShipments, p.nodeCount);
        for (int size = 1; size <= most && !aborted; size++) {
            solveSize = size;
            deeper = false;
            enumerateDepthFirst(0);
            if (!deeper) {
                break; // no set of this size got past the bounds, so no larger one will
            }
        }
    }

    /** Depth-first over the ranked nodes: the sets of the current size are solved when reached. */
    private void enumerateDepthFirst(int from) {
        if (chosenCount > 0 && (solveSize == 0 || chosenCount == solveSize) && setBound() < limitForChosen()) {
            solveChosen();
        }
        if (chosenCount >= p.maxShipments) {
            return;
        }
        if (solveSize > 0 && chosenCount >= solveSize) {
            deeper = true; // a set of the current size passed its bounds: larger ones may too
            return;
        }
        for (int j = from; j < p.nodeCount && !aborted; j++) {
            if (++visits > budget || OrderDeadline.passed(visits)) {
                aborted = true;
                return;
            }
            chosen[chosenCount++] = rank[j];
            double lag = lagrangian(j + 1, need());
            if (lag >= threshold - ExactOrderSolver.EPS) {
                // the Lagrangian bound only rises along the ranks (they follow phi upwards): no later node can pass
                chosenCount--;
                break;
            }
            if (bound.lowerBound(chosen, chosenCount, j + 1) < threshold - ExactOrderSolver.EPS) {
                enumerateDepthFirst(j + 1);
            }
            chosenCount--;
        }
    }

    private double limitForChosen() {
        SolveResult known = bySet.get(key(chosen, chosenCount));
        double limit = known == null ? threshold : Math.min(threshold, known.cost());
        return limit - ExactOrderSolver.EPS;
    }

    private void solveChosen() {
        int[] set = Arrays.copyOf(chosen, chosenCount);
        OrderProblem q = p.restrictedTo(set, set.length);
        if (lambda != null && set.length >= OWN_BOUND_FROM) {
            // the set's own Lagrangian bound (every node ships) rules out most large sets in microseconds
            double cut = limitForChosen();
            // aimed past the limit, stopped once it reaches it: aimed at the limit itself, the steps
            // shrank with the distance left and many sets ended a hair under it (unsolved)
            LagrangianBound own = LagrangianBound.everyNodeShips(q, cut + OWN_BOUND_AIM * Math.abs(cut),
                    cut + ExactOrderSolver.EPS, OWN_BOUND_STEPS, lambda);
            visits += OWN_BOUND_STEPS * set.length;
            if (own.value >= cut) {
                return;
            }
        }
        NodeSetSolver inner = new NodeSetSolver(q, budget - visits);
        SolveResult r = inner.solve(limitForChosen());
        visits += inner.visits();
        if (inner.aborted()) {
            aborted = true;
        }
        if (r.x() != null) {
            int[][] x = p.emptyAssignment();
            for (int i = 0; i < set.length; i++) {
                x[set[i]] = r.x()[i].clone();
            }
            offer(x, r.cost());
        }
    }

    private void offer(int[][] x, double cost) {
        if (cost >= threshold - ExactOrderSolver.EPS && keep == 1) {
            return;
        }
        String key = key(x);
        SolveResult known = bySet.get(key);
        if (known != null && known.cost() <= cost + ExactOrderSolver.EPS || cost >= threshold - ExactOrderSolver.EPS) {
            return;
        }
        bySet.put(key, new SolveResult(x, cost, false));
        if (keep == 1) {
            bySet.keySet().removeIf(k -> !k.equals(key));
            threshold = cost;
        } else if (bySet.size() >= keep) {
            double[] costs = bySet.values().stream().mapToDouble(SolveResult::cost).sorted().toArray();
            threshold = costs[keep - 1];
            bySet.values().removeIf(r -> r.cost() > threshold + ExactOrderSolver.EPS);
        }
    }

    private String key(int[][] x) {
        return nodeSetKey(p, x);
    }

    private static String key(int[] set, int count) {
        int[] sorted = Arrays.copyOf(set, count);
        Arrays.sort(sorted);
        return Arrays.toString(sorted);
    }
}
