package com.orderdesk.logic.fulfillment;

/** The port of the routing settings screen (administrators only). */
public interface RoutingSettingsDesk {
    RoutingSettings load();

    /** Saves all of it or nothing; refused with a clear message for a non-administrator or invalid settings. */
    void save(RoutingSettings settings, String user);
}
