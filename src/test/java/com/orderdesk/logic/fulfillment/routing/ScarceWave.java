package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;

/**
 * The scarce wave the wave tests measure batch mode on: by default 100 orders of 1-6 lines over 12
 * nodes and 100 SKUs, stock x0.15, seed 7. Each size can be raised with system properties under
 * the test's own prefix ({@code PREFIX.orders}, {@code .maxLines}, {@code .nodes}, {@code .skus}, and {@code .seed}),
 * so that the same test reruns on the 1,000-order wave of the README.
 */
final class ScarceWave {
    private ScarceWave() {
    }

    static Scenario fromProperties(String prefix) {
        int orders = Integer.getInteger(prefix + ".orders", 100);
        int maxLines = Integer.getInteger(prefix + ".maxLines", 6);
        int nodes = Integer.getInteger(prefix + ".nodes", 12);
        int skus = Integer.getInteger(prefix + ".skus", 100);
        long seed = Long.getLong(prefix + ".seed", 7);
        return ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, 1, maxLines, nodes, skus, 0.15), seed);
    }
}
