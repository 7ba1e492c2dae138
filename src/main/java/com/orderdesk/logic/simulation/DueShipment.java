package com.orderdesk.logic.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned shipment whose day to leave has come, as the simulated warehouse sees it: what to pick
 * per shipment line, the carrier and the cost the router planned, and the day it promised.
 */
public record DueShipment(long id, long version, long orderId, String carrier, BigDecimal plannedCost,
                          LocalDate plannedShipDate, List<Line> lines) {
    public DueShipment {
        lines = List.copyOf(lines);
    }

    public record Line(long id, int quantity) {
    }
}
