package com.orderdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.order.SecondOrderOnPoException;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second order on a customer's PO already received is refused unless the clerk confirmed it is a
 * new order; the confirmation is audited. Cancelled orders and other customers' POs do not count.
 */
class SecondOrderOnPoTest {
    @TempDir
    Path dir;
    OrderLife life;
    OrderUseCases orders;

    @BeforeEach
    void open() {
        life = new OrderLife(TestBook.create(dir));
        orders = life.services.orders();
    }

    @AfterEach
    void close() {
        life.book.db.close();
    }

    private OrderDraft order(long customerId, long shipToId, String po) {
        return new OrderDraft(null, null, customerId, shipToId, OrderChannel.PHONE, po, null, null,
                List.of(new OrderLineDraft(life.book.gloveId, "GLV-NIT-L", 3, null, BigDecimal.ZERO)));
    }

    private long orderCount() {
        return life.book.db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
    }

    private List<AuditRecord> audit(String action) {
        return life.book.db.read(s -> s.createSelectionQuery("from AuditRecord a where a.action = :a order by a.sequence",
                AuditRecord.class).setParameter("a", action).getResultList());
    }

    @Test
    void aSecondOrderOnTheSamePoIsRefusedNamingTheFirstAndTheBookIsUnchanged() {
        SavedOrder first = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"));
        long before = orderCount();

        assertThatThrownBy(() -> orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "  po-4512 ")))
                .isInstanceOfSatisfying(SecondOrderOnPoException.class, e -> {
                    assertThat(e.earlier().orderNumber()).isEqualTo(first.number());
                    assertThat(e.earlier().poNumber()).isEqualTo("PO-4512");
                    assertThat(e.earlier().orderDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
                    assertThat(e.earlier().total()).isEqualByComparingTo(first.totals().total().amount());
                    assertThat(e.getMessage()).contains("PO-4512", first.number());
                });
        assertThat(orderCount()).isEqualTo(before);
        assertThat(audit(OrderUseCases.ORDER_SECOND_ON_PO)).isEmpty();
    }

    @Test
    void confirmedItIsSavedAndTheDecisionAudited() {
        SavedOrder first = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"));

        SavedOrder second = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"), null, true);

        assertThat(second.number()).isNotEqualTo(first.number());
        assertThat(audit(OrderUseCases.ORDER_SECOND_ON_PO)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("clerk1");
            assertThat(a.documentId()).isEqualTo(second.number());
            assertThat(a.after()).contains("PO-4512", first.number());
        });
    }

    @Test
    void aCancelledEarlierOrderDoesNotCount() {
        SavedOrder first = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"));
        orders.cancel(life.clerk, first.id(), "Keyed on the wrong customer");

        SavedOrder again = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"));

        assertThat(again.number()).isNotEqualTo(first.number());
        assertThat(audit(OrderUseCases.ORDER_SECOND_ON_PO)).isEmpty();
    }

    @Test
    void anotherCustomersSamePoDoesNotCountNorDoesAmendingTheFirst() {
        SavedOrder first = orders.save(life.clerk, order(life.book.acmeId, life.book.acmeShipToId, "PO-4512"));

        orders.save(life.clerk, order(life.book.exemptId, life.book.exemptShipToId, "PO-4512"));
        var loaded = orders.load(life.clerk, first.id()).draft();
        orders.save(life.clerk, new OrderDraft(loaded.orderId(), loaded.expectedVersion(), loaded.customerId(),
                loaded.shipToId(), loaded.channel(), loaded.customerPo(), null, "call before delivery", loaded.lines()));

        assertThat(orderCount()).isEqualTo(2);
    }
}
