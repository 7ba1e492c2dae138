package com.orderdesk.logic.fulfillment.routing;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.List;

/**
 * Which relaxation closes a large order's root gap (test scope, a measuring tool): per order of the
 * size bench, the convex-hull LP (GLOP; the Lagrangian dual's limit), that LP with per-line node-count
 * covers (a line no k nodes' stock covers ships from k + 1 or backorders), the LP with exactly k nodes
 * open for k = 1..10, and SCIP on the hull with the levels whole and the units fractional (its bound:
 * how much of the gap the nodes' levels hold, the units' wholeness left out). Run with the test
 * classpath ({@code mvn dependency:build-classpath}: OR-Tools is test scope):
 * {@code java -cp target/test-classes:target/classes:CP ...RelaxProbe lines nodes orders i,j,... [scipSeconds]}
 * ({@code -Dprobe.print=true} prints the hull's open nodes and the lines they share).
 */
final class RelaxProbe {
    static {
        Loader.loadNativeLibraries();
    }

    private RelaxProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        List<String> only = Arrays.asList(args[3].split(","));
        double mipSeconds = args.length > 4 ? Double.parseDouble(args[4]) : 60;
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        for (int i = 0; i < orders; i++) {
            if (!only.contains(Integer.toString(i))) {
                continue;
            }
            RoutingOrder o = s.orders().get(i);
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            long t0 = System.nanoTime();
            double hull = lp(p, false, Boolean.getBoolean("probe.print"));
            double hullMs = (System.nanoTime() - t0) / 1e6;
            double covers = lp(p, true, false);
            double levelsWhole = mipSeconds > 0 ? solve(p, false, mipSeconds, "SCIP", Boolean.getBoolean("probe.print")) : Double.NaN;
            StringBuilder byK = new StringBuilder();
            for (int k = 1; k <= 10; k++) {
                double v;
                try {
                    v = solve(p, false, 0, "GLOP", false, k, k);
                } catch (IllegalStateException e) {
                    v = Double.NaN;
                }
                byK.append(String.format(" k=%d %.2f", k, v));
            }
            System.out.println("   LP with exactly k open:" + byK);
            System.out.printf("%3d hull LP %.2f (%.0f ms) | + line covers %.2f | levels whole, units fractional (SCIP) %.2f%n", i, hull, hullMs,
                    covers, levelsWhole);
        }
    }

    /** The hull LP (see HullRelaxationTest), optionally with per-line node-count covers; prints its open nodes when asked. */
    static double lp(OrderProblem p, boolean covers, boolean print) {
        return solve(p, covers, 0, "GLOP", print);
    }

    static double solve(OrderProblem p, boolean covers, double seconds, String solver, boolean print) {
        return solve(p, covers, seconds, solver, print, 0, Integer.MAX_VALUE);
    }

    static double solve(OrderProblem p, boolean covers, double seconds, String solver, boolean print, int minOpen, int maxOpen) {
        MPSolver s = MPSolver.createSolver(solver);
        boolean ints = !solver.equals("GLOP");
        if (ints) {
            s.setTimeLimit((long) (seconds * 1000));
            s.setSolverSpecificParametersAsString(System.getProperty("probe.scip", ""));
        }
        MPVariable[][][] xs = new MPVariable[p.nodeCount][p.rates.breakCount() + 1][p.lineCount];
        MPObjective c = s.objective();
        c.setMinimization();
        RateTable t = p.rates;
        int breaks = t.breakCount();
        long last = t.breakAt(breaks - 1);
        MPConstraint[] demand = new MPConstraint[p.lineCount];
        MPVariable[] b = new MPVariable[p.lineCount];
        MPConstraint[] cover = new MPConstraint[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            demand[l] = s.makeConstraint(p.qty[l], p.qty[l]);
            b[l] = s.makeNumVar(0, p.qty[l], "b" + l);
            demand[l].setCoefficient(b[l], 1);
            c.setCoefficient(b[l], p.backorderPenalty);
            if (covers) {
                // k: the fewest nodes whose stock covers the line; fewer open stockists means a unit backordered
                int[] a = new int[p.nodeCount];
                for (int n = 0; n < p.nodeCount; n++) {
                    a[n] = p.avail[n][l];
                }
                Arrays.sort(a);
                int k = 0;
                int sum = 0;
                for (int n = p.nodeCount - 1; n >= 0 && sum < p.qty[l]; n--) {
                    sum += a[n];
                    k++;
                }
                if (sum >= p.qty[l] && k >= 2) {
                    cover[l] = s.makeConstraint(k, Double.POSITIVE_INFINITY);
                    cover[l].setCoefficient(b[l], k);
                }
            }
        }
        MPConstraint ships = s.makeConstraint(minOpen, Math.min(Math.min(maxOpen, p.maxShipments), p.nodeCount));
        MPVariable[][] ys = new MPVariable[p.nodeCount][breaks + 1];
        for (int n = 0; n < p.nodeCount; n++) {
            MPConstraint oneLevel = s.makeConstraint(0, 1);
            for (int j = 0; j <= breaks; j++) {
                boolean tail = j == breaks;
                MPVariable y = ints ? s.makeBoolVar("y" + n + "_" + j) : s.makeNumVar(0, 1, "y" + n + "_" + j);
                ys[n][j] = y;
                oneLevel.setCoefficient(y, 1);
                ships.setCoefficient(y, 1);
                c.setCoefficient(y, p.handling[n] + t.priceAt(p.zone[n], tail ? breaks - 1 : j));
                MPConstraint cap = s.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                if (tail) {
                    MPVariable above = s.makeNumVar(0, Double.POSITIVE_INFINITY, "t" + n);
                    c.setCoefficient(above, t.perKgAboveMax(p.zone[n]) / RateTable.MICRO_PER_KG);
                    cap.setCoefficient(above, -1);
                    cap.setCoefficient(y, -(double) last);
                } else {
                    cap.setCoefficient(y, -(double) t.breakAt(j));
                }
                for (int l = 0; l < p.lineCount; l++) {
                    if (p.avail[n][l] == 0) {
                        continue;
                    }
                    if (cover[l] != null) {
                        cover[l].setCoefficient(y, 1);
                    }
                    MPVariable x = s.makeNumVar(0, p.avail[n][l], "x" + n + "_" + j + "_" + l);
                    xs[n][j][l] = x;
                    demand[l].setCoefficient(x, 1);
                    c.setCoefficient(x, p.pick[n]);
                    cap.setCoefficient(x, p.weight[l]);
                    MPConstraint link = s.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    link.setCoefficient(x, 1);
                    link.setCoefficient(y, -p.avail[n][l]);
                }
            }
        }
        MPSolver.ResultStatus status = s.solve();
        double value = c.value();
        if (ints) {
            System.out.printf("   SCIP (levels whole, units fractional): %s plan %.2f bound %.2f%n", status, value, c.bestBound());
            value = c.bestBound();
        }
        if (print) {
            StringBuilder sb = new StringBuilder("   open:");
            double total = 0;
            for (int n = 0; n < p.nodeCount; n++) {
                for (int j = 0; j <= breaks; j++) {
                    double v = ys[n][j].solutionValue();
                    if (v > 1e-6) {
                        sb.append(String.format(" n%d/%d=%.2f", n, j, v));
                        total += v;
                    }
                }
            }
            double back = 0;
            for (MPVariable v : b) {
                back += v.solutionValue();
            }
            System.out.println(sb + String.format(" | sum y %.2f, backordered %.2f", total, back));
            // the lines shipped by a fractionally open node: who ships them
            for (int l = 0; l < p.lineCount; l++) {
                StringBuilder line = new StringBuilder();
                boolean frac = false;
                for (int n = 0; n < p.nodeCount; n++) {
                    double x = 0;
                    double y = 0;
                    for (int j = 0; j <= breaks; j++) {
                        x += xs[n][j][l] == null ? 0 : xs[n][j][l].solutionValue();
                        y += ys[n][j].solutionValue();
                    }
                    if (x > 1e-6) {
                        line.append(String.format(" n%d:%.2f(a%d)", n, x, p.avail[n][l]));
                        frac |= y < 0.999;
                    }
                }
                if (frac) {
                    StringBuilder st = new StringBuilder();
                    for (int n = 0; n < p.nodeCount; n++) {
                        if (p.avail[n][l] > 0) {
                            st.append(" ").append(n).append(":").append(p.avail[n][l]);
                        }
                    }
                    System.out.printf("   line %d q%d w%.2f:%s | stock%s%n", l, p.qty[l], RateTable.toKg(p.weight[l]), line, st);
                }
            }
        }
        s.delete();
        if (status != MPSolver.ResultStatus.OPTIMAL && !(ints && status == MPSolver.ResultStatus.FEASIBLE)) {
            throw new IllegalStateException("GLOP: " + status);
        }
        return value;
    }
}
