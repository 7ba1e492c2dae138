package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingSettings;

/** The routing settings (nodes' costs and capacity, rate card, backorder penalty) in the open unit of work (a port). */
public interface RoutingSettingsRepository {
    RoutingSettings read();

    void write(RoutingSettings settings);
}
