package com.orderdesk.gui.inbox;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;

/** The order inbox's screen as its screen tests make it: on a test book, for one user, with the fixture's runners. */
public final class InboxScreens {
    private InboxScreens() {
    }

    /** The inbox's controller for {@code user} (its review form on the same book), not yet shown. */
    public static InboxController controller(TestBook book, SignedInUser user, ScreenFixture screen) {
        OrderDeskServices orders = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> user);
        return new InboxController(new InboxDeskServices(book.services().inbox(), orders, () -> user), screen.tasks,
                screen.dialogs, screen.status, TestBook.CLOCK.getZone());
    }
}
