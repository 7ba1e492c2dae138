package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.bench.routing.UsPlaces;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random orders whose loads can fill the rate card's weight breaks exactly, with decimal kg
 * weights (hundredths, as the size bench's skus) whose sums and differences in kg leave
 * floating-point residues: 20.0 - 19.78 = 0.21999999999999886, not 0.22. On {@link ReferenceModel#randomSmall}'s
 * orders (weights 0.2 + 0.1 i, 0.5 + 0.25 i, whole kg) {@link LeafBoundTest} passes with the false
 * proof's fix switched off (see {@link LeafBoundExactFitTest}): they do not make that case.
 *
 * <p>Three skus: a units of X and b of Y weigh a break B exactly, drawn (two times in three) so that
 * the kg arithmetic leaves a residue on them, in the sum or in the room left (see {@link #fill}); c
 * units of Z and d of Y weigh another break exactly (or Z is one of a few decimal weights). One node
 * stocks the a + b units (half the time exactly those), the first order asks for them, so plans that
 * fill B exactly exist.
 */
final class ExactBreakOrders {
    /** Decimal weights for Z when no exact fill of the second break is drawn. */
    private static final double[] DECIMALS = {0.1, 0.2, 0.3, 0.7, 0.22, 0.13, 4.87, 19.78, 9.9, 2.35};

    private ExactBreakOrders() {
    }

    static Scenario scenario(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RateCard card = ScenarioGenerator.rateCard();
        List<Double> breaks = card.weightBreaksKg();
        int bigB = hundredths(breaks.get(r.nextInt(breaks.size())));
        int a = r.nextInt(1, 4);
        int b = r.nextInt(1, 3);
        int[] xy = fill(r, bigB, a, b, r.nextInt(3));
        if (xy == null) {
            a = 1;
            xy = fill(r, bigB, 1, b, 2);
        }
        int other = hundredths(breaks.get(r.nextInt(breaks.size())));
        int c = r.nextInt(1, 3);
        int d = r.nextInt(0, 3);
        int rest = other - d * xy[1];
        double z = rest > 0 && rest % c == 0 ? rest / c / 100.0 : DECIMALS[r.nextInt(DECIMALS.length)];
        List<SkuInfo> skus = List.of(new SkuInfo("X", xy[0] / 100.0), new SkuInfo("Y", xy[1] / 100.0), new SkuInfo("Z", z));
        int nodeCount = r.nextInt(1, 4);
        int filler = r.nextInt(nodeCount);
        boolean fillerExact = r.nextBoolean(); // its whole stock of X and Y weighs the break (the Lagrangians' knapsacks take whole stocks)
        List<FulfillmentNode> nodes = new ArrayList<>();
        List<StockLevel> stock = new ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            GeoPoint at = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            nodes.add(new FulfillmentNode("N" + n, NodeType.values()[r.nextInt(3)], at, r.nextInt(0, 6) * 0.75,
                    r.nextInt(0, 4) * 0.15, null));
            for (int s = 0; s < skus.size(); s++) {
                int least = n != filler ? 0 : s == 0 ? a : s == 1 ? b : 0;
                int qty = n == filler && fillerExact && s < 2 ? least : r.nextInt(least, Math.max(least, 3) + 1);
                if (qty > 0) {
                    stock.add(new StockLevel("N" + n, skus.get(s).sku(), qty, 0));
                }
            }
        }
        List<RoutingOrder> orders = new ArrayList<>();
        int orderCount = r.nextInt(1, 3);
        for (int o = 0; o < orderCount; o++) {
            List<OrderLine> lines = new ArrayList<>();
            lines.add(new OrderLine("X", r.nextInt(o == 0 ? a : 1, Math.max(a, 3) + 1)));
            lines.add(new OrderLine("Y", r.nextInt(o == 0 ? b : 1, Math.max(b, 3) + 1)));
            if (r.nextInt(3) > 0) {
                lines.add(new OrderLine("Z", r.nextInt(1, 3)));
            }
            GeoPoint to = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            orders.add(new RoutingOrder("O" + o, to, lines, false, r.nextDouble() < 0.25 ? r.nextInt(1, 3) : null));
        }
        double penalty = new double[] {25, 6, 60}[r.nextInt(3)];
        return new Scenario(card, nodes, skus, stock, orders, penalty);
    }

    /** The orders of {@link #scenario}(seed) with at most {@code maxAssignments} assignments (see {@link ReferenceModel#assignments}). */
    static List<OrderProblem> enumerable(long seed, long maxAssignments) {
        Scenario s = scenario(seed);
        Network net = new Network(s);
        List<OrderProblem> out = new ArrayList<>();
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.nodeCount > 0 && ReferenceModel.assignments(p) <= maxAssignments) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A level for each node of p: with odds 1 in 2 that of a load of its stock weighing exactly a
     * break (when it has one), else that of a random load of its stock, else (1 in 4) any level.
     */
    static int[] levels(OrderProblem p, SplittableRandom r) {
        int tail = p.rates.breakCount();
        int[] levels = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            List<int[]> exact = new ArrayList<>();
            int[] load = new int[p.lineCount];
            exactLoads(p, n, load, 0, exact);
            if (!exact.isEmpty() && r.nextBoolean()) {
                levels[n] = ReferenceModel.levelOf(p, exact.get(r.nextInt(exact.size())));
                continue;
            }
            for (int l = 0; l < p.lineCount; l++) {
                load[l] = r.nextInt(Math.min(p.avail[n][l], p.qty[l]) + 1);
            }
            int at = ReferenceModel.levelOf(p, load);
            levels[n] = at == LevelBound.CLOSED || r.nextInt(4) == 0 ? r.nextInt(0, tail + 1) : at;
        }
        return levels;
    }

    /** Whether some load of node n's stock (within the order's quantities) weighs exactly a break. */
    static boolean fillsABreak(OrderProblem p, int n) {
        List<int[]> exact = new ArrayList<>();
        exactLoads(p, n, new int[p.lineCount], 0, exact);
        return !exact.isEmpty();
    }

    /**
     * Whether the kg arithmetic the bounds use leaves a residue on some exact fill of node n: the room
     * under the break less what it holds, {@code toKg(break) - toKg(part)}, is not {@code toKg(rest)}.
     */
    static boolean leavesAResidue(OrderProblem p, int n) {
        List<int[]> exact = new ArrayList<>();
        exactLoads(p, n, new int[p.lineCount], 0, exact);
        for (int[] load : exact) {
            long total = 0;
            for (int l = 0; l < p.lineCount; l++) {
                total += load[l] * p.weight[l];
            }
            for (int l = 0; l < p.lineCount; l++) {
                long part = total - (long) load[l] * p.weight[l];
                if (load[l] > 0 && part > 0 && RateTable.toKg(total) - RateTable.toKg(part) != RateTable.toKg((long) load[l] * p.weight[l])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some exact fill of node n, summed in kg line by line as {@link LevelBound} and
     * {@link LagrangianBound} sum their knapsacks ({@code usedKg += kg * units}), comes out above its
     * break: their {@code usedKg + all > cap} then calls a load that fits exactly a split.
     */
    static boolean looksOverItsBreak(OrderProblem p, int n) {
        List<int[]> exact = new ArrayList<>();
        exactLoads(p, n, new int[p.lineCount], 0, exact);
        for (int[] load : exact) {
            long total = 0;
            double kg = 0;
            for (int l = 0; l < p.lineCount; l++) {
                total += load[l] * p.weight[l];
                kg += RateTable.toKg(p.weight[l]) * load[l];
            }
            if (kg > RateTable.toKg(total)) {
                return true;
            }
        }
        return false;
    }

    private static void exactLoads(OrderProblem p, int n, int[] load, int l, List<int[]> out) {
        if (l == p.lineCount) {
            long w = 0;
            for (int i = 0; i < p.lineCount; i++) {
                w += load[i] * p.weight[i];
            }
            for (int j = 0; j < p.rates.breakCount() && w > 0; j++) {
                if (w == p.rates.breakAt(j)) {
                    out.add(load.clone());
                }
            }
            return;
        }
        for (int q = 0; q <= Math.min(p.avail[n][l], p.qty[l]); q++) {
            load[l] = q;
            exactLoads(p, n, load, l + 1, out);
        }
        load[l] = 0;
    }

    private static int hundredths(double kg) {
        return (int) Math.round(kg * 100);
    }

    /**
     * Weights x, y (hundredths of a kg, each at least 1) with a x + b y = total, or null when none was
     * drawn. Mode 0: one whose kg sum {@code a kg(x) + b kg(y)} is not {@code kg(total)} (as the
     * Lagrangians' knapsacks add); 1: one where the room left, {@code kg(total) - kg(a x)}, is not b
     * units of y or the other way round (as the leaf's bound divides); 2: any. Modes 0 and 1 fall back to
     * any when none of 200 draws leaves their residue (sums of two such weights seldom do: about 1 in 500).
     */
    private static int[] fill(SplittableRandom r, int total, int a, int b, int mode) {
        int[] any = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            int most = (total - a) / b;
            if (most < 1) {
                return any;
            }
            int y = r.nextInt(1, most + 1);
            int rest = total - b * y;
            if (rest < a || rest % a != 0) {
                continue;
            }
            int x = rest / a;
            if (mode == 2) {
                return new int[] {x, y};
            }
            any = any == null ? new int[] {x, y} : any;
            boolean sumOff = kg(x) * a + kg(y) * b != kg(total);
            boolean roomOff = (kg(total) - kg(a * x)) / kg(y) != b || (kg(total) - kg(b * y)) / kg(x) != a;
            if (mode == 0 ? sumOff : roomOff) {
                return new int[] {x, y};
            }
        }
        return any;
    }

    /** Hundredths of a kg in kg, as the engine converts them (through whole micro-kg). */
    private static double kg(int hundredths) {
        return RateTable.toKg(RateTable.toMicro(hundredths / 100.0));
    }
}
