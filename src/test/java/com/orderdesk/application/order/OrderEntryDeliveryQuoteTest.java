package com.orderdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.fulfillment.DeliveryQuoting;
import com.orderdesk.logic.fulfillment.routing.DeliveryQuote;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order entry's delivery quote through the real use cases: an amended order is quoted with its own
 * reservations as its own, and the way the clerk picked is kept in the save's audit entry
 * (TestBook: Atlanta holds 12 towels, 2 of them safety stock, the only towels in the book).
 */
class OrderEntryDeliveryQuoteTest {
    @TempDir
    Path dir;
    OrderLife life;
    OrderUseCases orders;
    DeliveryQuoting quoting;

    @BeforeEach
    void open() {
        life = new OrderLife(TestBook.create(dir));
        orders = life.services.orders();
        quoting = life.services.fulfillment().quoting();
    }

    @AfterEach
    void close() {
        life.book.db.close();
    }

    private OrderDraft towels(Long orderId, Long version, int qty, OrderDraft.DeliveryChoice choice) {
        return towels(orderId, version, qty, choice, "PO-TWL");
    }

    private OrderDraft towels(Long orderId, Long version, int qty, OrderDraft.DeliveryChoice choice, String po) {
        return new OrderDraft(orderId, version, life.book.acmeId, life.book.acmeShipToId, OrderChannel.PHONE, po,
                null, null, List.of(new OrderLineDraft(life.book.towelId, "TWL-ROLL-8", qty, null, BigDecimal.ZERO)), choice);
    }

    @Test
    void anAmendedOrderIsQuotedWithTheStockItReservesCountedAsItsOwn() {
        var saved = orders.save(life.clerk, towels(null, null, 10, null));
        assertThat(FulfillmentFixture.reserved(life.book.db, "DC-ATL", life.book.towelId)).isEqualTo(10);
        Map<Long, Integer> tenTowels = Map.of(life.book.towelId, 10);

        // a new order for the same towels: the 10 are another order's, nothing can ship
        DeliveryQuote asNew = quoting.quote(life.clerk, life.book.acmeShipToId, tenTowels, null).orElseThrow();
        assertThat(asNew.earliestArrival()).isNull();

        // the order itself, being amended: its own 10 are there for it, all of them ship
        DeliveryQuote amended = quoting.quote(life.clerk, saved.id(), life.book.acmeShipToId, tenTowels, null).orElseThrow();
        assertThat(amended.earliestArrival()).isNotNull();
        assertThat(amended.fastest().backorderedUnits()).isZero();
        assertThat(amended.fastest().nodeIds()).containsExactly("DC-ATL");
        // one more than it holds: the eleventh is not there (2 are safety stock)
        DeliveryQuote more = quoting.quote(life.clerk, saved.id(), life.book.acmeShipToId, Map.of(life.book.towelId, 11), null)
                .orElseThrow();
        assertThat(more.fastest().backorderedUnits()).isEqualTo(1);
    }

    @Test
    void theWayTheClerkPickedIsWrittenIntoTheSaveAuditEntry() {
        DeliveryQuote q = quoting.quote(life.clerk, life.book.acmeShipToId, Map.of(life.book.towelId, 3),
                TestBook.TODAY.plusDays(4)).orElseThrow();
        BigDecimal cost = BigDecimal.valueOf(q.fastest().cost()).setScale(2, RoundingMode.HALF_UP);
        var choice = new OrderDraft.DeliveryChoice(q.earliestArrival(), "Overnight from DC-ATL", cost);

        var saved = orders.save(life.clerk, towels(null, null, 3, choice));

        AuditRecord entry = life.book.db.read(s -> s.createSelectionQuery(
                "from AuditRecord a where a.action = 'ORDER_SAVE' and a.documentId = :n order by a.sequence desc", AuditRecord.class)
                .setParameter("n", saved.number()).setMaxResults(1).getSingleResult());
        assertThat(entry.after()).contains("\"deliveryChoice\":\"Overnight from DC-ATL\"")
                .contains("\"promisedDate\":\"" + q.earliestArrival() + "\"")
                .contains("\"quotedDeliveryCost\":\"" + cost.toPlainString() + "\"");
        // a save without a choice (the cheapest way) names none (on a PO of its own: a second order on a PO asks first)
        var plain = orders.save(life.clerk, towels(null, null, 1, null, "PO-TWL-2"));
        AuditRecord plainEntry = life.book.db.read(s -> s.createSelectionQuery(
                "from AuditRecord a where a.action = 'ORDER_SAVE' and a.documentId = :n", AuditRecord.class)
                .setParameter("n", plain.number()).getSingleResult());
        assertThat(plainEntry.after()).doesNotContain("deliveryChoice");
    }
}
