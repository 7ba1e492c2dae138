package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a wave plan's gap to the Lagrangian at given prices lies, order by order and sku by sku
 * (test scope, a measuring tool; {@link WaveGapProbe} gives the totals). At stock prices mu and
 * shipment prices nu, with each order's term t_o a proven lower bound of its priced optimum (the
 * bound's own search, {@link PricedOrderSearch}, seeded with the order's plan):
 * <pre>cost - L = sum_o [priced(plan_o) - best_o]  (the plan: a cheaper priced plan of the order is known)
 *             + sum_o [best_o - t_o]              (the subproblem: the priced search did not prove best_o)
 *             + sum_(node,sku) mu (S - U) + sum_node nu (C - O)   (complementary slackness)</pre>
 * where best_o is the cheapest priced plan found. Each term is >= 0 and they add up to cost - L exactly.
 */
final class WaveGapAttribution {
    /** One order's share: its plan's priced cost above the best priced plan found, and that above its proven term. */
    record OrderShare(int order, String id, int lines, double planRegret, double subproblemGap, boolean fitsFreeStock, double trueCostDelta) {
    }

    /** One node and sku's priced unused stock. */
    record Slack(int node, int sku, double price, int stock, int unused) {
        double value() {
            return price * unused;
        }
    }

    record Answer(double cost, double lagrangian, double planRegret, double subproblemGap, double stockSlack, double shipmentSlack,
                  List<OrderShare> orders, List<Slack> slacks, int unsettled) {
    }

    private WaveGapAttribution() {
    }

    static Answer of(Network net, List<RoutingOrder> orders, List<OrderPlan> plans, WaveBound.Prices prices, long visits) {
        Network.Stock initial = net.newStock(false);
        Network.Stock left = net.newStock(true);
        int count = orders.size();
        OrderProblem[] problem = new OrderProblem[count];
        int[][][] x = new int[count][][];
        double cost = 0;
        for (int o = 0; o < count; o++) {
            problem[o] = OrderProblem.of(net, orders.get(o), initial);
            x[o] = WaveColumnGeneration.assignmentOf(net, problem[o], plans.get(o));
            left.apply(problem[o], x[o], +1);
            cost += problem[o].cost(x[o]);
        }
        double lagrangian = 0;
        double planRegret = 0;
        double subproblemGap = 0;
        int unsettled = 0;
        List<OrderShare> shares = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            OrderProblem p = problem[o];
            double[][] extra = new double[p.nodeCount][p.lineCount];
            double[] handling = new double[p.nodeCount];
            for (int n = 0; n < p.nodeCount; n++) {
                handling[n] = prices.shipment()[p.node[n]];
                for (int l = 0; l < p.lineCount; l++) {
                    extra[n][l] = prices.stock()[p.node[n]][p.sku[l]];
                }
            }
            double[] lambda = LinePrices.unitCosts(p, x[o]);
            for (int l = 0; l < lambda.length; l++) {
                lambda[l] = Math.min(p.backorderPenalty, lambda[l]);
            }
            PricedOrderSearch.Outcome r = PricedOrderSearch.solve(p, extra, handling, lambda, x[o], visits);
            double mine = p.priced(extra, handling).cost(x[o]);
            double best = Math.min(mine, r.cost());
            double term = Math.min(best, r.lowerBound());
            unsettled += r.proven() ? 0 : 1;
            lagrangian += term;
            planRegret += mine - best;
            subproblemGap += best - term;
            boolean fits = false;
            double delta = 0;
            if (mine - best > 0.01 && r.x() != null) {
                fits = fitsFreeStock(p, x[o], r.x(), left);
                delta = p.cost(r.x()) - p.cost(x[o]);
            }
            shares.add(new OrderShare(o, orders.get(o).id(), p.lineCount, mine - best, best - term, fits, delta));
        }
        List<Slack> slacks = new ArrayList<>();
        double stockSlack = 0;
        for (int n = 0; n < net.nodes.length; n++) {
            for (int s = 0; s < net.skuIds.length; s++) {
                double mu = prices.stock()[n][s];
                lagrangian -= mu * initial.available[n][s];
                if (mu > 0) {
                    Slack k = new Slack(n, s, mu, initial.available[n][s], left.available[n][s]);
                    stockSlack += k.value();
                    slacks.add(k);
                }
            }
        }
        double shipmentSlack = 0;
        Network.Stock capacity = net.newStock(true);
        for (int n = 0; n < net.nodes.length; n++) {
            if (capacity.shipmentsLeft[n] != Integer.MAX_VALUE) {
                shipmentSlack += prices.shipment()[n] * left.shipmentsLeft[n];
                lagrangian -= prices.shipment()[n] * capacity.shipmentsLeft[n];
            }
        }
        return new Answer(cost, lagrangian, planRegret, subproblemGap, stockSlack, shipmentSlack, shares, slacks, unsettled);
    }

    /** Whether the order could switch from plan x to plan y with what the others leave free. */
    private static boolean fitsFreeStock(OrderProblem p, int[][] x, int[][] y, Network.Stock left) {
        for (int n = 0; n < p.nodeCount; n++) {
            boolean shipsNow = false;
            boolean shipsThen = false;
            for (int l = 0; l < p.lineCount; l++) {
                if (y[n][l] - x[n][l] > left.available[p.node[n]][p.sku[l]]) {
                    return false;
                }
                shipsNow |= x[n][l] > 0;
                shipsThen |= y[n][l] > 0;
            }
            if (shipsThen && !shipsNow && left.shipmentsLeft[p.node[n]] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The answer in lines: totals, the orders and node-skus holding most of the gap. */
    static String report(Network net, Answer a, int top) {
        StringBuilder out = new StringBuilder();
        double gap = a.cost() - a.lagrangian();
        out.append(String.format("cost %.2f, Lagrangian %.2f at these prices, gap %.2f (%.2f %% above): plan regrets %.2f, "
                        + "subproblems not proven %.2f (%d orders), priced unused stock %.2f, shipments %.2f%n", a.cost(), a.lagrangian(), gap,
                100 * gap / a.lagrangian(), a.planRegret(), a.subproblemGap(), a.unsettled(), a.stockSlack(), a.shipmentSlack()));
        List<OrderShare> byRegret = new ArrayList<>(a.orders());
        byRegret.sort((p, q) -> Double.compare(q.planRegret(), p.planRegret()));
        int away = 0;
        int fit = 0;
        double fitRegret = 0;
        double fitDelta = 0;
        for (OrderShare s : byRegret) {
            if (s.planRegret() > 0.01) {
                away++;
                if (s.fitsFreeStock()) {
                    fit++;
                    fitRegret += s.planRegret();
                    fitDelta += s.trueCostDelta();
                }
            }
        }
        out.append(String.format("orders with a cheaper priced plan: %d; of them %d fit the free stock (regret %.2f, their true cost %+.2f)%n",
                away, fit, fitRegret, fitDelta));
        out.append("regret by order size:");
        double[] byLines = new double[21];
        double[] subByLines = new double[21];
        int[] countByLines = new int[21];
        for (OrderShare s : a.orders()) {
            int b = Math.min(20, s.lines());
            byLines[b] += s.planRegret();
            subByLines[b] += s.subproblemGap();
            countByLines[b]++;
        }
        for (int b = 1; b <= 20; b++) {
            if (countByLines[b] > 0) {
                out.append(String.format(" %d:%.0f/%.0f(%d)", b, byLines[b], subByLines[b], countByLines[b]));
            }
        }
        out.append(String.format("  [lines: plan regret/subproblem gap(orders)]%n"));
        double[] cumulative = {0};
        for (int i = 0; i < Math.min(top, byRegret.size()); i++) {
            OrderShare s = byRegret.get(i);
            cumulative[0] += s.planRegret();
            out.append(String.format("  order %s (%d lines): regret %.2f, subproblem %.2f, fits free stock %s, true cost %+.2f%n", s.id(),
                    s.lines(), s.planRegret(), s.subproblemGap(), s.fitsFreeStock(), s.trueCostDelta()));
        }
        out.append(String.format("  top %d orders hold %.2f of the plan regret; top 10%% of orders hold %.2f%n", top, cumulative[0],
                byRegret.subList(0, Math.max(1, byRegret.size() / 10)).stream().mapToDouble(OrderShare::planRegret).sum()));
        List<Slack> slacks = new ArrayList<>(a.slacks());
        slacks.sort((p, q) -> Double.compare(q.value(), p.value()));
        long priced = slacks.size();
        long slack = slacks.stream().filter(k -> k.unused() > 0).count();
        double[] priceOfFull = slacks.stream().filter(k -> k.unused() == 0).mapToDouble(Slack::price).toArray();
        Arrays.sort(priceOfFull);
        out.append(String.format("priced node-skus: %d, %d with stock left (slack %.2f), %d used up (median price %.2f)%n", priced, slack,
                a.stockSlack(), priced - slack, priceOfFull.length == 0 ? 0 : priceOfFull[priceOfFull.length / 2]));
        for (int i = 0; i < Math.min(top, slacks.size()) && slacks.get(i).unused() > 0; i++) {
            Slack k = slacks.get(i);
            out.append(String.format("  node %s sku %s: price %.2f x %d unused of %d = %.2f%n", net.nodes[k.node()].id(), net.skuIds[k.sku()],
                    k.price(), k.unused(), k.stock(), k.value()));
        }
        return out.toString();
    }
}
