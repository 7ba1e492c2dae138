package com.orderdesk.persistence.fulfillment;

import com.orderdesk.model.fulfillment.Shipment;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/** Shipments read for a batch (a wave to confirm, shipments to invoice): shared by the adapters that walk them. */
public final class ShipmentReads {
    private ShipmentReads() {
    }

    /**
     * The shipments named, with their lines, orders and customers, in one query, by id; ids not
     * found are left out. What a batch checks and writes of each shipment is then in the session.
     */
    public static Map<Long, Shipment> byId(Session s, Collection<Long> shipmentIds) {
        Map<Long, Shipment> byId = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return byId;
        }
        s.createSelectionQuery("select distinct sh from Shipment sh left join fetch sh.lines join fetch sh.order o"
                        + " join fetch o.customer where sh.id in :ids", Shipment.class)
                .setParameter("ids", shipmentIds).getResultList().forEach(sh -> byId.put(sh.id(), sh));
        return byId;
    }
}
