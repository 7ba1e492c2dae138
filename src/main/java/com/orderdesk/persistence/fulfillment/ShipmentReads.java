package com.orderdesk.persistence.fulfillment;

import com.orderdesk.model.fulfillment.Shipment;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** Shipments read for a batch (a wave to confirm, shipments to invoice): shared by the adapters that walk them. */
public final class ShipmentReads {
    private ShipmentReads() {
    }

    /** Ids per query: a batch's chunk (five) fits in one. */
    static final int SLOTS = 8;
    private static final String BY_ID = "select distinct sh from Shipment sh left join fetch sh.lines join fetch sh.order o"
            + " join fetch o.customer where sh.id in (" + String.join(", ",
            java.util.stream.IntStream.range(0, SLOTS).mapToObj(i -> ":i" + i).toList()) + ")";

    /**
     * The shipments named, with their lines, orders and customers, in one query per {@value #SLOTS}
     * ids, by id; ids not found are left out. What a batch checks and writes of each shipment is
     * then in the session. The ids are bound one per parameter, the last repeated to fill the
     * slots: Hibernate keeps no plan for a query with a list parameter and translated this one again
     * for every chunk of every wave and invoicing run.
     */
    public static Map<Long, Shipment> byId(Session s, Collection<Long> shipmentIds) {
        Map<Long, Shipment> byId = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(shipmentIds));
        for (int from = 0; from < ids.size(); from += SLOTS) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + SLOTS));
            SelectionQuery<Shipment> q = s.createSelectionQuery(BY_ID, Shipment.class);
            for (int i = 0; i < SLOTS; i++) {
                q.setParameter("i" + i, part.get(Math.min(i, part.size() - 1)));
            }
            q.getResultList().forEach(sh -> byId.put(sh.id(), sh));
        }
        return byId;
    }
}
