package com.orderdesk.persistence.fulfillment;

import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.onHand;
import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.releasedOrder;
import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditChainVerifier;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.RoutingStatus;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, override and shipping against a real SQLite file. */
class FulfillmentServiceTest {
    @TempDir
    Path dir;
    TestBook book;
    FulfillmentAsUsers desk;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        desk = new FulfillmentAsUsers(book);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void routingAReleasedOrderPlansShipmentsReservesStockAndAllocatesTheOrder() {
        long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 3);

        RoutingOutcome outcome = desk.route(id, "clerk");

        assertThat(outcome.shipmentNumbers()).isNotEmpty().allMatch(n -> n.startsWith("SH-1000"));
        assertThat(outcome.backorderedUnits()).isZero();
        OrderRoutingView view = desk.load(id);
        assertThat(view.status()).isEqualTo(OrderStatus.ALLOCATED);
        int gloves = 0;
        int towels = 0;
        for (StoredShipment sh : view.shipments()) {
            assertThat(sh.status()).isEqualTo(ShipmentStatus.PLANNED);
            for (StoredShipment.Line l : sh.lines()) {
                if (l.sku().equals("GLV-NIT-L")) {
                    gloves += l.planned();
                } else {
                    towels += l.planned();
                }
            }
        }
        assertThat(gloves).isEqualTo(10);
        assertThat(towels).isEqualTo(3);
        // towels only stock in Atlanta; the gloves' reservations land where the plan put them
        assertThat(reserved(book.db, "DC-ATL", book.towelId)).isEqualTo(3);
        assertThat(reserved(book.db, "DC-ATL", book.gloveId) - 20 + reserved(book.db, "ST-CHI", book.gloveId)).isEqualTo(10);
        // the stored plan costs what the router said, and beats or equals the nearest-first baseline
        long cents = view.activeShipments().stream().mapToLong(s -> s.plannedCost().cents()).sum();
        assertThat(cents).isEqualTo(Math.round(outcome.cost() * 100));
        assertThat(view.explanation().chosen().cost()).isLessThanOrEqualTo(view.explanation().baseline().cost() + 0.005);
        assertThat(desk.queue()).filteredOn(r -> r.orderId() == id).singleElement()
                .satisfies(r -> assertThat(r.routing()).isEqualTo(RoutingStatus.ROUTED));
    }

    @Test
    void onlyReleasedOrdersAreRoutedAndWhatIsMissingIsBackordered() {
        long id = releasedOrder(book, book.drumId, "DGR-55", 2, book.towelId, "TWL-ROLL-8", 4);
        RoutingOutcome outcome = desk.route(id, "clerk");

        assertThat(outcome.backorderedUnits()).isEqualTo(2);   // the only drum is already reserved
        assertThat(desk.load(id).backordered()).containsExactly(new OrderLine("DGR-55", 2));
        assertThat(reserved(book.db, "DC-ATL", book.drumId)).isEqualTo(1);
        assertThatThrownBy(() -> desk.route(id, "clerk")).isInstanceOf(StoreException.class)
                .hasMessageContaining("only released orders are routed");
    }

    @Test
    void overrideMovesALineRecomputesTheCostAndIsAuditedInAVerifiableChain() {
        long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
        desk.route(id, "clerk");
        OrderRoutingView view = desk.load(id);
        OrderPlan chosen = view.explanation().chosen();
        String from = chosen.shipments().get(0).node();
        String to = from.equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        var pricer = new PlanPricer(view.scenario());
        OrderPlan moved = pricer.moveLine(view.scenario().orders().get(0), chosen, from, "GLV-NIT-L", to, 4);
        assertThat(moved.shipments()).hasSize(2);
        assertThat(moved.cost()).isGreaterThan(chosen.cost());

        RoutingOutcome outcome = desk.override(id, moved, "Customer asked for the gloves from two sites", "clerk");

        assertThat(outcome.shipmentNumbers()).hasSize(2);
        OrderRoutingView after = desk.load(id);
        assertThat(after.activeShipments()).hasSize(2);
        assertThat(after.shipments()).filteredOn(s -> s.status() == ShipmentStatus.CANCELLED).hasSize(1);
        assertThat(reserved(book.db, from, book.gloveId) + reserved(book.db, to, book.gloveId)).isEqualTo(20 + 10);
        List<AuditRecord> trail = book.db.read(s -> s.createSelectionQuery("from AuditRecord a order by a.sequence", AuditRecord.class)
                .getResultList());
        assertThat(trail).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("ROUTING_OVERRIDE");
            assertThat(a.documentId()).isEqualTo(view.orderNumber());
            assertThat(a.reason()).isEqualTo("Customer asked for the gloves from two sites");
            assertThat(a.before()).contains(from + ": GLV-NIT-L x10");
            assertThat(a.after()).contains("GLV-NIT-L x4");
        });
        List<AuditEntry> entries = trail.stream().map(a -> new AuditEntry(a.sequence(), a.at(), a.username(), a.action(),
                a.documentType(), a.documentId(), a.before(), a.after(), a.reason(), a.previousHash(), a.hash())).toList();
        assertThat(AuditChainVerifier.verify(entries).intact()).isTrue();
        assertThatThrownBy(() -> desk.override(id, moved, " ", "clerk")).hasMessageContaining("Say why");
    }

    @Test
    void onlyAUserWhoMayOverrideRoutingReplansAnOrderAndARefusalChangesNothing() {
        long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
        desk.route(id, "clerk");
        OrderRoutingView view = desk.load(id);
        OrderPlan chosen = view.explanation().chosen();
        String from = chosen.shipments().get(0).node();
        String to = from.equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        OrderPlan moved = new PlanPricer(view.scenario()).moveLine(view.scenario().orders().get(0), chosen, from, "GLV-NIT-L", to, 4);

        assertThatThrownBy(() -> desk.override(id, moved, "Customer asked for two sites", "arthur"))
                .hasMessageContaining("arthur may not override fulfillment routing");
        assertThatThrownBy(() -> desk.override(id, moved, "Customer asked for two sites", "nobody"))
                .hasMessageContaining("may not override");

        OrderRoutingView after = desk.load(id);
        assertThat(after.activeShipments()).hasSize(1);
        assertThat(after.activeShipments().get(0).nodeCode()).isEqualTo(from);
        assertThat(reserved(book.db, from, book.gloveId) + reserved(book.db, to, book.gloveId)).isEqualTo(20 + 10);
    }

    @Test
    void aShortPickReroutesTheMissingUnitsToTheNextBestNodeAndSaysSo() {
        long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
        desk.route(id, "clerk");
        StoredShipment first = desk.load(id).activeShipments().get(0);
        String shortNode = first.nodeCode();
        int onHandBefore = onHand(book.db, shortNode, book.gloveId);
        PickListDocument pick = desk.releaseToWarehouse(first.id(), "clerk");
        assertThat(pick.lines()).extracting(l -> l.sku() + " " + l.quantity()).containsExactly("GLV-NIT-L 10");
        long version = book.db.read(s -> s.get(com.orderdesk.model.fulfillment.Shipment.class, first.id()).version());

        ShipOutcome outcome = desk.confirmShipped(new ShipConfirmation(first.id(), version, "UPS", "1Z999", TestBook.TODAY,
                Map.of(first.lines().get(0).id(), 7)), "packer");

        assertThat(outcome.shortUnits()).isEqualTo(3);
        assertThat(outcome.reroutedTo()).hasSize(1);
        assertThat(outcome.orderShipped()).isFalse();
        assertThat(outcome.message()).contains("short 3 at " + shortNode).contains("3 re-routed to " + outcome.reroutedTo().get(0));
        OrderRoutingView view = desk.load(id);
        StoredShipment rerouted = view.activeShipments().stream().filter(s -> s.number().equals(outcome.reroutedTo().get(0)))
                .findFirst().orElseThrow();
        assertThat(rerouted.nodeCode()).isNotEqualTo(shortNode);
        assertThat(rerouted.lines()).extracting(StoredShipment.Line::planned).containsExactly(3);
        assertThat(onHand(book.db, shortNode, book.gloveId)).isEqualTo(onHandBefore - 10);

        long v2 = book.db.read(s -> s.get(com.orderdesk.model.fulfillment.Shipment.class, rerouted.id()).version());
        ShipOutcome last = desk.confirmShipped(new ShipConfirmation(rerouted.id(), v2, "FedEx", "7741", LocalDate.of(2026, 11, 27),
                Map.of()), "packer");
        assertThat(last.orderShipped()).isTrue();
        assertThat(desk.load(id).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aCrossCountryOrderIsPricedInTheOpenEndedLastZone() {
        // Portland is about 3,500 km from Atlanta, beyond zone 7's 2,897 km; 3 towels ship cheaper than 3 backorder penalties
        long id = FulfillmentFixture.releasedOrderTo(book, book.exemptId, book.exemptShipToId, book.towelId, "TWL-ROLL-8", 3);
        desk.route(id, "clerk");
        StoredShipment sh = desk.load(id).activeShipments().get(0);
        assertThat(sh.nodeCode()).isEqualTo("DC-ATL");
        assertThat(sh.zone()).isEqualTo(8);
        assertThat(sh.distanceKm()).isGreaterThan(2897);
    }

    @Test
    void theReleaseHookLeavesAnOrderWithoutALocationReleasedInsteadOfFailingTheRelease() {
        long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 1);
        book.db.write(s -> s.createNativeMutationQuery("UPDATE sales_order SET ship_lat = NULL, ship_lon = NULL WHERE id = " + id)
                .executeUpdate());

        RoutingOutcome outcome = desk.routeAfterRelease(id, "credit");

        assertThat(outcome.shipmentNumbers()).isEmpty();
        assertThat(outcome.message()).contains("has no ship-to location");
        assertThat(desk.load(id).status()).isEqualTo(OrderStatus.RELEASED);
    }

    @Test
    void routeAllReleasedRoutesEveryReleasedOrder() {
        long a = releasedOrder(book, book.gloveId, "GLV-NIT-L", 1);
        long b = releasedOrder(book, book.towelId, "TWL-ROLL-8", 1);

        List<RoutingOutcome> outcomes = desk.routeAllReleased("clerk");

        assertThat(outcomes).hasSize(2);
        assertThat(desk.load(a).status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(desk.load(b).status()).isEqualTo(OrderStatus.ALLOCATED);
    }
}
