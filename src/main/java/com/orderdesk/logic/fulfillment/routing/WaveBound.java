package com.orderdesk.logic.fulfillment.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A true lower bound of a wave's cost under shared stock and capacity: a Lagrangian relaxation of
 * the whole wave. The constraints that tie orders together, "the orders take at most the stock of
 * each sku at each node" and "at most the node's shipments", are priced by multipliers mu[node,sku]
 * >= 0 and nu[node] >= 0; each order's own "every unit ships or is backordered" by lambda[order,line]
 * <= penalty, as in {@link LagrangianBound}. For any plan of the wave,
 * <pre>cost >= sum_o L_o(lambda_o; mu, nu) - sum mu x stock - sum nu x capacity</pre>
 * where L_o is the order's relaxation with each unit from node n of sku s dearer by mu[n,s] and each
 * shipment from n dearer by nu[n] (the priced constraints hold in any plan, so the added terms cost
 * at most what they subtract). Subgradient steps raise it; every value reached is a valid bound.
 *
 * <p>Without the shared stock priced, the bound is the sum of what each order costs alone, which
 * measured 43 % under the cost of a scarce wave; pricing the scarce stock is what closes it.
 */
final class WaveBound {
    private static final boolean TRACE = Boolean.getBoolean("wave.trace");
    private static final int STALE = 30;
    private static final double MIN_STEP = 1e-6;
    /** The subgradient's share of the bound's time; the rest re-evaluates its best prices exactly. */
    private static final double SUBGRADIENT_SHARE = Double.parseDouble(System.getProperty("wave.relaxedShare", "0.5"));

    final OrderProblem[] problems;
    final LagrangianBound[] relaxations;
    final double[][] lambda;
    /** Per order: its plan in the wave (null: none), a seed of its priced search. */
    final int[][][] seeds;
    /** Per order: whether its last priced search did not settle. */
    final boolean[] unsettled;
    /** Per order, node and line: the index of its (node, sku) stock, -1 when the node has none. */
    final int[][][] stockKey;
    final double[][][] extraPick;
    final double[][] extraHandling;
    final double[] mu;
    final double[] stock;
    final double[] nu;
    final double[] capacity;
    /** Per order: a proven lower bound of its cost alone (the initial stock to itself, nothing priced). */
    final double[] floor;
    /** At the best value the subgradient reached: each order's term, the stock and shipment prices. */
    double[] bestTerms;
    double[] bestMu;
    double[] bestNu;
    /** Per stock index: its scenario node and sku (to hand the prices back by node and sku). */
    private final int[] keyNode;
    private final int[] keySku;
    private final int skuCount;

    private WaveBound(Network net, List<RoutingOrder> orders, List<int[][]> plans) {
        Network.Stock initial = net.newStock(false);
        Network.Stock withCapacity = net.newStock(true);
        int count = orders.size();
        problems = new OrderProblem[count];
        relaxations = new LagrangianBound[count];
        lambda = new double[count][];
        seeds = new int[count][][];
        unsettled = new boolean[count];
        stockKey = new int[count][][];
        extraPick = new double[count][][];
        extraHandling = new double[count][];
        floor = new double[count];
        java.util.Arrays.fill(floor, Double.NEGATIVE_INFINITY);
        Map<Long, Integer> keys = new HashMap<>();
        java.util.ArrayList<Double> stockList = new java.util.ArrayList<>();
        java.util.ArrayList<Integer> nodeList = new java.util.ArrayList<>();
        java.util.ArrayList<Integer> skuList = new java.util.ArrayList<>();
        skuCount = net.skuIds.length;
        for (int o = 0; o < count; o++) {
            OrderProblem p = OrderProblem.of(net, orders.get(o), initial);
            problems[o] = p;
            stockKey[o] = new int[p.nodeCount][p.lineCount];
            extraPick[o] = new double[p.nodeCount][p.lineCount];
            extraHandling[o] = new double[p.nodeCount];
            for (int n = 0; n < p.nodeCount; n++) {
                for (int l = 0; l < p.lineCount; l++) {
                    if (p.avail[n][l] == 0) {
                        stockKey[o][n][l] = -1;
                        continue;
                    }
                    long key = (long) p.node[n] * net.skuIds.length + p.sku[l];
                    Integer k = keys.get(key);
                    if (k == null) {
                        k = stockList.size();
                        keys.put(key, k);
                        stockList.add((double) initial.available[p.node[n]][p.sku[l]]);
                        nodeList.add(p.node[n]);
                        skuList.add(p.sku[l]);
                    }
                    stockKey[o][n][l] = k;
                }
            }
            int[][] plan = plans == null ? null : plans.get(o);
            // the order's plan, mapped onto this problem's nodes, prices its lines: a good first lambda
            seeds[o] = plan == null ? null : onto(p, plan, net);
            lambda[o] = plan == null ? flat(p) : LinePrices.unitCosts(p, seeds[o]);
            for (int l = 0; l < p.lineCount; l++) {
                lambda[o][l] = Math.min(p.backorderPenalty, lambda[o][l]);
            }
            relaxations[o] = LagrangianBound.priced(p, lambda[o], extraPick[o], extraHandling[o]);
        }
        stock = stockList.stream().mapToDouble(Double::doubleValue).toArray();
        keyNode = nodeList.stream().mapToInt(Integer::intValue).toArray();
        keySku = skuList.stream().mapToInt(Integer::intValue).toArray();
        mu = new double[stock.length];
        capacity = new double[net.nodes.length];
        for (int n = 0; n < capacity.length; n++) {
            capacity[n] = withCapacity.shipmentsLeft[n] == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : withCapacity.shipmentsLeft[n];
        }
        nu = new double[capacity.length];
    }

    /**
     * The bound, raised by subgradient steps aimed at {@code upper} (the wave's cost) until
     * {@code nanos} have passed or the steps stall. {@code plans} (null: none) are the wave's
     * plans per order as x[node of the scenario's node list][line of the order's merged lines],
     * used to start the multipliers; {@code floors} (null: none) a proven lower bound of each
     * order's cost routed alone against the initial stock.
     */
    static Prices of(Network net, List<RoutingOrder> orders, List<int[][]> plans, double[] floors, double upper, long nanos) {
        if (orders.isEmpty()) {
            return new Prices(0, new double[net.nodes.length][net.skuIds.length], new double[net.nodes.length]);
        }
        WaveBound b = new WaveBound(net, orders, plans);
        if (floors != null) {
            System.arraycopy(floors, 0, b.floor, 0, floors.length);
        }
        long start = WaveClock.now();
        double relaxed = b.maximise(upper, start + (long) (nanos * SUBGRADIENT_SHARE));
        if (TRACE) {
            System.err.printf("bound relaxed: %.2f, cpu %.2f s%n", relaxed, WaveClock.now() / 1e9);
        }
        double exact = b.bestTerms == null ? Double.NEGATIVE_INFINITY : new WaveExactSteps(b).run(upper, start + nanos);
        return b.prices(Math.max(relaxed, exact));
    }

    /**
     * The wave's Lagrangian at given prices {@code at} (a shipment price where the node has no
     * capacity is dropped), each order's term from one exact pass ({@link WaveExactSteps}): valid
     * whatever the prices. With how many orders did not settle and how far their plans lie above.
     */
    static Certified certifiedAt(Network net, List<RoutingOrder> orders, List<int[][]> plans, double[] floors, Prices at, long nanos) {
        WaveBound b = new WaveBound(net, orders, plans);
        if (floors != null) {
            System.arraycopy(floors, 0, b.floor, 0, floors.length);
        }
        for (int k = 0; k < b.mu.length; k++) {
            b.mu[k] = Math.max(0, at.stock()[b.keyNode[k]][b.keySku[k]]);
        }
        for (int n = 0; n < b.nu.length; n++) {
            b.nu[n] = b.capacity[n] == Double.POSITIVE_INFINITY ? 0 : Math.max(0, at.shipment()[n]);
        }
        b.reprice();
        b.bestMu = b.mu.clone();
        b.bestNu = b.nu.clone();
        b.bestTerms = new double[orders.size()];
        for (int o = 0; o < orders.size(); o++) {
            b.bestTerms[o] = Math.max(b.relaxations[o].evaluateAtCurrent(), b.floor[o]);
        }
        WaveExactSteps steps = new WaveExactSteps(b);
        double value = steps.pass(WaveClock.now() + nanos);
        return new Certified(value, steps.lastUnsettled, steps.lastGap);
    }

    /** A Lagrangian value at given prices, the orders not settled there, and their plans' distance above their terms. */
    record Certified(double value, int unsettled, double gap) {
    }

    /**
     * The bound's value and the prices where it was reached: {@code stock[node][sku]} per unit of
     * a node's stock (0 where nothing is short), {@code shipment[node]} per shipment. A plan that
     * pays them is what the relaxation thinks each order should do with the stock the wave lacks.
     */
    record Prices(double value, double[][] stock, double[] shipment) {
    }

    private Prices prices(double value) {
        double[][] byNode = new double[nu.length][skuCount];
        double[] m = bestMu == null ? mu : bestMu;
        for (int k = 0; k < m.length; k++) {
            byNode[keyNode[k]][keySku[k]] = m[k];
        }
        return new Prices(value, byNode, (bestNu == null ? nu : bestNu).clone());
    }

    private double maximise(double upper, long deadline) {
        double best = Double.NEGATIVE_INFINITY;
        double step = 1.0;
        int stale = 0;
        double[] usage = new double[stock.length];
        double[] opens = new double[capacity.length];
        double[] terms = new double[problems.length];
        double[][] gLambda = new double[problems.length][];
        for (int o = 0; o < problems.length; o++) {
            gLambda[o] = new double[problems[o].lineCount];
        }
        while (WaveClock.now() < deadline && step >= MIN_STEP) {
            java.util.Arrays.fill(usage, 0);
            java.util.Arrays.fill(opens, 0);
            double value = 0;
            double norm = 0;
            for (int o = 0; o < problems.length; o++) {
                OrderProblem p = problems[o];
                LagrangianBound lb = relaxations[o];
                // prices only add to what a plan costs, so the order's priced optimum is at least
                // its optimum alone: a floor under its relaxation
                terms[o] = Math.max(lb.evaluateAtCurrent(), floor[o]);
                value += terms[o];
                double[] g = gLambda[o];
                for (int l = 0; l < p.lineCount; l++) {
                    g[l] = p.qty[l];
                }
                for (int n = 0; n < p.nodeCount; n++) {
                    if (!lb.counted(n)) {
                        continue;
                    }
                    opens[p.node[n]]++;
                    double[] load = lb.loadOf(n);
                    for (int l = 0; l < p.lineCount; l++) {
                        if (load[l] > 0) {
                            g[l] -= load[l];
                            usage[stockKey[o][n][l]] += load[l];
                        }
                    }
                }
                for (int l = 0; l < p.lineCount; l++) {
                    if (lambda[o][l] >= p.backorderPenalty && g[l] > 0) {
                        g[l] = 0;
                    }
                    norm += g[l] * g[l];
                }
            }
            value -= linkingRows(usage, opens);
            norm += squares(usage) + squares(opens);
            if (value > best + 1e-9) {
                best = value;
                bestTerms = terms.clone();
                bestMu = mu.clone();
                bestNu = nu.clone();
                stale = 0;
            } else if (++stale >= STALE) {
                step /= 2;
                stale = 0;
            }
            if (best >= upper - ExactOrderSolver.EPS || norm < 1e-12) {
                break;
            }
            double t = step * Math.max(upper - value, 1e-6 * Math.abs(upper)) / norm;
            for (int o = 0; o < problems.length; o++) {
                double cap = problems[o].backorderPenalty;
                for (int l = 0; l < lambda[o].length; l++) {
                    lambda[o][l] = Math.min(cap, lambda[o][l] + t * gLambda[o][l]);
                }
            }
            for (int k = 0; k < stock.length; k++) {
                mu[k] = Math.max(0, mu[k] + t * usage[k]);
            }
            for (int n = 0; n < capacity.length; n++) {
                nu[n] = Math.max(0, nu[n] + t * opens[n]);
            }
            reprice();
        }
        return Math.max(0, best);
    }

    /**
     * The shared rows' part of the Lagrangian and of its subgradient: turns {@code usage} (units per
     * node and sku) and {@code opens} (shipments per node) into usage minus stock and shipments
     * minus capacity, zero where the price is 0 and the row has room (the price cannot fall below
     * 0), and returns what the prices subtract from the bound: sum mu x stock + sum nu x capacity.
     */
    double linkingRows(double[] usage, double[] opens) {
        double priced = 0;
        for (int k = 0; k < stock.length; k++) {
            priced += mu[k] * stock[k];
            usage[k] -= stock[k];
            if (mu[k] <= 0 && usage[k] < 0) {
                usage[k] = 0;
            }
        }
        for (int n = 0; n < capacity.length; n++) {
            if (capacity[n] == Double.POSITIVE_INFINITY) {
                opens[n] = 0;
                continue;
            }
            priced += nu[n] * capacity[n];
            opens[n] -= capacity[n];
            if (nu[n] <= 0 && opens[n] < 0) {
                opens[n] = 0;
            }
        }
        return priced;
    }

    static double squares(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d * d;
        }
        return sum;
    }

    /** Copies mu and nu into each order's priced relaxation. */
    void reprice() {
        for (int o = 0; o < problems.length; o++) {
            OrderProblem p = problems[o];
            for (int n = 0; n < p.nodeCount; n++) {
                extraHandling[o][n] = nu[p.node[n]];
                int[] keys = stockKey[o][n];
                double[] extra = extraPick[o][n];
                for (int l = 0; l < p.lineCount; l++) {
                    extra[l] = keys[l] < 0 ? 0 : mu[keys[l]];
                }
            }
        }
    }

    private static double[] flat(OrderProblem p) {
        double[] lambda = new double[p.lineCount];
        java.util.Arrays.fill(lambda, p.backorderPenalty / 2);
        return lambda;
    }

    /** A wave plan given per scenario node, mapped onto the candidate nodes of p (units of other nodes dropped). */
    private static int[][] onto(OrderProblem p, int[][] plan, Network net) {
        int[][] x = p.emptyAssignment();
        for (int n = 0; n < p.nodeCount; n++) {
            int[] row = plan[p.node[n]];
            for (int l = 0; l < p.lineCount; l++) {
                x[n][l] = Math.min(row[l], p.avail[n][l]);
            }
        }
        return x;
    }
}
