package com.orderdesk.gui.order;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.List;

/** Order entry as its screen tests make it: on a test book, for one user, on the fixture's runners; not yet shown. */
final class OrderEntryScreens {
    private OrderEntryScreens() {
    }

    /** Order entry for {@code user} without delivery quotes: no ways to meet a requested date are offered. */
    static OrderEntryController controller(TestBook book, SignedInUser user, ScreenFixture screen) {
        return new OrderEntryController(new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> user), screen.tasks, screen.dialogs,
                screen.status);
    }

    /** Order entry for {@code user} with the fulfillment's delivery quotes, as the application makes it. */
    static OrderEntryController quotingController(TestBook book, SignedInUser user, ScreenFixture screen) {
        return new OrderEntryController(new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> user,
                book.services().fulfillment().quoting()), screen.tasks, screen.dialogs, screen.status);
    }

    /**
     * Gives the Chicago store two handling days (saved by the book's admin), so that on the test book an
     * order to Chicago has a faster way than the cheapest one: the Atlanta DC ships the same day.
     */
    static void chicagoStoreNeedsTwoDays(TestBook book) {
        var admin = book.admin();
        RoutingSettings st = book.services().routingSettings().load(admin);
        List<RoutingSettings.Node> nodes = st.nodes().stream().map(n -> n.code().equals("ST-CHI")
                ? new RoutingSettings.Node(n.code(), n.name(), n.type(), n.handling(), n.pickPerUnit(), n.capacity(), null,
                n.active(), 2) : n).toList();
        book.services().routingSettings().save(admin, new RoutingSettings(nodes, st.weightBreaksKg(), st.zones(),
                st.backorderPenalty(), st.services()), "Chicago store needs two days to hand over");
    }
}
