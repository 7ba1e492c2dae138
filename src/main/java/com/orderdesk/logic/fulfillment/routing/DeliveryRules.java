package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates section of the contract, compiled: which carrier service a node's shipment takes and
 * when it leaves and arrives. A shipment's cost is (handling + picking + rate x factor), and the
 * rate is never negative, so for every load the service with the lowest factor among those that
 * arrive in time is the cheapest: the choice depends on the node (its zone, its handling days)
 * and the order's dates, never on the load. The router therefore fixes each candidate node's
 * service before optimising, and every bound it proves holds under the dates.
 *
 * <p>Ties on the factor go to the earlier arrival, then to the service listed first.
 */
final class DeliveryRules {
    /** No service reaches the address in time from this node. */
    static final int NONE = -1;

    private final List<CarrierService> services;
    private final LocalDate today;
    /** Per zone index and service: days in transit, or -1 where the service does not go. */
    private final int[][] transit;

    DeliveryRules(Scenario scenario, RateTable rates) {
        this.services = scenario.rateCard().services();
        this.today = scenario.today();
        List<ZoneBand> zones = scenario.rateCard().zones();
        transit = new int[zones.size()][services.size()];
        for (int z = 0; z < zones.size(); z++) {
            for (int s = 0; s < services.size(); s++) {
                transit[z][s] = services.get(s).transitDays(rates.zoneNumberOfIndex(z)).orElse(-1);
            }
        }
    }

    /** Whether the scenario has carrier services (and so dates); without them there is one service and no dates. */
    boolean active() {
        return !services.isEmpty();
    }

    String serviceName(int service) {
        return services.get(service).name();
    }

    /** The order's release date as an epoch day: its own, else the scenario's today. */
    long releaseDay(RoutingOrder order) {
        LocalDate release = order.releaseDate() != null ? order.releaseDate() : today;
        if (release == null) {
            throw new IllegalArgumentException("order " + order.id()
                    + " has no releaseDate and the scenario no today: dates cannot be computed");
        }
        return release.toEpochDay();
    }

    /** The order's deadline as an epoch day (Long.MAX_VALUE: none). */
    static long deadlineDay(RoutingOrder order) {
        return order.deliverBy() == null ? Long.MAX_VALUE : order.deliverBy().toEpochDay();
    }

    int transitDays(int zoneIndex, int service) {
        return transit[zoneIndex][service];
    }

    /**
     * The service a shipment to a zone leaving on {@code shipDay} takes: the lowest price factor
     * among the services that go there and arrive by {@code deadlineDay}; {@link #NONE} when none does.
     */
    int cheapestInTime(int zoneIndex, long shipDay, long deadlineDay) {
        int best = NONE;
        for (int s = 0; s < services.size(); s++) {
            int days = transit[zoneIndex][s];
            if (days < 0 || shipDay + days > deadlineDay) {
                continue;
            }
            if (best == NONE || better(s, best, zoneIndex)) {
                best = s;
            }
        }
        return best;
    }

    /** The fastest service to a zone (ties: the cheaper, then the one listed first); {@link #NONE} when none goes. */
    int fastest(int zoneIndex) {
        int best = NONE;
        for (int s = 0; s < services.size(); s++) {
            int days = transit[zoneIndex][s];
            if (days < 0) {
                continue;
            }
            if (best == NONE || days < transit[zoneIndex][best]
                    || days == transit[zoneIndex][best] && services.get(s).priceFactor() < services.get(best).priceFactor()) {
                best = s;
            }
        }
        return best;
    }

    private boolean better(int s, int than, int zoneIndex) {
        double f = services.get(s).priceFactor();
        double g = services.get(than).priceFactor();
        return f < g || f == g && transit[zoneIndex][s] < transit[zoneIndex][than];
    }
}
