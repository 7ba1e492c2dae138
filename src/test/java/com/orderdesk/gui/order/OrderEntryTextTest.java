package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The order-entry screen's title and status-bar messages. */
class OrderEntryTextTest {
    private final Formats us = Formats.forLocale(Locale.US);

    @Test
    void titleNamesTheOrderOrSaysThereIsNoneForOneWhoMayOnlyView() {
        assertThat(OrderEntryText.title(null, true, false)).isEqualTo("New order");
        assertThat(OrderEntryText.title(null, true, true)).isEqualTo("New order *");
        assertThat(OrderEntryText.title(null, false, false)).isEqualTo("No order open");
        assertThat(OrderEntryText.title("SO-104233", false, false)).isEqualTo("Order SO-104233");
        assertThat(OrderEntryText.title("SO-104233", true, true)).isEqualTo("Order SO-104233 *");
        assertThat(OrderEntryText.document(null)).isEqualTo("the new order");
        assertThat(OrderEntryText.document("SO-104233")).isEqualTo("order SO-104233");
    }

    @Test
    void savedSaysTheTotalTaxAndStatus() {
        OrderTotals t = new OrderTotals(Money.of("100"), Money.ZERO, Money.of("100"), Money.of("100"), new BigDecimal("0.0625"),
                Money.of("6.25"), Money.of("106.25"));
        assertThat(OrderEntryText.saved(new SavedOrder(9, "SO-104233", 1, OrderStatus.ENTERED, t, true), us))
                .isEqualTo("Order SO-104233 saved: 106.25 incl. tax 6.25, status Entered");
        assertThat(OrderEntryText.saved(new SavedOrder(9, "SO-104233", 2, OrderStatus.CREDIT_HOLD, t, false), us))
                .isEqualTo("Order SO-104233 amended: 106.25 incl. tax 6.25, status Credit hold");
    }

    @Test
    void openedNotAmendableAndCopiedMessages() {
        assertThat(OrderEntryText.opened("SO-1", true, "Entered")).isEqualTo("Opened order SO-1");
        assertThat(OrderEntryText.opened("SO-1", false, "Shipped")).isEqualTo("Opened order SO-1 (read-only: Shipped)");
        assertThat(OrderEntryText.notAmendable("SO-1", "Shipped")).isEqualTo("Order SO-1 is Shipped and can no longer be amended.");
        assertThat(OrderEntryText.copied("SO-1", List.of())).isEqualTo("Copied from SO-1 at today's prices; check it and save (Ctrl+S).");
        assertThat(OrderEntryText.copied("SO-1", List.of("GLV-NIT-L is discontinued.", "Price changed.")))
                .isEqualTo("Copied from SO-1 at today's prices; check it and save (Ctrl+S). GLV-NIT-L is discontinued. Price changed.");
    }
}
