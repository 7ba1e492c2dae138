package com.orderdesk.application.fulfillment;

import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock an order holds for itself, by "NODE|SKU": what its shipments not yet shipped
 * (planned, released, picked) reserve. Routing, the routing map and the delivery quote of an
 * amended order count it as available to that order, which would otherwise compete with itself.
 */
final class OwnReservations {
    private OwnReservations() {
    }

    static Map<String, Integer> of(List<Shipment> shipments) {
        Map<String, Integer> givenBack = new HashMap<>();
        for (Shipment sh : shipments) {
            if (holdsStock(sh.status())) {
                for (ShipmentLine l : sh.lines()) {
                    givenBack.merge(sh.node().code() + "|" + l.product().sku(), l.quantityPlanned(), Integer::sum);
                }
            }
        }
        return givenBack;
    }

    static boolean holdsStock(ShipmentStatus status) {
        return status == ShipmentStatus.PLANNED || status == ShipmentStatus.RELEASED || status == ShipmentStatus.PICKED;
    }
}
