package com.orderdesk.persistence;

import com.orderdesk.logic.store.ConcurrentEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.model.security.Role;
import com.orderdesk.logic.order.SavedOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {
    @TempDir
    Path dir;
    TestBook book;
    OrderUseCases orders;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        orders = book.services().orders();
    }

    @AfterEach
    void tearDown() {
        book.db.close();
    }

    private OrderDraft twoLineDraft() {
        return new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, "PO-7781", TestBook.TODAY.plusDays(3),
                "Dock 4", List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 10, null, BigDecimal.ZERO),
                new OrderLineDraft(book.towelId, "TWL-ROLL-8", 3, null, new BigDecimal("12.5"))));
    }

    @Test
    void savesANewOrderWithTheNextNumberContractPriceAndIllinoisTax() {
        SavedOrder saved = orders.save(book.user("clerk1", Role.ORDER_CLERK), twoLineDraft());

        assertThat(saved.number()).isEqualTo("SO-100001");
        assertThat(saved.created()).isTrue();
        // 10 x 10.99 (contract) = 109.90; 3 x 41.00 x 0.875 = 107.625 -> 107.63; subtotal 217.53
        assertThat(saved.totals().subtotal()).isEqualTo(Money.of("217.53"));
        assertThat(saved.totals().tax()).isEqualTo(Money.of("13.60")); // 217.53 x 6.25 % = 13.595625
        assertThat(saved.totals().total()).isEqualTo(Money.of("231.13"));

        SalesOrder stored = book.db.read(s -> {
            SalesOrder o = s.find(SalesOrder.class, saved.id());
            o.lines().size();
            return o;
        });
        assertThat(stored.number()).isEqualTo("SO-100001");
        // the credit check passed it on to fulfillment, which routed it and reserved its stock in the same unit of work
        assertThat(stored.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(stored.customerPo()).isEqualTo("PO-7781");
        assertThat(stored.enteredBy()).isEqualTo("clerk1");
        assertThat(stored.shipToAddress().city()).isEqualTo("Chicago");
        assertThat(stored.total()).isEqualTo(Money.of("231.13"));
        assertThat(stored.lines()).extracting(l -> l.sku(), l -> l.priceSource(), l -> l.extended())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GLV-NIT-L", PriceSource.CUSTOMER, Money.of("109.90")),
                        org.assertj.core.groups.Tuple.tuple("TWL-ROLL-8", PriceSource.LIST, Money.of("107.63")));
    }

    @Test
    void numbersAreConsecutiveAndARefusedSaveUsesNoNumber() {
        assertThat(orders.save(book.user("clerk1", Role.ORDER_CLERK), twoLineDraft()).number()).isEqualTo("SO-100001");
        OrderDraft bad = new OrderDraft(null, null, book.acmeId, book.exemptShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO)));
        assertThatThrownBy(() -> orders.save(book.user("clerk1", Role.ORDER_CLERK), bad))
                .isInstanceOf(OrderValidationException.class)
                .hasMessageContaining("does not belong to Acme Janitorial Supply");
        // the same PO again: a second order on it, confirmed (SecondOrderOnPoTest)
        assertThat(orders.save(book.user("clerk1", Role.ORDER_CLERK), twoLineDraft(), null, true).number()).isEqualTo("SO-100002");
    }

    @Test
    void taxExemptCustomerPaysNoTax() {
        SavedOrder saved = orders.save(book.user("clerk1", Role.ORDER_CLERK), new OrderDraft(null, null, book.exemptId, book.exemptShipToId, OrderChannel.EMAIL, null, null, null,
                List.of(new OrderLineDraft(book.towelId, "TWL-ROLL-8", 2, null, BigDecimal.ZERO))));
        assertThat(saved.totals().tax()).isEqualTo(Money.ZERO);
        assertThat(saved.totals().total()).isEqualTo(Money.of("82.00"));
    }

    @Test
    void invalidDraftIsRefusedWithEveryProblemAndNothingStored() {
        OrderDraft bad = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, TestBook.TODAY.minusDays(1), null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 0, null, new BigDecimal("120"))));
        assertThatThrownBy(() -> orders.save(book.user("clerk1", Role.ORDER_CLERK), bad))
                .isInstanceOfSatisfying(OrderValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("requestedDate", "lines[1].quantity", "lines[1].discountPct"));
        long count = book.db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
        assertThat(count).isZero();
    }

    @Test
    void amendingAStaleCopyIsRefusedAndTheOtherDesksSaveSurvives() {
        SavedOrder saved = orders.save(book.user("clerk1", Role.ORDER_CLERK), twoLineDraft());
        LoadedOrder deskA = orders.load(book.clerk(), saved.id());
        LoadedOrder deskB = orders.load(book.clerk(), saved.id());

        OrderDraft a = deskA.draft();
        orders.save(book.user("clerkA", Role.ORDER_CLERK), new OrderDraft(a.orderId(), a.expectedVersion(), a.customerId(), a.shipToId(), a.channel(), "PO-A",
                a.requestedDate(), a.notes(), a.lines()));

        OrderDraft b = deskB.draft();
        OrderDraft bEdit = new OrderDraft(b.orderId(), b.expectedVersion(), b.customerId(), b.shipToId(), b.channel(), "PO-B",
                b.requestedDate(), b.notes(), b.lines());
        assertThatThrownBy(() -> orders.save(book.user("clerkB", Role.ORDER_CLERK), bEdit))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("SO-100001 was changed by clerkA")
                .hasMessageContaining("still on screen");
        assertThat(orders.load(book.clerk(), saved.id()).draft().customerPo()).isEqualTo("PO-A");
    }

    @Test
    void amendmentReplacesLinesAndKeepsTheNumber() {
        SavedOrder saved = orders.save(book.user("clerk1", Role.ORDER_CLERK), twoLineDraft());
        LoadedOrder loaded = orders.load(book.clerk(), saved.id());
        OrderDraft d = loaded.draft();
        SavedOrder amended = orders.save(book.user("clerk2", Role.ORDER_CLERK), new OrderDraft(d.orderId(), d.expectedVersion(), d.customerId(), book.acmeBranchShipToId,
                d.channel(), d.customerPo(), d.requestedDate(), d.notes(),
                List.of(new OrderLineDraft(book.drumId, "DGR-55", 1, Money.of("650.00"), BigDecimal.ZERO))));
        assertThat(amended.number()).isEqualTo("SO-100001");
        assertThat(amended.created()).isFalse();
        assertThat(amended.version()).isGreaterThan(saved.version());
        LoadedOrder again = orders.load(book.clerk(), saved.id());
        assertThat(again.lineQuotes()).singleElement().satisfies(q -> {
            assertThat(q.sku()).isEqualTo("DGR-55");
            assertThat(q.priceSource()).isEqualTo(PriceSource.OVERRIDE);
        });
        assertThat(again.totals().total()).isEqualTo(Money.of("690.63")); // 650 + 6.25 % TX
    }
}
