package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a joint re-plan of the orders on a wave's scarcest skus can buy at most: batch mode plans the
 * wave; the skus are ranked by stock over demand (scarcest first) and taken in windows of
 * {@code joint.skus} (default 2); every order with a line on a window's skus is released (whole), the
 * rest of the wave stays as batch planned it, and a general solver ({@link MipOrderModel#solveWave},
 * SCIP through OR-Tools, test scope) plans the released orders together over the stock and shipments the
 * others leave, batch's plans of them as its starting solution. A proven optimum there is the most any
 * re-plan of that neighbourhood can save. With {@code joint.sweep} (default true) a window's cheaper
 * plan replaces batch's before the next window is released, so the savings add up to what a sweep of
 * exact joint re-plans would reach. By default the 100-order wave of {@link ScarceWave}, two
 * windows of 10 s each; the README's 1,000-order wave with {@code -Djoint.orders=1000
 * -Djoint.maxLines=20 -Djoint.nodes=20 -Djoint.skus=300 -Djoint.seed=7 -Djoint.window=3
 * -Djoint.windows=8 -Djoint.seconds=60 -Djoint.maxReleased=150} (seconds: SCIP's CPU clock).
 */
class WaveJointProbeTest {
    private static final double TOLERANCE = 0.005;

    @Test
    void jointlyReplanningTheScarcestSkusOrdersNeverCostsMoreThanBatch() {
        Scenario s = ScarceWave.fromProperties("joint");
        Network net = new Network(s);
        List<RoutingOrder> orders = s.orders();
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000).route(s, RoutingMode.BATCH);
        Network.Stock initial = net.newStock(false);
        OrderProblem[] problem = new OrderProblem[orders.size()];
        int[][][] plan = new int[orders.size()][][];
        for (int o = 0; o < orders.size(); o++) {
            problem[o] = OrderProblem.of(net, orders.get(o), initial);
            plan[o] = WaveColumnGeneration.assignmentOf(net, problem[o], batch.orders().get(o));
        }
        Integer[] scarcest = scarcestFirst(net, orders);
        int window = Integer.getInteger("joint.window", 2);
        int windows = Integer.getInteger("joint.windows", 2);
        int maxReleased = Integer.getInteger("joint.maxReleased", 150);
        double seconds = Double.parseDouble(System.getProperty("joint.seconds", "10"));
        // a sweep: each window's joint plan, when cheaper, replaces batch's before the next window is released
        boolean sweep = Boolean.parseBoolean(System.getProperty("joint.sweep", "true"));
        OrderPlan[] current = batch.orders().toArray(new OrderPlan[0]);
        System.out.printf("joint probe, %d orders: batch %.2f (bound %.2f)%n", orders.size(), batch.totalCost(), batch.stats().lowerBound());
        double savedInAll = 0;
        for (int w = 0; w < windows && (w + 1) * window <= scarcest.length; w++) {
            List<Integer> skus = Arrays.asList(scarcest).subList(w * window, (w + 1) * window);
            List<Integer> released = new ArrayList<>();
            for (int o = 0; o < orders.size(); o++) {
                for (int l = 0; l < problem[o].lineCount; l++) {
                    if (skus.contains(problem[o].sku[l])) {
                        released.add(o);
                        break;
                    }
                }
            }
            if (released.size() > maxReleased) {
                System.out.printf("joint window %d: %d orders, over %d: skipped%n", w, released.size(), maxReleased);
                continue;
            }
            // what the orders kept as batch planned them leave of the stock and shipments
            Network.Stock left = net.newStock(true);
            double held = 0;
            int lines = 0;
            List<RoutingOrder> group = new ArrayList<>();
            List<OrderPlan> hint = new ArrayList<>();
            for (int o = 0; o < orders.size(); o++) {
                if (released.contains(o)) {
                    group.add(orders.get(o));
                    hint.add(current[o]);
                    held += current[o].cost();
                    lines += problem[o].lineCount;
                } else {
                    left.apply(problem[o], plan[o], +1);
                }
            }
            MipOrderModel.Answer m = MipOrderModel.solveWave(net, group, seconds, hint, "timing/clocktype = 1\n", left);
            double saved = held - m.cost();
            savedInAll += saved;
            if (sweep && saved > TOLERANCE) {
                for (int g = 0; g < released.size(); g++) {
                    int o = released.get(g);
                    plan[o] = m.orderPlans().get(g);
                    current[o] = PlanBuilder.build(problem[o], plan[o], false);
                }
            }
            System.out.printf("joint window %d (skus %s, stock/demand %.2f-%.2f): %d orders, %d lines; batch %.2f, solver %.2f (%s, bound %.2f, %.1f s CPU): "
                            + "saves %.2f, at most %.2f; the wave %.2f%n", w, skuNames(net, skus), ratio(net, orders, skus.get(0)),
                    ratio(net, orders, skus.get(skus.size() - 1)), group.size(), lines, held, m.cost(), m.optimal() ? "optimal" : "time limit",
                    m.bound(), m.cpuSeconds(), saved, held - m.bound(), batch.totalCost() - (sweep ? savedInAll : saved));
            // batch's plans of the released orders, as the model prices them, are its starting solution
            assertThat(m.hintCost()).isCloseTo(held, org.assertj.core.api.Assertions.within(1e-3));
            assertThat(m.cost()).isLessThanOrEqualTo(held + TOLERANCE);
            assertThat(m.bound()).isLessThanOrEqualTo(m.cost() + TOLERANCE);
        }
        // the plans the windows left take no more stock and shipments than the nodes have
        Network.Stock taken = net.newStock(true);
        double total = 0;
        for (int o = 0; o < orders.size(); o++) {
            taken.apply(problem[o], plan[o], +1);
            total += problem[o].cost(plan[o]);
        }
        for (int[] atNode : taken.available) {
            assertThat(Arrays.stream(atNode).min().orElse(0)).isGreaterThanOrEqualTo(0);
        }
        assertThat(Arrays.stream(taken.shipmentsLeft).min().orElse(0)).isGreaterThanOrEqualTo(0);
        assertThat(total).isCloseTo(batch.totalCost() - (sweep ? savedInAll : 0), org.assertj.core.api.Assertions.within(1e-3));
        System.out.printf("joint probe: the windows' savings (%s) add up to %.2f (%.3f %% of the wave)%n",
                sweep ? "a sweep, each from the plan the windows before it left" : "each from batch's plan", savedInAll,
                100 * savedInAll / batch.totalCost());
    }

    /**
     * The skus with demand and some stock, by total stock over total demand, scarcest first (a sku with
     * no stock at all is backordered whatever the plan: nothing to share out).
     */
    private static Integer[] scarcestFirst(Network net, List<RoutingOrder> orders) {
        List<Integer> withDemand = new ArrayList<>();
        for (int k = 0; k < net.skuIds.length; k++) {
            if (demand(net, orders, k) > 0 && ratio(net, orders, k) > 0) {
                withDemand.add(k);
            }
        }
        Integer[] out = withDemand.toArray(new Integer[0]);
        Arrays.sort(out, Comparator.comparingDouble((Integer k) -> ratio(net, orders, k)).thenComparing(k -> k));
        return out;
    }

    private static double ratio(Network net, List<RoutingOrder> orders, int sku) {
        Network.Stock stock = net.newStock(false);
        long units = 0;
        for (int[] atNode : stock.available) {
            units += atNode[sku];
        }
        return (double) units / demand(net, orders, sku);
    }

    private static long demand(Network net, List<RoutingOrder> orders, int sku) {
        long units = 0;
        for (RoutingOrder o : orders) {
            for (OrderLine line : o.lines()) {
                if (line.sku().equals(net.skuIds[sku])) {
                    units += line.qty();
                }
            }
        }
        return units;
    }

    private static String skuNames(Network net, List<Integer> skus) {
        List<String> names = new ArrayList<>();
        for (int k : skus) {
            names.add(net.skuIds[k]);
        }
        return String.join(",", names);
    }
}
