package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The fulfillment router ("proximity logic"): routes the orders of a {@link Scenario} at minimum
 * cost in one of the three {@link RoutingMode}s, computes the "nearest first" baseline, and
 * explains one order's plan. Plain Java, thread-safe (no state between calls).
 */
public final class FulfillmentRouter {
    /** Search visits per order before giving up the proof (plan then reported with optimal = false). */
    public static final long DEFAULT_VISIT_BUDGET = 5_000_000;
    /**
     * CPU time per large order before giving up the proof (plan then reported with optimal = false
     * and its certified gap): the contract's 250 ms for orders of up to 100 lines.
     */
    public static final long DEFAULT_ORDER_MILLIS = 250;

    private final long visitBudget;
    private final int threads;
    private final long batchMillis;
    private final long orderNanos;
    /** Plans as the "nearest first" baseline instead of at minimum cost (the simulator's {@code --routing nearest-first}). */
    private final boolean nearestFirstOnly;

    public FulfillmentRouter() {
        this(DEFAULT_VISIT_BUDGET, Runtime.getRuntime().availableProcessors(), 20_000);
    }

    /**
     * @param visitBudget search visits per order before the proof is given up
     * @param threads     threads for independent mode (orders there do not interact)
     * @param batchMillis time batch mode may spend improving on its starting plans (the routing thread's CPU time)
     */
    public FulfillmentRouter(long visitBudget, int threads, long batchMillis) {
        this(visitBudget, threads, batchMillis, DEFAULT_ORDER_MILLIS);
    }

    /** As above, with {@code orderMillis} per order before the proof is given up (0 or less: no time limit). */
    public FulfillmentRouter(long visitBudget, int threads, long batchMillis, long orderMillis) {
        this(visitBudget, threads, batchMillis, orderMillis, false);
    }

    private FulfillmentRouter(long visitBudget, int threads, long batchMillis, long orderMillis, boolean nearestFirstOnly) {
        this.nearestFirstOnly = nearestFirstOnly;
        this.visitBudget = visitBudget;
        this.threads = Math.max(1, threads);
        this.batchMillis = batchMillis;
        this.orderNanos = orderMillis <= 0 ? Long.MAX_VALUE : orderMillis * 1_000_000;
    }

    /**
     * The minimum-cost plan of one order problem within this router's visit and time budgets. The
     * time budget applies to large orders only ({@link OrderOptimizer#LARGE_ORDER_LINES}+ lines):
     * smaller ones are proven whatever it takes, the visit budget being the safety net (measured:
     * every order of the 10,000-order benchmark proven, the slowest in 224 ms; a time limit there
     * would have traded proofs for nothing the desk notices).
     */
    SolveResult solve(OrderProblem problem) {
        long nanos = problem.lineCount >= OrderOptimizer.LARGE_ORDER_LINES ? orderNanos : Long.MAX_VALUE;
        return OrderOptimizer.optimumWithin(problem, visitBudget, nanos);
    }

    public RoutingPlan route(Scenario scenario, RoutingMode mode) {
        return route(scenario, mode, null);
    }

    /**
     * A router whose {@link #route} plans every order as the "nearest first" baseline does: what a
     * desk without the optimiser would ship, for the simulator to compare against.
     */
    public static FulfillmentRouter nearestFirstOnly() {
        return new FulfillmentRouter(DEFAULT_VISIT_BUDGET, 1, 0, DEFAULT_ORDER_MILLIS, true);
    }

    public RoutingPlan route(Scenario scenario, RoutingMode mode, OrderTimer timer) {
        if (nearestFirstOnly) {
            return nearestFirst(scenario, mode);
        }
        long start = System.nanoTime();
        Network net = new Network(scenario);
        List<RoutingOrder> orders = scenario.orders();
        switch (mode) {
            case INDEPENDENT -> {
                OrderPlan[] plans = new OrderPlan[orders.size()];
                Network.Stock stock = net.newStock(false);
                inParallel(orders.size(), i -> plans[i] = timed(i, timer, () -> optimal(net, orders.get(i), stock)));
                return assemble(mode, List.of(plans), start, null, null);
            }
            case SEQUENTIAL -> {
                Network.Stock stock = net.newStock(true);
                List<OrderPlan> plans = new ArrayList<>();
                for (int i = 0; i < orders.size(); i++) {
                    RoutingOrder order = orders.get(i);
                    plans.add(timed(i, timer, () -> {
                        OrderProblem problem = OrderProblem.of(net, order, stock);
                        SolveResult r = solve(problem);
                        stock.apply(problem, r.x(), +1);
                        return PlanBuilder.build(problem, r);
                    }));
                }
                return assemble(mode, plans, start, null, null);
            }
            case BATCH -> {
                BatchOptimizer.Result r = new BatchOptimizer(net, this::solve, batchMillis).optimise();
                return assemble(mode, r.plans(), start, r.provenOptimal(), r.lowerBound());
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
    }

    /**
     * The "nearest first" baseline over the whole scenario. Independent: each order against the
     * initial stock; sequential and batch: in arrival order, consuming stock and capacity.
     */
    public RoutingPlan nearestFirst(Scenario scenario, RoutingMode mode) {
        long start = System.nanoTime();
        Network net = new Network(scenario);
        boolean consume = mode != RoutingMode.INDEPENDENT;
        Network.Stock stock = net.newStock(consume);
        List<OrderPlan> plans = new ArrayList<>();
        for (RoutingOrder order : scenario.orders()) {
            OrderProblem problem = OrderProblem.of(net, order, stock);
            int[][] x = NearestFirst.assign(problem);
            if (consume) {
                stock.apply(problem, x, +1);
            }
            plans.add(PlanBuilder.build(problem, x, false));
        }
        return assemble(mode, plans, start, null, null);
    }

    /**
     * Explains one order against the scenario's stock as it stands (the order routed alone):
     * the optimal plan, the cheapest plans on {@code alternatives} other node sets, and the baseline.
     */
    public OrderExplanation explain(Scenario scenario, String orderId, int alternatives) {
        return explain(scenario, orderId, alternatives, EXPLAIN_NANOS);
    }

    /**
     * CPU time the alternatives' search may take. They are for a person's eyes on the routing map,
     * which waits for them: without a limit a 5-line order's search ran its 5 million visits (6-20 s
     * under load before the map showed the order); past the limit the explanation says, as when the
     * visits run out, that they are the cheapest found, not proven the cheapest.
     */
    static final long EXPLAIN_NANOS = 250_000_000L;

    OrderExplanation explain(Scenario scenario, String orderId, int alternatives, long alternativesNanos) {
        Network net = new Network(scenario);
        RoutingOrder order = scenario.orders().stream().filter(o -> o.id().equals(orderId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order " + orderId + " in the scenario"));
        OrderProblem problem = OrderProblem.of(net, order, net.newStock(false));
        // the chosen plan is the optimizer's (proven, with all its bounds); the alternatives are the
        // cheapest plans on other node sets, searched with the optimum as the first incumbent
        SolveResult optimum = solve(problem);
        List<SolveResult> best;
        OrderDeadline.start(alternativesNanos, 1.0);
        try {
            best = NodeSetSearch.best(problem, visitBudget, alternatives + 1, optimum.x());
        } finally {
            OrderDeadline.clear();
        }
        String chosenSet = NodeSetSearch.nodeSetKey(problem, optimum.x());
        OrderPlan chosen = PlanBuilder.build(problem, optimum);
        List<OrderPlan> others = best.stream()
                .filter(r -> !NodeSetSearch.nodeSetKey(problem, r.x()).equals(chosenSet))
                .limit(alternatives)
                .map(r -> PlanBuilder.build(problem, r.x(), r.optimal())).toList();
        OrderPlan baseline = PlanBuilder.build(problem, NearestFirst.assign(problem), false);
        boolean complete = !best.isEmpty() && best.get(0).optimal();
        return new OrderExplanation(chosen, others, complete, baseline);
    }

    /**
     * For order entry: when the order (as it stands in the scenario, against the scenario's stock)
     * can arrive at the earliest, and the {@code ways} cheapest ways to meet {@code requested}
     * (each the best plan of one node set, with services and dates). The rate card must have
     * carrier services. See {@link DeliveryQuote}.
     */
    public DeliveryQuote quote(Scenario scenario, String orderId, java.time.LocalDate requested, int ways) {
        Network net = new Network(scenario);
        RoutingOrder order = scenario.orders().stream().filter(o -> o.id().equals(orderId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order " + orderId + " in the scenario"));
        return DeliveryQuotes.quote(this, net, order, requested, Math.max(1, ways), visitBudget);
    }

    private OrderPlan optimal(Network net, RoutingOrder order, Network.Stock stock) {
        OrderProblem problem = OrderProblem.of(net, order, stock);
        return PlanBuilder.build(problem, solve(problem));
    }

    private interface PlanTask {
        OrderPlan run();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static OrderPlan timed(int index, OrderTimer timer, PlanTask task) {
        if (timer == null) {
            return task.run();
        }
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        OrderPlan plan = task.run();
        long wall = System.nanoTime() - t0;
        timer.record(index, wall, cpu ? THREADS.getCurrentThreadCpuTime() - c0 : -1);
        return plan;
    }

    private void inParallel(int count, java.util.function.IntConsumer body) {
        if (threads == 1) {
            IntStream.range(0, count).forEach(body);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("routing interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("routing failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    static RoutingPlan assemble(RoutingMode mode, List<OrderPlan> plans, long startNanos,
                                Boolean provenOptimal, Double lowerBound) {
        double total = 0;
        int shipments = 0;
        int split = 0;
        long backordered = 0;
        for (OrderPlan plan : plans) {
            total += plan.cost();
            shipments += plan.shipments().size();
            split += plan.shipments().size() > 1 ? 1 : 0;
            backordered += plan.backorderedUnits();
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e6;
        return new RoutingPlan(mode, total, plans,
                new RunStats(plans.size(), shipments, split, backordered, elapsed, provenOptimal, lowerBound));
    }
}
