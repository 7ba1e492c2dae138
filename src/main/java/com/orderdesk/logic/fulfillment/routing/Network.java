package com.orderdesk.logic.fulfillment.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A scenario compiled to arrays: node and sku indexes, weights in micro-kg, available stock per node and sku. */
final class Network {
    final Scenario scenario;
    final RateTable rates;
    final DeliveryRules delivery;
    final FulfillmentNode[] nodes;
    final Map<String, Integer> nodeIndex = new HashMap<>();
    final Map<String, Integer> skuIndex = new HashMap<>();
    final String[] skuIds;
    final long[] skuWeight;
    final double backorderPenalty;
    private final int[][] initialAvailable;

    Network(Scenario scenario) {
        this.scenario = scenario;
        this.rates = new RateTable(scenario.rateCard());
        this.delivery = new DeliveryRules(scenario, rates);
        this.nodes = scenario.nodes().toArray(FulfillmentNode[]::new);
        for (int n = 0; n < nodes.length; n++) {
            nodeIndex.put(nodes[n].id(), n);
        }
        List<SkuInfo> skus = scenario.skus();
        skuIds = new String[skus.size()];
        skuWeight = new long[skus.size()];
        for (int s = 0; s < skus.size(); s++) {
            skuIds[s] = skus.get(s).sku();
            skuWeight[s] = RateTable.toMicro(skus.get(s).weightKg());
            skuIndex.put(skuIds[s], s);
        }
        backorderPenalty = scenario.backorderPenaltyPerUnit();
        initialAvailable = new int[nodes.length][skus.size()];
        for (StockLevel level : scenario.inventory()) {
            Integer n = nodeIndex.get(level.node());
            Integer s = skuIndex.get(level.sku());
            if (n == null || s == null) {
                throw new IllegalArgumentException("inventory refers to unknown node or sku: " + level);
            }
            initialAvailable[n][s] += level.available();
        }
    }

    int skuOf(String sku) {
        Integer s = skuIndex.get(sku);
        if (s == null) {
            throw new IllegalArgumentException("unknown sku: " + sku);
        }
        return s;
    }

    /** Fresh stock: initial availability, and capacity when the mode counts it. */
    Stock newStock(boolean countCapacity) {
        int[][] avail = new int[nodes.length][];
        int[] capacity = new int[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            avail[n] = initialAvailable[n].clone();
            Integer cap = nodes[n].capacityShipments();
            capacity[n] = countCapacity && cap != null ? cap : Integer.MAX_VALUE;
        }
        return new Stock(avail, capacity);
    }

    /** What is left to promise: available units per node and sku, and shipments left per node. */
    static final class Stock {
        final int[][] available;
        final int[] shipmentsLeft;

        Stock(int[][] available, int[] shipmentsLeft) {
            this.available = available;
            this.shipmentsLeft = shipmentsLeft;
        }

        /** Takes (sign +1) or gives back (sign -1) what an order's assignment ships. */
        void apply(OrderProblem problem, int[][] x, int sign) {
            for (int n = 0; n < problem.nodeCount; n++) {
                boolean ships = false;
                for (int l = 0; l < problem.lineCount; l++) {
                    if (x[n][l] > 0) {
                        available[problem.node[n]][problem.sku[l]] -= sign * x[n][l];
                        ships = true;
                    }
                }
                if (ships && shipmentsLeft[problem.node[n]] != Integer.MAX_VALUE) {
                    shipmentsLeft[problem.node[n]] -= sign;
                }
            }
        }
    }
}
