package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wired as the application runs: an order that passes the credit check is routed and its stock reserved at once. */
class ReleaseRoutesTheOrderTest {
    @TempDir
    Path dir;

    @Test
    void aSavedOrderWithinCreditIsAllocatedWithShipmentsAndReservedStock() {
        TestBook book = TestBook.create(dir);
        try (AppServices services = book.services()) {
            long reservedBefore = reserved(book);
            SavedOrder saved = services.orders().save(book.clerk(), new OrderDraft(null, null, book.acmeId, book.acmeShipToId,
                    OrderChannel.PHONE, "PO-R", null, null,
                    List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 5, null, BigDecimal.ZERO))));

            OrderStatus stored = book.db.read(s -> s.createSelectionQuery(
                    "select o.status from SalesOrder o where o.id = :id", OrderStatus.class).setParameter("id", saved.id())
                    .getSingleResult());
            long shipments = book.db.read(s -> s.createSelectionQuery(
                    "select count(sh) from Shipment sh where sh.order.id = :id", Long.class).setParameter("id", saved.id())
                    .getSingleResult());
            assertThat(stored).isEqualTo(OrderStatus.ALLOCATED);
            assertThat(shipments).isPositive();
            assertThat(reserved(book) - reservedBefore).isEqualTo(5);
        }
    }

    private static long reserved(TestBook book) {
        return book.db.read(s -> s.createSelectionQuery("select coalesce(sum(i.reserved), 0) from InventoryItem i", Long.class)
                .getSingleResult());
    }
}
