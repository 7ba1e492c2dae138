package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.util.Map;

/** An order whose glove shipment was short-picked (7 of 10 left), the other 3 routed again from the other node. */
final class ShortPickTest {
    private ShortPickTest() {
    }

    static long shortPickedOrder(TestBook book, FulfillmentAsUsers desk) {
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(id, "clerk");
        StoredShipment gloves = desk.load(id).activeShipments().stream()
                .filter(s -> s.lines().stream().anyMatch(l -> l.sku().equals("GLV-NIT-L"))).findFirst().orElseThrow();
        StoredShipment.Line line = gloves.lines().stream().filter(l -> l.sku().equals("GLV-NIT-L")).findFirst().orElseThrow();
        var outcome = desk.confirmShipped(new ShipConfirmation(gloves.id(), gloves.version(), "UPS Ground", "1Z999",
                TestBook.TODAY, Map.of(line.id(), 7)), "clerk");
        assertThat(outcome.reroutedTo()).as("the 3 short are routed again").isNotEmpty();
        return id;
    }

    /** Units of each sku the view's plan ships. */
    static Map<String, Integer> shipped(FulfillmentViewModel vm) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        vm.currentPlan().shipments().forEach(s -> s.lines().forEach(l -> out.merge(l.sku(), l.qty(), Integer::sum)));
        return out;
    }

    static OrderRoutingView view(FulfillmentAsUsers desk, long id) {
        return desk.load(id);
    }

    static int ordered(OrderRoutingView v, String sku) {
        return v.lines().stream().filter(l -> l.sku().equals(sku)).mapToInt(OrderLine::qty).sum();
    }
}
