package com.orderdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.order.CopiedOrder;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.TimelineLink;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clerk cancels an order not yet shipped (with a reason, its stock given back, audited) and copies an old order. */
class CancelAndCopyTest {
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

    private int reservedGloves() {
        return FulfillmentFixture.reserved(life.book.db, "DC-ATL", life.book.gloveId)
                + FulfillmentFixture.reserved(life.book.db, "ST-CHI", life.book.gloveId);
    }

    private List<AuditRecord> audit(String action) {
        return life.book.db.read(s -> s.createSelectionQuery("from AuditRecord a where a.action = :a order by a.sequence",
                AuditRecord.class).setParameter("a", action).getResultList());
    }

    @Test
    void cancellingAnOrderAtTheWarehouseGivesItsStockBackAndAuditsTheReason() {
        int before = reservedGloves();
        life.entered().released();
        assertThat(reservedGloves()).isEqualTo(before + 10);
        List<StoredShipment> shipments = life.services.fulfillment().load(life.clerk, life.orderId).activeShipments();
        life.services.shipping().releaseToWarehouse(life.clerk, shipments.get(0).id()); // a pick list is out: not shipped yet

        assertThatThrownBy(() -> orders.cancel(life.clerk, life.orderId, "  ")).hasMessageContaining("Say why");
        assertThat(life.status()).isEqualTo(OrderStatus.ALLOCATED);

        orders.cancel(life.clerk, life.orderId, "Customer ordered twice");

        assertThat(life.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(reservedGloves()).isEqualTo(before);
        assertThat(life.services.fulfillment().load(life.clerk, life.orderId).shipments())
                .extracting(StoredShipment::status).containsOnly(ShipmentStatus.CANCELLED);
        assertThat(audit("ORDER_CANCEL")).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("clerk1");
            assertThat(a.documentId()).isEqualTo(life.orderNumber);
            assertThat(a.reason()).isEqualTo("Customer ordered twice");
            assertThat(a.before()).contains("ALLOCATED");
        });
        List<TimelineEvent> timeline = orders.timeline(life.clerk, life.orderId);
        assertThat(timeline.get(timeline.size() - 1).kind()).isEqualTo(TimelineEvent.Kind.CANCELLED);
        assertThat(timeline.get(timeline.size() - 1).detail())
                .isEqualTo("Cancelled by clerk1: Customer ordered twice. Stock reserved for it was given back.");
    }

    @Test
    void anOrderWithAShipmentThatLeftIsNotCancelled() {
        life.entered().released().shipped();
        assertThatThrownBy(() -> orders.cancel(life.clerk, life.orderId, "Too late"))
                .hasMessageContaining("Shipped");
        assertThat(audit("ORDER_CANCEL")).isEmpty();
    }

    @Test
    void copyingAnOldOrderMakesANewOneAtTodaysPricesForTheSameCustomerShipToAndLines() {
        life.book.db.write(s -> {
            s.find(Customer.class, life.book.acmeId).setOnManualHold(false);
            return null;
        });
        var old = orders.save(life.clerk, new OrderDraft(null, null, life.book.acmeId, life.book.acmeBranchShipToId,
                OrderChannel.EMAIL, "PO-OLD", LocalDate.of(2026, 12, 1), "Dock 4", List.of(
                new OrderLineDraft(life.book.gloveId, "GLV-NIT-L", 10, null, new BigDecimal("5")),
                new OrderLineDraft(life.book.towelId, "TWL-ROLL-8", 3, Money.of("39.00"), BigDecimal.ZERO))));
        // a week later the glove contract price is lower
        life.clock.advance(Duration.ofDays(7));
        LocalDate today = TestBook.TODAY.plusDays(7);
        life.book.db.write(s -> {
            s.persist(new CustomerPrice(s.find(Customer.class, life.book.acmeId), s.find(Product.class, life.book.gloveId),
                    Money.of("9.75"), today, null));
            return null;
        });

        CopiedOrder copy = orders.copy(life.clerk, old.id());

        assertThat(copy.sourceNumber()).isEqualTo(old.number());
        OrderDraft d = copy.draft();
        assertThat(d.isNew()).isTrue();
        assertThat(d.customerId()).isEqualTo(life.book.acmeId);
        assertThat(d.shipToId()).isEqualTo(life.book.acmeBranchShipToId);
        assertThat(d.channel()).isEqualTo(OrderChannel.EMAIL);
        assertThat(d.customerPo()).as("a new order gets its own PO").isNull();
        assertThat(d.lines()).extracting(l -> l.sku() + " x" + l.quantity() + " typed " + l.unitPrice() + " less " + l.discountPct())
                .containsExactly("GLV-NIT-L x10 typed null less 5", "TWL-ROLL-8 x3 typed null less 0");
        assertThat(copy.lineQuotes()).extracting(q -> q.unitPrice().toString()).containsExactly("9.75", "41.00");
        assertThat(copy.notes()).containsExactly("GLV-NIT-L is 9.75 today (it was 10.99).",
                "TWL-ROLL-8: the price typed on " + old.number() + " (39.00) is not carried over; today's price is 41.00.");

        var saved = orders.save(life.clerk, d, copy.sourceNumber());

        assertThat(saved.number()).isNotEqualTo(old.number());
        SalesOrder stored = life.book.db.read(s -> {
            SalesOrder o = s.find(SalesOrder.class, saved.id());
            o.lines().size();
            return o;
        });
        assertThat(stored.orderDate()).isEqualTo(today);
        assertThat(stored.lines()).extracting(l -> l.sku() + " " + l.unitPrice() + " " + l.priceSource())
                .containsExactly("GLV-NIT-L 9.75 CUSTOMER", "TWL-ROLL-8 41.00 LIST");
        LoadedOrder original = orders.load(life.clerk, old.id());
        assertThat(original.draft().customerPo()).isEqualTo("PO-OLD");
        assertThat(audit("ORDER_SAVE")).last().satisfies(a -> assertThat(a.after()).contains("\"copiedFrom\":\"" + old.number()));
        TimelineEvent entered = orders.timeline(life.clerk, saved.id()).get(0);
        assertThat(entered.detail()).isEqualTo("Taken from an email by clerk1 for Acme Janitorial Supply, copied from "
                + old.number() + ".");
        assertThat(entered.link()).isEqualTo(TimelineLink.to(TimelineLink.Screen.ORDER, old.number()));
    }
}
