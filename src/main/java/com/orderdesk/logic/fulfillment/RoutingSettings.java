package com.orderdesk.logic.fulfillment;

import com.orderdesk.model.fulfillment.NodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator may change about routing: each node's costs, capacity, safety stock and
 * whether it ships, the parcel rate card (zones, one price per weight break, per kg above the last
 * break), the backorder penalty, each node's handling days and the carrier services (issue 17).
 */
public record RoutingSettings(List<Node> nodes, List<Double> weightBreaksKg, List<Zone> zones, BigDecimal backorderPenalty,
                              List<ServiceSetting> services) {
    public RoutingSettings {
        nodes = List.copyOf(nodes);
        weightBreaksKg = List.copyOf(weightBreaksKg);
        zones = List.copyOf(zones);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** Settings without carrier services (they are left as stored). */
    public RoutingSettings(List<Node> nodes, List<Double> weightBreaksKg, List<Zone> zones, BigDecimal backorderPenalty) {
        this(nodes, weightBreaksKg, zones, backorderPenalty, List.of());
    }

    /**
     * @param safetyStock null leaves each item's safety stock as it is; a number sets it on every item the node stocks
     * @param capacity    open shipments the node may have at once; null: no limit
     * @param handlingDays calendar days from an order's release until the node's shipment leaves
     */
    public record Node(String code, String name, NodeType type, BigDecimal handling, BigDecimal pickPerUnit, Integer capacity,
                       Integer safetyStock, boolean active, int handlingDays) {
        /** A node that ships on the day of release. */
        public Node(String code, String name, NodeType type, BigDecimal handling, BigDecimal pickPerUnit, Integer capacity,
                    Integer safetyStock, boolean active) {
            this(code, name, type, handling, pickPerUnit, capacity, safetyStock, active, 0);
        }
    }

    /** One zone of the rate card; {@code maxKm} null for the last, open-ended zone. */
    public record Zone(int zone, Double maxKm, List<BigDecimal> prices, BigDecimal perKgAboveMax) {
        public Zone {
            prices = List.copyOf(prices);
        }
    }

    /** Every problem, each naming where it is; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.handling() == null || n.handling().signum() < 0) {
                out.add(n.code() + " handling: must be 0 or more");
            }
            if (n.pickPerUnit() == null || n.pickPerUnit().signum() < 0) {
                out.add(n.code() + " picking per unit: must be 0 or more");
            }
            if (n.capacity() != null && n.capacity() < 1) {
                out.add(n.code() + " capacity: must be at least 1, or empty for no limit");
            }
            if (n.safetyStock() != null && n.safetyStock() < 0) {
                out.add(n.code() + " safety stock: must be 0 or more");
            }
            if (n.handlingDays() < 0 || n.handlingDays() > 60) {
                out.add(n.code() + " handling days: must be 0 to 60");
            }
        }
        for (ServiceSetting sv : services) {
            out.addAll(sv.problems());
        }
        if (!services.isEmpty() && services.stream().noneMatch(ServiceSetting::active)) {
            out.add("carrier services: at least one must be active");
        }
        Double lastKm = null;
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            boolean last = i == zones.size() - 1;
            if (!last && z.maxKm() == null) {
                out.add("zone " + z.zone() + " max km: only the last zone may be open-ended");
            }
            if (z.maxKm() != null && lastKm != null && z.maxKm() <= lastKm) {
                out.add("zone " + z.zone() + " max km: must be more than the zone before (" + lastKm + ")");
            }
            lastKm = z.maxKm();
            if (z.prices().size() != weightBreaksKg.size()) {
                out.add("zone " + z.zone() + ": needs one price per weight break (" + weightBreaksKg.size() + ")");
                continue;
            }
            for (int b = 0; b < z.prices().size(); b++) {
                BigDecimal p = z.prices().get(b);
                if (p == null || p.signum() < 0) {
                    out.add("zone " + z.zone() + " up to " + weightBreaksKg.get(b) + " kg: price must be 0 or more");
                } else if (b > 0 && z.prices().get(b - 1) != null && p.compareTo(z.prices().get(b - 1)) < 0) {
                    out.add("zone " + z.zone() + " up to " + weightBreaksKg.get(b) + " kg: must not be less than the lighter break");
                }
            }
            if (z.perKgAboveMax() == null || z.perKgAboveMax().signum() < 0) {
                out.add("zone " + z.zone() + " per kg above max: must be 0 or more");
            }
        }
        if (backorderPenalty == null || backorderPenalty.signum() < 0) {
            out.add("backorder penalty: must be 0 or more");
        }
        return out;
    }
}
