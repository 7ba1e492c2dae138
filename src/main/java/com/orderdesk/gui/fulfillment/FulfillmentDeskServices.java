package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.fulfillment.FulfillmentUseCases;
import com.orderdesk.application.fulfillment.RoutingSettingsUseCases;
import com.orderdesk.application.fulfillment.ShippingUseCases;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.security.SignedInUser;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the fulfillment screens need from the use cases, each call made as the user signed in at this desk; the map's
 * network is read through {@code networkReads}, which a save of the routing settings here marks to be read again.
 */
public record FulfillmentDeskServices(FulfillmentUseCases fulfillment, ShippingUseCases shipping,
                                      RoutingSettingsUseCases settings, Supplier<SignedInUser> currentUser,
                                      MapNetworkReads networkReads) {

    /** The network read straight from the use case. */
    public FulfillmentDeskServices(FulfillmentUseCases fulfillment, ShippingUseCases shipping,
                                   RoutingSettingsUseCases settings, Supplier<SignedInUser> currentUser) {
        this(fulfillment, shipping, settings, currentUser, new MapNetworkReads(user -> fulfillment.network(user)));
    }

    /** Whether the user signed in here may do this: the screen offers only what its use case would allow. */
    boolean may(com.orderdesk.logic.security.Permission permission) {
        return currentUser.get().has(permission);
    }

    Listing<QueueRow> queue() {
        return fulfillment.queue(currentUser.get());
    }

    List<com.orderdesk.logic.fulfillment.NodeStock> network() {
        return networkReads.read(currentUser.get());
    }

    OrderRoutingView load(long orderId) {
        return fulfillment.load(currentUser.get(), orderId);
    }

    RoutingOutcome route(long orderId) {
        return fulfillment.route(currentUser.get(), orderId);
    }

    RoutingOutcome routeOrReport(long orderId) {
        return fulfillment.routeOrReport(currentUser.get(), orderId);
    }

    List<Long> releasedOrderIds() {
        return fulfillment.releasedOrderIds(currentUser.get());
    }

    RoutingOutcome override(long orderId, OrderPlan plan, String reason) {
        return fulfillment.override(currentUser.get(), orderId, plan, reason);
    }

    PickListDocument releaseToWarehouse(long shipmentId) {
        return shipping.releaseToWarehouse(currentUser.get(), shipmentId);
    }

    ShipOutcome confirmShipped(ShipConfirmation confirmation) {
        return shipping.confirmShipped(currentUser.get(), confirmation);
    }

    RoutingSettings loadSettings() {
        return settings.load(currentUser.get());
    }

    void saveSettings(RoutingSettings changed, String reason) {
        settings.save(currentUser.get(), changed, reason);
        networkReads.settingsSaved(); // nodes may have moved, come or gone: the map reads its network again
    }
}
