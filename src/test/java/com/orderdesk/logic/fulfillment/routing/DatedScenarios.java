package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small random scenarios with dates: {@link ReferenceModel#randomSmall} plus 1-3 carrier services
 * (random factors, transit days per zone or for every zone, some zones not served), 0-3 handling
 * days per node, and orders with or without a release date and a deadline, some deadlines too
 * early for any node.
 */
final class DatedScenarios {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final double[] FACTORS = {1.0, 1.0, 1.4, 1.9, 3.4, 0.8};

    private DatedScenarios() {
    }

    static Scenario randomDated(long seed, double stockScale) {
        Scenario base = ReferenceModel.randomSmall(seed, stockScale);
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        List<CarrierService> services = new ArrayList<>();
        int count = r.nextInt(1, 4);
        for (int s = 0; s < count; s++) {
            Map<Integer, Integer> byZone = new LinkedHashMap<>();
            Integer any = r.nextDouble() < 0.5 ? r.nextInt(0, 4) : null;
            for (int zone = 1; zone <= 8; zone++) {
                if (r.nextDouble() < 0.6) {
                    byZone.put(zone, r.nextInt(0, 7));
                }
            }
            services.add(new CarrierService("S" + s, FACTORS[r.nextInt(FACTORS.length)], byZone, any));
        }
        List<FulfillmentNode> nodes = base.nodes().stream()
                .map(n -> new FulfillmentNode(n.id(), n.type(), n.location(), n.handlingCost(), n.pickCostPerUnit(),
                        n.capacityShipments(), r.nextInt(0, 4)))
                .toList();
        List<RoutingOrder> orders = base.orders().stream().map(o -> {
            LocalDate release = r.nextDouble() < 0.3 ? TODAY.plusDays(r.nextInt(0, 3)) : null;
            LocalDate deadline = r.nextDouble() < 0.75 ? TODAY.plusDays(r.nextInt(0, 9)) : null;
            return new RoutingOrder(o.id(), o.shipTo(), o.lines(), o.shipComplete(), o.maxShipments(), release, deadline);
        }).toList();
        return new Scenario(base.rateCard().withServices(services), nodes, base.skus(), base.inventory(), orders,
                base.backorderPenaltyPerUnit(), TODAY);
    }
}
