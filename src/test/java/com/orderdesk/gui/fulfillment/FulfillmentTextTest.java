package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tour of 6 December 2026 (demo book, olivia): what the fulfillment screen's empty queue and plan say. */
class FulfillmentTextTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyQueueSaysWhenTheSearchHidesTheOrdersThatWait() {
        assertThat(FulfillmentText.emptyQueue(0)).isEqualTo("No orders await fulfillment");
        assertThat(FulfillmentText.emptyQueue(1)).isEqualTo("No order matches the search; 1 order awaits fulfillment.");
        assertThat(FulfillmentText.emptyQueue(1240)).isEqualTo("No order matches the search; 1,240 orders await fulfillment.");
    }

    @Test
    void anEmptyPlanSaysWhatIsTrueOfTheOrderSelected() {
        TestBook book = TestBook.create(dir);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(id, "clerk");
        OrderRoutingView routed = desk.load(id);
        // as a backordered order shows: no shipment, its lines backordered
        OrderRoutingView backordered = new OrderRoutingView(routed.orderId(), routed.orderNumber(), routed.customerName(),
                routed.status(), routed.shipToText(), routed.shipTo(), routed.lines(), routed.nodes(), List.of(), routed.lines(),
                routed.explanation(), routed.scenario());
        OrderRoutingView unrouted = new OrderRoutingView(routed.orderId(), routed.orderNumber(), routed.customerName(),
                routed.status(), routed.shipToText(), routed.shipTo(), routed.lines(), routed.nodes(), List.of(), List.of(),
                routed.explanation(), routed.scenario());

        assertThat(FulfillmentText.emptyPlan(null)).contains("select an order in the queue");
        assertThat(FulfillmentText.emptyPlan(backordered)).isEqualTo("Nothing on " + routed.orderNumber()
                + " could be planned from stock: it waits as a backorder (below).");
        assertThat(FulfillmentText.emptyPlan(unrouted)).doesNotContain("select an order").contains("Route order (Alt+R)");
        book.db.close();
    }
}
