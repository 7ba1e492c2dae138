package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, amending and cancelling an order: only a user whose role allows it; a refusal changes nothing. */
class OrderPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    OrderUseCases orders;
    SignedInUser clerk;
    SignedInUser arClerk;
    SignedInUser manager;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        orders = book.services().orders();
        clerk = book.clerk();
        arClerk = book.arClerk();
        manager = book.user("carmen", Role.CREDIT_MANAGER);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private OrderDraft gloves(Long id, Long version, Money typedPrice) {
        return new OrderDraft(id, version, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, typedPrice, BigDecimal.ZERO)));
    }

    @Test
    void onlyTheOrderDeskSavesANewOrder() {
        refusedAndNothingChanged(book, "enter or change orders", () -> orders.save(arClerk, gloves(null, null, null)));
        refusedAndNothingChanged(book, "enter or change orders", () -> orders.save(manager, gloves(null, null, null)));
        assertThat(orders.save(clerk, gloves(null, null, null)).number()).isEqualTo("SO-100001");
    }

    /** The inbox's "save after review" (a captured order a person fixed): the same door as a keyed order. */
    @Test
    void onlyTheOrderDeskSavesAReviewedOrder() {
        refusedAndNothingChanged(book, "enter or change orders",
                () -> orders.saveReviewed(arClerk, gloves(null, null, null), "po-7782.eml", false));
        refusedAndNothingChanged(book, "enter or change orders",
                () -> orders.saveReviewed(manager, gloves(null, null, null), "po-7782.eml", false));
        assertThat(orders.saveReviewed(clerk, gloves(null, null, null), "po-7782.eml", false).number()).isEqualTo("SO-100001");
    }

    @Test
    void onlyTheOrderDeskAmendsAnOrder() {
        SavedOrder saved = orders.save(clerk, gloves(null, null, null));
        refusedAndNothingChanged(book, "enter or change orders",
                () -> orders.save(arClerk, gloves(saved.id(), saved.version(), Money.of("9.00"))));
        refusedAndNothingChanged(book, "enter or change orders",
                () -> orders.save(manager, gloves(saved.id(), saved.version(), null)));
        SavedOrder amended = orders.save(clerk, gloves(saved.id(), saved.version(), Money.of("9.00")));
        assertThat(amended.created()).isFalse();
        assertThat(amended.totals().subtotal()).isEqualTo(Money.of("18.00"));
    }

    @Test
    void onlyTheOrderDeskCancelsAndACancelGivesTheStockBack() {
        SavedOrder saved = orders.save(clerk, gloves(null, null, null));
        refusedAndNothingChanged(book, "cancel orders", () -> orders.cancel(arClerk, saved.id(), "customer called"));
        refusedAndNothingChanged(book, "cancel orders", () -> orders.cancel(manager, saved.id(), "customer called"));

        orders.cancel(clerk, saved.id(), "Customer ordered twice");

        OrderStatus status = book.db.read(s -> s.find(com.orderdesk.model.order.SalesOrder.class, saved.id()).status());
        assertThat(status).isEqualTo(OrderStatus.CANCELLED);
        long reserved = book.db.read(s -> s.createSelectionQuery("select sum(i.reserved) from InventoryItem i where i.product.id = :p",
                Long.class).setParameter("p", book.gloveId).getSingleResult());
        assertThat(reserved).as("the book's own 20 reserved before, the order's 2 given back").isEqualTo(20);
        assertThat(book.services().auditTrail().find(manager, com.orderdesk.logic.audit.AuditQuery.all()))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("ORDER_CANCEL");
                    assertThat(e.reason()).isEqualTo("Customer ordered twice");
                    assertThat(e.user()).isEqualTo("clerk1");
                });
    }
}
