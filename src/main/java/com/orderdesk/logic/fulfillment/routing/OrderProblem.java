package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One order ready to optimise: its lines (lines of the same sku merged, since the cost only sees
 * units and weight per shipment), and the candidate nodes: those in a zone of the rate card, with
 * a shipment left, and with stock of at least one of its skus. Nodes outside every zone cannot
 * ship to the address (a card that stops at some distance means the carrier does not go further).
 */
final class OrderProblem {
    final RoutingOrder order;
    final RateTable rates;
    final double backorderPenalty;
    final boolean shipComplete;
    final int maxShipments;

    final int lineCount;
    final int[] sku;
    final String[] skuId;
    final int[] qty;
    final long[] weight;
    final int totalUnits;
    final long totalWeight;

    final int nodeCount;
    /** The whole order's candidate nodes, kept by its restrictions (the knapsack's visit limit reads it: {@link UnitKnapsack#visitsFor}). */
    final int orderNodes;
    final int[] node;
    final FulfillmentNode[] nodeInfo;
    final double[] distanceKm;
    /** Per candidate node: its price row in the rate table (zone and carrier service). */
    final int[] zone;
    /** Per candidate node: its carrier service (0 without services), ship and arrival dates as epoch days (0 without services). */
    final int[] service;
    final long[] shipDay;
    final long[] arriveDay;
    final DeliveryRules delivery;
    final double[] handling;
    final double[] pick;
    final int[][] avail;
    /**
     * Per candidate node and line: what each unit costs on top of the cost model (null: nothing).
     * Only a wave's bound sets it (its prices on the shared stock, all >= 0): the plans of such a
     * problem are priced, not real. A bound that ignores it stays a lower bound.
     */
    final double[][] unitExtra;
    /** Line indexes by qty x weight, heaviest first (shared by the problem's restrictions). */
    private int[] heaviestFirst;

    private OrderProblem(Network net, RoutingOrder order, Network.Stock stock) {
        this(net, order, stock, DeliveryRules.deadlineDay(order), false);
    }

    /**
     * With {@code fastest}, each node ships by its fastest service whatever it costs (what the
     * earliest possible arrival needs); otherwise by the cheapest one arriving by {@code deadlineDay}.
     */
    private OrderProblem(Network net, RoutingOrder order, Network.Stock stock, long deadlineDay, boolean fastest) {
        this.order = order;
        this.rates = net.rates;
        this.delivery = net.delivery;
        this.backorderPenalty = net.backorderPenalty;
        this.shipComplete = order.shipComplete();
        this.maxShipments = order.maxShipments() == null ? Integer.MAX_VALUE : order.maxShipments();

        Map<String, Integer> merged = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            merged.merge(line.sku(), line.qty(), Integer::sum);
        }
        lineCount = merged.size();
        sku = new int[lineCount];
        skuId = new String[lineCount];
        qty = new int[lineCount];
        weight = new long[lineCount];
        int l = 0;
        int units = 0;
        long w = 0;
        for (Map.Entry<String, Integer> e : merged.entrySet()) {
            skuId[l] = e.getKey();
            sku[l] = net.skuOf(e.getKey());
            qty[l] = e.getValue();
            weight[l] = net.skuWeight[sku[l]];
            units += qty[l];
            w += qty[l] * weight[l];
            l++;
        }
        totalUnits = units;
        totalWeight = w;

        GeoPoint to = order.shipTo();
        List<Integer> cand = new ArrayList<>();
        List<Double> dist = new ArrayList<>();
        List<Integer> zones = new ArrayList<>();
        List<long[]> dates = new ArrayList<>();
        long release = delivery.active() ? delivery.releaseDay(order) : 0;
        for (int n = 0; n < net.nodes.length; n++) {
            if (stock.shipmentsLeft[n] <= 0) {
                continue;
            }
            boolean stocks = false;
            for (int i = 0; i < lineCount && !stocks; i++) {
                stocks = stock.available[n][sku[i]] > 0;
            }
            if (!stocks) {
                continue;
            }
            double d = net.nodes[n].location().distanceKm(to);
            int z = rates.zoneIndex(d);
            if (z < 0) {
                continue;
            }
            int svc = 0;
            long ship = 0;
            long arrive = 0;
            if (delivery.active()) {
                ship = release + net.nodes[n].handlingDays();
                svc = fastest ? delivery.fastest(z) : delivery.cheapestInTime(z, ship, deadlineDay);
                if (svc == DeliveryRules.NONE) {
                    continue; // no service reaches the address from here (in time)
                }
                arrive = ship + delivery.transitDays(z, svc);
            }
            cand.add(n);
            dist.add(d);
            zones.add(rates.row(z, svc));
            dates.add(new long[] {svc, ship, arrive});
        }
        nodeCount = cand.size();
        orderNodes = nodeCount;
        node = new int[nodeCount];
        nodeInfo = new FulfillmentNode[nodeCount];
        distanceKm = new double[nodeCount];
        zone = new int[nodeCount];
        service = new int[nodeCount];
        shipDay = new long[nodeCount];
        arriveDay = new long[nodeCount];
        handling = new double[nodeCount];
        pick = new double[nodeCount];
        avail = new int[nodeCount][lineCount];
        unitExtra = null;
        for (int n = 0; n < nodeCount; n++) {
            node[n] = cand.get(n);
            nodeInfo[n] = net.nodes[node[n]];
            distanceKm[n] = dist.get(n);
            zone[n] = zones.get(n);
            service[n] = (int) dates.get(n)[0];
            shipDay[n] = dates.get(n)[1];
            arriveDay[n] = dates.get(n)[2];
            handling[n] = nodeInfo[n].handlingCost();
            pick[n] = nodeInfo[n].pickCostPerUnit();
            for (int i = 0; i < lineCount; i++) {
                avail[n][i] = Math.min(qty[i], stock.available[node[n]][sku[i]]);
            }
        }
    }

    /** The same order restricted to some of its candidate nodes (indexes into this problem), at most all of them shipping. */
    private OrderProblem(OrderProblem whole, int[] keep, int maxShipments) {
        this(whole, keep, maxShipments, whole.unitExtra, null, whole.backorderPenalty);
    }

    /**
     * As above, each unit of line l from node n dearer by {@code extra[n][l]} and each shipment
     * from n by {@code extraHandling[n]} (indexes of {@code whole}; null: nothing), and units not
     * shipped costing {@code backorderPenalty} each.
     */
    private OrderProblem(OrderProblem whole, int[] keep, int maxShipments, double[][] extra, double[] extraHandling,
            double backorderPenalty) {
        order = whole.order;
        rates = whole.rates;
        delivery = whole.delivery;
        this.backorderPenalty = backorderPenalty;
        shipComplete = whole.shipComplete;
        this.maxShipments = maxShipments;
        lineCount = whole.lineCount;
        sku = whole.sku;
        skuId = whole.skuId;
        qty = whole.qty;
        weight = whole.weight;
        heaviestFirst = whole.heaviestLinesFirst();
        totalUnits = whole.totalUnits;
        totalWeight = whole.totalWeight;
        nodeCount = keep.length;
        orderNodes = whole.orderNodes;
        node = new int[nodeCount];
        nodeInfo = new FulfillmentNode[nodeCount];
        distanceKm = new double[nodeCount];
        zone = new int[nodeCount];
        service = new int[nodeCount];
        shipDay = new long[nodeCount];
        arriveDay = new long[nodeCount];
        handling = new double[nodeCount];
        pick = new double[nodeCount];
        avail = new int[nodeCount][];
        unitExtra = extra == null ? null : new double[nodeCount][];
        for (int i = 0; i < nodeCount; i++) {
            int n = keep[i];
            if (extra != null) {
                unitExtra[i] = extra[n];
            }
            node[i] = whole.node[n];
            nodeInfo[i] = whole.nodeInfo[n];
            distanceKm[i] = whole.distanceKm[n];
            zone[i] = whole.zone[n];
            service[i] = whole.service[n];
            shipDay[i] = whole.shipDay[n];
            arriveDay[i] = whole.arriveDay[n];
            handling[i] = whole.handling[n] + (extraHandling == null ? 0 : extraHandling[n]);
            pick[i] = whole.pick[n];
            avail[i] = whole.avail[n];
        }
    }

    int[] heaviestLinesFirst() {
        if (heaviestFirst == null) {
            int[] order = new int[lineCount];
            for (int l = 0; l < lineCount; l++) {
                int at = l;
                while (at > 0 && qty[order[at - 1]] * weight[order[at - 1]] < qty[l] * weight[l]) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = l;
            }
            heaviestFirst = order;
        }
        return heaviestFirst;
    }

    /** The order over some of its candidate nodes only (indexes into this problem). */
    OrderProblem restrictedTo(int[] keep, int maxShipments) {
        return new OrderProblem(this, keep, maxShipments);
    }

    /**
     * The order with a wave's prices on stock and shipments ({@code extra[n][l]} per unit,
     * {@code extraHandling[n]} per shipment, by this problem's node indexes; all >= 0): its
     * optimum is the order's term in the wave's Lagrangian ({@link WaveBound}).
     */
    OrderProblem priced(double[][] extra, double[] extraHandling) {
        int[] all = new int[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            all[n] = n;
        }
        return new OrderProblem(this, all, maxShipments, extra, extraHandling, backorderPenalty);
    }

    /**
     * The same order (same candidate nodes, so an assignment means the same in both) with a
     * backorder penalty above what shipping every unit from every node could cost: its optimum
     * ships as many units as can ship, then at least cost. For the fastest plan, which must ship
     * what can arrive by the earliest date even when the book's penalty is below an express rate.
     */
    OrderProblem shippingAllItCan() {
        double everything = 1;
        for (int n = 0; n < nodeCount; n++) {
            int units = 0;
            long w = 0;
            for (int l = 0; l < lineCount; l++) {
                units += avail[n][l];
                w += (long) avail[n][l] * weight[l];
            }
            everything += shipmentCost(n, units, w);
        }
        int[] all = new int[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            all[n] = n;
        }
        return new OrderProblem(this, all, maxShipments, unitExtra, null, Math.max(backorderPenalty, everything));
    }

    static OrderProblem of(Network net, RoutingOrder order, Network.Stock stock) {
        return new OrderProblem(net, order, stock);
    }

    /** The order with every node shipping by its fastest service (no deadline): for the earliest arrival. */
    static OrderProblem fastest(Network net, RoutingOrder order, Network.Stock stock) {
        return new OrderProblem(net, order, stock, Long.MAX_VALUE, true);
    }

    double rate(int n, long w) {
        return rates.rate(zone[n], w);
    }

    /** Cost of one node's shipment of {@code units} units weighing {@code w}: handling + picking + rate. */
    double shipmentCost(int n, int units, long w) {
        return handling[n] + pick[n] * units + rate(n, w);
    }

    /** The order cost of an assignment x[node][line] (spec cost model), or +infinity when it breaks a constraint. */
    double cost(int[][] x) {
        double total = 0;
        int shipped = 0;
        int shipments = 0;
        int[] perLine = new int[lineCount];
        for (int n = 0; n < nodeCount; n++) {
            int units = 0;
            long w = 0;
            for (int l = 0; l < lineCount; l++) {
                if (x[n][l] < 0 || x[n][l] > avail[n][l]) {
                    return Double.POSITIVE_INFINITY;
                }
                units += x[n][l];
                w += x[n][l] * weight[l];
                perLine[l] += x[n][l];
                if (unitExtra != null) {
                    total += x[n][l] * unitExtra[n][l];
                }
            }
            if (units > 0) {
                shipments++;
                shipped += units;
                total += shipmentCost(n, units, w);
            }
        }
        for (int l = 0; l < lineCount; l++) {
            if (perLine[l] > qty[l]) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (shipments > maxShipments) {
            return Double.POSITIVE_INFINITY;
        }
        if (shipComplete && shipped > 0 && (shipments != 1 || shipped != totalUnits)) {
            return Double.POSITIVE_INFINITY;
        }
        return total + backorderPenalty * (totalUnits - shipped);
    }

    int[][] emptyAssignment() {
        return new int[nodeCount][lineCount];
    }
}
