package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract's dates and services on many small random scenarios: every plan against a brute
 * force that prices each shipment with the cheapest service arriving in time (written from the
 * contract, not from the engine), and every shipment's service and dates against the rules.
 */
class RouterDatesTest {
    private static final int SCENARIOS = 300;
    private final FulfillmentRouter router = new FulfillmentRouter(10_000_000, 1, 2_000);

    @Test
    void everyDatedPlanIsTheBruteForceOptimumAndKeepsItsDates() {
        int checked = 0;
        int missedDeadlines = 0;
        int fasterThanCheapest = 0;
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = DatedScenarios.randomDated(seed, 1.0);
            RoutingPlan plan = router.route(s, RoutingMode.INDEPENDENT);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (int i = 0; i < s.orders().size(); i++) {
                RoutingOrder o = s.orders().get(i);
                OrderPlan p = plan.orders().get(i);
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(p.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
                assertThat(p.optimal()).isTrue();
                assertThat(ReferenceModel.cost(s, o, RouterAgainstBruteForceTest.asMap(p))).isCloseTo(p.cost(), within(1e-6));
                checkDates(s, o, p);
                if (o.deliverBy() != null && p.shipments().isEmpty() && undatedWouldShip(s, o)) {
                    missedDeadlines++;
                }
                fasterThanCheapest += p.shipments().stream()
                        .filter(sh -> factorOf(s, sh.service()) > cheapestOffered(s, sh)).count();
                checked++;
            }
            RouterAgainstBruteForceTest.checkConstraints(s, plan, false);
        }
        assertThat(checked).isGreaterThan(SCENARIOS);
        // the scenarios do exercise deadlines that cannot be met and dearer services bought for a date
        assertThat(missedDeadlines).isGreaterThan(10);
        assertThat(fasterThanCheapest).isGreaterThan(10);
    }

    @Test
    void everyStageOfTheOptimizerIsExactUnderDates() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = DatedScenarios.randomDated(seed, 1.0);
            Network net = new Network(s);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                SolveResult r = OrderOptimizer.optimum(p, 10_000_000, 1);
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(r.optimal()).isTrue();
                assertThat(r.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
            }
        }
    }

    @Test
    void sequentialUnderDatesGivesEachOrderTheOptimumOfWhatIsLeft() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = DatedScenarios.randomDated(seed, 0.6);
            RoutingPlan plan = router.route(s, RoutingMode.SEQUENTIAL);
            Map<String, Integer> avail = ReferenceModel.available(s);
            Map<String, Integer> left = new HashMap<>();
            s.nodes().forEach(n -> left.put(n.id(), n.capacityShipments() == null ? Integer.MAX_VALUE : n.capacityShipments()));
            for (int i = 0; i < s.orders().size(); i++) {
                RoutingOrder o = s.orders().get(i);
                OrderPlan p = plan.orders().get(i);
                assertThat(p.cost()).as("seed %d order %s", seed, o.id())
                        .isCloseTo(ReferenceModel.bruteForce(s, o, avail, left), within(0.005));
                checkDates(s, o, p);
                for (Shipment sh : p.shipments()) {
                    left.merge(sh.node(), -1, Integer::sum);
                    sh.lines().forEach(l -> avail.merge(sh.node() + "|" + l.sku(), -l.qty(), Integer::sum));
                }
            }
            RouterAgainstBruteForceTest.checkConstraints(s, plan, true);
            RoutingPlan batch = router.route(s, RoutingMode.BATCH);
            RouterAgainstBruteForceTest.checkConstraints(s, batch, true);
            for (int i = 0; i < s.orders().size(); i++) {
                checkDates(s, s.orders().get(i), batch.orders().get(i));
            }
        }
    }

    /** Ship date = release + handling days; delivery = ship + the service's transit; on time; cheapest such service; promised = latest. */
    static void checkDates(Scenario s, RoutingOrder o, OrderPlan p) {
        LocalDate release = o.releaseDate() != null ? o.releaseDate() : s.today();
        LocalDate latest = null;
        for (Shipment sh : p.shipments()) {
            FulfillmentNode node = s.nodes().stream().filter(n -> n.id().equals(sh.node())).findFirst().orElseThrow();
            CarrierService service = s.rateCard().services().stream().filter(c -> c.name().equals(sh.service()))
                    .findFirst().orElseThrow();
            assertThat(sh.shipDate()).isEqualTo(release.plusDays(node.handlingDays()));
            assertThat(sh.deliveryDate()).isEqualTo(sh.shipDate().plusDays(service.transitDays(sh.zone()).orElseThrow()));
            if (o.deliverBy() != null) {
                assertThat(sh.deliveryDate()).as("order %s from %s", o.id(), sh.node()).isBeforeOrEqualTo(o.deliverBy());
            }
            assertThat(service.priceFactor()).isEqualTo(ReferenceModel.cheapestFactorInTime(s, o, node, sh.zone()));
            latest = latest == null || sh.deliveryDate().isAfter(latest) ? sh.deliveryDate() : latest;
        }
        assertThat(p.promisedDate()).isEqualTo(latest);
    }

    private static boolean undatedWouldShip(Scenario s, RoutingOrder o) {
        OrderPlan undated = new FulfillmentRouter(10_000_000, 1, 2_000)
                .route(s.withOrders(java.util.List.of(o.withDeliverBy(null))), RoutingMode.INDEPENDENT).orders().get(0);
        return !undated.shipments().isEmpty();
    }

    private static double factorOf(Scenario s, String service) {
        return s.rateCard().services().stream().filter(c -> c.name().equals(service)).findFirst().orElseThrow().priceFactor();
    }

    private static double cheapestOffered(Scenario s, Shipment sh) {
        return s.rateCard().services().stream().filter(c -> c.transitDays(sh.zone()).isPresent())
                .mapToDouble(CarrierService::priceFactor).min().orElseThrow();
    }
}
