package com.orderdesk.bench;

import com.orderdesk.cli.RouteCommand;
import com.orderdesk.cli.route.ScenarioWriter;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.RoutingPlan;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.bench.routing.ScenarioGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code route-bench}: generates a scenario from a seed, routes it, and prints the router's figures
 * beside the "nearest first" baseline on the same scenario.
 */
@Command(name = "route-bench", mixinStandardHelpOptions = true,
        description = "Generates a routing scenario from a seed, routes it and compares it with the nearest-first baseline.")
public final class RouteBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--orders", defaultValue = "10000", description = "Orders (default ${DEFAULT-VALUE}).")
    int orders;
    @Option(names = "--min-lines", defaultValue = "1", description = "Fewest lines per order (default ${DEFAULT-VALUE}).")
    int minLines;
    @Option(names = "--max-lines", defaultValue = "20", description = "Most lines per order (default ${DEFAULT-VALUE}).")
    int maxLines;
    @Option(names = "--nodes", defaultValue = "50", description = "Nodes: DCs, stores, suppliers (default ${DEFAULT-VALUE}).")
    int nodes;
    @Option(names = "--skus", defaultValue = "5000", description = "Skus (default ${DEFAULT-VALUE}).")
    int skus;
    @Option(names = "--assortment", defaultValue = "popularity",
            description = "popularity (default: fast movers stocked nearly everywhere, the long tail in few DCs) or uniform (each DC a random 60%%, each store 12%% of the catalogue).")
    String assortment;
    @Option(names = "--stock-factor", defaultValue = "1.0", description = "Scales every stock level; below 1 makes stock scarce (default ${DEFAULT-VALUE}).")
    double stockFactor;
    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--mode", defaultValue = "independent", description = "independent (default), sequential or batch.")
    String mode;
    @Option(names = "--threads", defaultValue = "1",
            description = "Routing threads in independent mode (default ${DEFAULT-VALUE}: each order's latency as a desk sees it, "
                    + "one order per release, with the other cores left to the JVM's compiler and collector; "
                    + "more threads shorten the run).")
    int threads;
    @Option(names = "--visit-budget", defaultValue = "" + FulfillmentRouter.DEFAULT_VISIT_BUDGET,
            description = "Search visits per order before its proof is given up (default ${DEFAULT-VALUE}).")
    long visitBudget;
    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "First route N orders of another scenario (seed + 1), not counted, so that the timed run measures compiled code, as in a long-running desk (default ${DEFAULT-VALUE}: a cold start).")
    int warmup;
    @Option(names = "--write-scenario", paramLabel = "FILE", description = "Also write the generated scenario here (readable by route).")
    Path writeScenario;
    @Option(names = "--by-size", description = "Instead: the router's figures by order size (orders of exactly --sizes lines over --size-nodes nodes): "
                    + "share proven, CPU per order (median, p90, p95, p99, max), share proven within 50 ms of CPU, worst certified gap of the rest.")
    boolean bySize;
    @Option(names = "--sizes", split = ",", defaultValue = "5,10,20,40,80", paramLabel = "LINES",
            description = "Order sizes for --by-size (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;
    @Option(names = "--size-nodes", split = ",", defaultValue = "50,200", paramLabel = "NODES",
            description = "Node counts for --by-size (default ${DEFAULT-VALUE}).")
    List<Integer> sizeNodes;
    @Option(names = "--size-orders", defaultValue = "200", description = "Orders per size for --by-size (default ${DEFAULT-VALUE}).")
    int sizeOrders;
    @Option(names = "--order-millis", defaultValue = "" + FulfillmentRouter.DEFAULT_ORDER_MILLIS,
            description = "CPU time per order of 25 lines or more before its proof is given up (default ${DEFAULT-VALUE}; 0: no limit).")
    long orderMillis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RoutingMode routingMode = RouteCommand.parseMode(mode);
        List<String> problems = new ArrayList<>();
        if (routingMode == null) {
            problems.add("--mode: must be independent, sequential or batch (was '" + mode + "')");
        }
        atLeast(problems, "--orders", orders, 0);
        atLeast(problems, "--nodes", nodes, 1);
        atLeast(problems, "--skus", skus, 1);
        atLeast(problems, "--min-lines", minLines, 1);
        if (maxLines < minLines) {
            problems.add("--max-lines: must be at least --min-lines (" + minLines + "), was " + maxLines);
        }
        if (!(stockFactor >= 0)) {
            problems.add("--stock-factor: must be 0 or more, was " + stockFactor);
        }
        atLeast(problems, "--visit-budget", visitBudget, 1);
        atLeast(problems, "--warmup", warmup, 0);
        atLeast(problems, "--threads", threads, 1);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("route-bench: " + p));
            err.flush();
            return RouteCommand.BAD_INPUT;
        }
        if (bySize) {
            return bySize(out, err);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int useThreads = threads;
        ScenarioGenerator.Assortment kind;
        try {
            kind = ScenarioGenerator.Assortment.valueOf(assortment.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("--assortment: must be popularity or uniform (was '" + assortment + "')");
            err.flush();
            return RouteCommand.BAD_INPUT;
        }
        ScenarioGenerator.Size size = new ScenarioGenerator.Size(orders, minLines, maxLines, nodes, skus, stockFactor, kind);
        long g0 = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(size, seed);
        double generateS = (System.nanoTime() - g0) / 1e9;
        if (writeScenario != null) {
            ScenarioWriter.write(scenario, writeScenario);
        }
        FulfillmentRouter router = new FulfillmentRouter(visitBudget, useThreads, 20_000, orderMillis);
        double warmupS = 0;
        if (warmup > 0) {
            ScenarioGenerator.Size warmSize = new ScenarioGenerator.Size(warmup, minLines, maxLines, nodes, skus, stockFactor, kind);
            long w0 = System.nanoTime();
            router.route(ScenarioGenerator.generate(warmSize, seed + 1), routingMode);
            warmupS = (System.nanoTime() - w0) / 1e9;
        }
        long[] nanos = new long[orders];
        long[] cpuNanos = new long[orders];
        long r0 = System.nanoTime();
        RoutingPlan plan = router.route(scenario, routingMode, (i, wall, cpu) -> {
            nanos[i] = wall;
            cpuNanos[i] = cpu;
        });
        double routeS = (System.nanoTime() - r0) / 1e9;
        RoutingPlan base = router.nearestFirst(scenario, routingMode);

        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] sortedCpu = cpuNanos.clone();
        Arrays.sort(sortedCpu);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long proven = plan.orders().stream().filter(o -> o.optimal()).count();
        out.printf("route-bench: %d orders (%d-%d lines), %d nodes, %d skus, %s assortment, stock x%.2f, seed %d, mode %s,%n"
                        + "             visit budget %d, %d thread(s) on %d core(s), Java %s, load average %.1f at the end%n",
                orders, minLines, maxLines, nodes, skus, kind.name().toLowerCase(java.util.Locale.ROOT), stockFactor, seed,
                routingMode.label(), visitBudget, useThreads, cores, System.getProperty("java.version"), load);
        if (writeScenario != null) {
            out.printf("scenario written to %s%n", writeScenario);
        }
        out.printf(warmup > 0 ? "warm-up: %d orders of seed %d routed first in %.2f s, not counted%n" : "cold start: no warm-up%n",
                warmup, seed + 1, warmupS);
        out.printf("%-28s %16s %16s%n", "", "router", "nearest first");
        out.printf("%-28s %16.2f %16.2f%n", "total cost", plan.totalCost(), base.totalCost());
        out.printf("%-28s %15.1f%% %15.1f%%%n", "split-order rate",
                pct(plan.stats().splitOrders(), orders), pct(base.stats().splitOrders(), orders));
        out.printf("%-28s %16d %16d%n", "shipments", plan.stats().shipments(), base.stats().shipments());
        out.printf("%-28s %16d %16d%n", "backordered units", plan.stats().backorderedUnits(), base.stats().backorderedUnits());
        if (orders > 0) {
            int p99 = Math.min(orders - 1, (int) Math.ceil(orders * 0.99) - 1);
            out.printf("%-28s %13.3f ms   (CPU %.3f ms)%n", "per-order time, median", sorted[orders / 2] / 1e6, sortedCpu[orders / 2] / 1e6);
            out.printf("%-28s %13.3f ms   (CPU %.3f ms)%n", "per-order time, p99", sorted[p99] / 1e6, sortedCpu[p99] / 1e6);
            out.printf("%-28s %13.3f ms   (CPU %.3f ms)%n", "per-order time, max", sorted[orders - 1] / 1e6, sortedCpu[orders - 1] / 1e6);
        }
        out.printf("%-28s %15.2f%% (%d of %d)%n", "orders proven optimal", pct(proven, orders), proven, orders);
        if (plan.stats().lowerBound() != null) {
            double bound = plan.stats().lowerBound();
            out.printf("%-28s %16.2f (proven optimal: %s)%n", "batch lower bound", bound, plan.stats().provenOptimal());
            out.printf("%-28s %15.2f%% above the bound%n", "wave cost against bound",
                    plan.totalCost() > 0 ? 100 * (plan.totalCost() - bound) / plan.totalCost() : 0);
        }
        out.printf("%-28s %14.2f s (generation %.2f s not included)%n", "whole routing run", routeS, generateS);
        if (base.totalCost() > 0) {
            out.printf("%-28s %15.1f%%%n", "cost saving vs baseline", 100 * (base.totalCost() - plan.totalCost()) / base.totalCost());
        }
        out.flush();
        return 0;
    }

    private int bySize(PrintWriter out, PrintWriter err) {
        if (sizes.stream().anyMatch(n -> n < 1) || sizeNodes.stream().anyMatch(n -> n < 1) || sizeOrders < 1) {
            err.println("route-bench: --sizes, --size-nodes and --size-orders must be positive");
            err.flush();
            return RouteCommand.BAD_INPUT;
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf("route-bench --by-size: %d orders per size, %d skus, seed %d, one routing thread, visit budget %d, %d ms per order, load average %.1f at the start%n",
                sizeOrders, skus, seed, visitBudget, orderMillis, load);
        FulfillmentRouter router = new FulfillmentRouter(visitBudget, 1, 20_000, orderMillis);
        if (warmup > 0) {
            router.route(ScenarioGenerator.generate(new ScenarioGenerator.Size(warmup, 1, 20, 50, skus, 1.0), seed + 1),
                    RoutingMode.INDEPENDENT);
            out.printf("warm-up: %d orders of 1-20 lines (seed %d) routed first, not counted%n", warmup, seed + 1);
        }
        List<com.orderdesk.bench.routing.SizeTable.Row> rows = new ArrayList<>();
        for (int nodeCount : sizeNodes) {
            for (int lines : sizes) {
                rows.add(com.orderdesk.bench.routing.SizeTable.measure(router, lines, nodeCount, sizeOrders, skus, seed));
            }
        }
        com.orderdesk.bench.routing.SizeTable.print(rows, out);
        out.printf("load average %.1f at the end%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return 0;
    }

    private static void atLeast(List<String> problems, String option, long value, long least) {
        if (value < least) {
            problems.add(option + ": must be at least " + least + ", was " + value);
        }
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
