package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, the routing override, shipping and the routing settings refuse the roles they are not for. */
class FulfillmentPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    SignedInUser clerk;
    SignedInUser arClerk;
    SignedInUser manager;
    long orderId;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        services = book.services();
        clerk = book.clerk();
        arClerk = book.arClerk();
        manager = book.manager();
        orderId = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void onlyTheOrderDeskRoutesReleasedOrders() {
        for (SignedInUser other : List.of(arClerk, manager, book.admin())) {
            refusedAndNothingChanged(book, "route released orders", () -> services.fulfillment().route(other, orderId));
            refusedAndNothingChanged(book, "route released orders", () -> services.fulfillment().routeAllReleased(other));
        }
        assertThat(services.fulfillment().route(clerk, orderId).shipmentNumbers()).isNotEmpty();
    }

    @Test
    void onlyTheOrderDeskOverridesAPlanOrShipsIt() {
        services.fulfillment().route(clerk, orderId);
        OrderRoutingView view = services.fulfillment().load(clerk, orderId);
        OrderPlan chosen = view.explanation().chosen();
        String from = chosen.shipments().get(0).node();
        String to = from.equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        OrderPlan moved = new PlanPricer(view.scenario()).moveLine(view.scenario().orders().get(0), chosen, from, "GLV-NIT-L", to, 4);
        long shipmentId = view.activeShipments().get(0).id();
        long version = view.activeShipments().get(0).version();
        for (SignedInUser other : List.of(arClerk, manager)) {
            refusedAndNothingChanged(book, "override fulfillment routing",
                    () -> services.fulfillment().override(other, orderId, moved, "two sites"));
            refusedAndNothingChanged(book, "release shipments to the warehouse",
                    () -> services.shipping().releaseToWarehouse(other, shipmentId));
            refusedAndNothingChanged(book, "release shipments to the warehouse",
                    () -> services.shipping().confirmShipped(other, new ShipConfirmation(shipmentId, version, "UPS", "1Z1",
                            TestBook.TODAY, Map.of())));
        }
        assertThat(services.fulfillment().override(clerk, orderId, moved, "two sites").shipmentNumbers()).hasSize(2);
    }

    @Test
    void aUserWithNoRoleSeesNeitherTheQueueNorTheNetworkNorAPlan() {
        SignedInUser guest = new SignedInUser(9_999, "guest", "Guest", Set.of());
        refusedAndNothingChanged(book, "view orders", () -> services.fulfillment().queue(guest));
        refusedAndNothingChanged(book, "view orders", () -> services.fulfillment().network(guest));
        refusedAndNothingChanged(book, "view orders", () -> services.fulfillment().load(guest, orderId));
        refusedAndNothingChanged(book, "route released orders", () -> services.fulfillment().route(guest, orderId));
        // the same reads are open to every role of the desk
        for (SignedInUser anyRole : List.of(clerk, arClerk, manager, book.admin())) {
            assertThat(services.fulfillment().network(anyRole)).as(anyRole.userName() + "'s network").isNotEmpty();
            assertThat(services.fulfillment().queue(anyRole).rows()).as(anyRole.userName() + "'s queue")
                    .anyMatch(row -> row.orderId() == orderId);
        }
    }

    @Test
    void onlyAnAdministratorChangesTheRoutingSettings() {
        var settings = services.routingSettings().load(clerk);
        // a real change, so that a refusal that wrote it anyway would show
        var changed = new com.orderdesk.logic.fulfillment.RoutingSettings(settings.nodes(), settings.weightBreaksKg(),
                settings.zones(), settings.backorderPenalty().add(java.math.BigDecimal.TEN), settings.services());
        for (SignedInUser other : List.of(clerk, arClerk, manager)) {
            refusedAndNothingChanged(book, "change application settings", () -> services.routingSettings().save(other, changed, "Backorders cost more"));
            assertThat(services.routingSettings().load(book.admin()).backorderPenalty())
                    .as("the penalty after " + other.userName() + "'s refused save").isEqualByComparingTo(settings.backorderPenalty());
        }
        services.routingSettings().save(book.admin(), changed, "Backorders cost more");
        assertThat(services.routingSettings().load(book.admin()).backorderPenalty())
                .isEqualByComparingTo(settings.backorderPenalty().add(java.math.BigDecimal.TEN));
    }
}
