package com.orderdesk.logic.fulfillment.routing;

import java.util.Locale;

/** How the orders of a scenario share inventory and capacity (see src/site/markdown/contracts/route.md). */
public enum RoutingMode {
    /** Every order against the initial inventory alone; capacity ignored. */
    INDEPENDENT,
    /** Orders in arrival order, each consuming what it ships. */
    SEQUENTIAL,
    /** All orders together, minimising the scenario's total cost. */
    BATCH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
