package com.orderdesk.persistence.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.kpi.BookLedgers;
import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.kpi.SettlementKind;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book read as the kpi contract's ledgers: one order driven through its whole life with the
 * real use cases (held, released by the credit manager, re-planned by hand, shipped in two
 * shipments, invoiced, paid by a cheque an AR clerk posted, the cheque reversed), its ledgers and
 * figures computed by hand; and orders no person touched after keying stay touchless.
 */
class BookLedgersTest {
    @TempDir
    Path dir;
    OrderLife life;

    @BeforeEach
    void open() {
        life = new OrderLife(TestBook.create(dir));
    }

    @AfterEach
    void close() {
        life.book.db.close();
    }

    private Ledgers ledgers() {
        BookLedgers.Read read = life.services.kpi().ledgers(life.manager);
        assertThat(read.damaged()).isEmpty();
        return read.ledgers();
    }

    private Ledgers.Order order(Ledgers ledgers, String number) {
        return ledgers.orders().stream().filter(o -> o.orderNo().equals(number)).findFirst().orElseThrow();
    }

    private long keyedOrder(String po) {
        return life.services.orders().save(life.clerk, new OrderDraft(null, null, life.book.acmeId, life.book.acmeShipToId,
                com.orderdesk.model.order.OrderChannel.EMAIL, po, null, null,
                List.of(new OrderLineDraft(life.book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO)))).id();
    }

    @Test
    void anOrdersWholeLifeIsInTheLedgersAsTheScreensShowIt() {
        life.entered().released().overridden().shipped().invoiced().paid();
        Ledgers ledgers = ledgers();
        LocalDate today = TestBook.TODAY;

        Ledgers.Order o = order(ledgers, life.orderNumber);
        var shipments = life.services.fulfillment().load(life.clerk, life.orderId).shipments().stream()
                .filter(s -> s.status() == ShipmentStatus.SHIPPED || s.status() == ShipmentStatus.INVOICED).toList();
        assertThat(shipments).hasSize(2); // the override split it
        assertThat(o.channel()).isEqualTo(OrderChannel.PHONE);
        assertThat(o.touched()).isTrue(); // released by the credit manager, re-planned by hand
        assertThat(o.shippedDate()).isEqualTo(today);
        assertThat(o.shipments()).isEqualTo(2);
        long plannedCents = shipments.stream().mapToLong(s -> s.plannedCost().cents()).sum();
        assertThat(o.shippingCost().add(o.handlingCost())).isEqualByComparingTo(BigDecimal.valueOf(plannedCents, 2));
        assertThat(o.handlingCost().signum()).isPositive();
        assertThat(List.of(o.complete(), o.onTime(), o.undamaged(), o.invoiceCorrect())).containsOnly(true);

        // two invoices, paid in full by one cheque an AR clerk applied: CASH settlements, not auto
        assertThat(ledgers.invoices()).extracting(Ledgers.Invoice::invoiceNo).containsExactlyInAnyOrderElementsOf(life.invoices);
        Map<String, BigDecimal> settled = ledgers.settlements().stream().collect(Collectors.groupingBy(
                Ledgers.Settlement::invoiceNo, Collectors.reducing(BigDecimal.ZERO, Ledgers.Settlement::amount, BigDecimal::add)));
        for (Ledgers.Invoice i : ledgers.invoices()) {
            assertThat(settled.get(i.invoiceNo())).isEqualByComparingTo(i.amount());
            assertThat(life.open(i.invoiceNo()).isZero()).isTrue();
        }
        assertThat(ledgers.settlements()).extracting(Ledgers.Settlement::kind).containsOnly(SettlementKind.CASH);
        assertThat(ledgers.payments()).singleElement().satisfies(p -> {
            assertThat(p.auto()).isFalse();
            assertThat(p.amount()).isEqualByComparingTo(ledgers.invoices().stream().map(Ledgers.Invoice::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        });

        // by hand over the day: one order entered and touched, shipped in two, nothing open, paid on its day
        KpiFigures f = KpiBook.of(ledgers).figures(today, 30);
        assertThat(f.touchlessOrderRate()).isEqualByComparingTo("0");
        assertThat(f.touchlessByChannel().get(OrderChannel.PHONE)).isEqualByComparingTo("0");
        assertThat(f.touchlessByChannel().get(OrderChannel.EMAIL)).isNull();
        assertThat(f.splitShipmentRate()).isEqualByComparingTo("1");
        assertThat(f.perfectOrderRate()).isEqualByComparingTo("1");
        assertThat(f.costPerOrder()).isEqualByComparingTo(BigDecimal.valueOf(plannedCents, 2));
        assertThat(f.autoCashRate()).isEqualByComparingTo("0");
        assertThat(f.arTotal()).isEqualByComparingTo("0");
        assertThat(f.daysToShip()).isEqualByComparingTo("0");
        assertThat(f.daysToPay()).isEqualByComparingTo("0");
        assertThat(f.dso()).isEqualByComparingTo("0");
        // an invoice issued on the as-of date counts; the day before, no sales: DSO null
        assertThat(KpiBook.of(ledgers).figures(today.minusDays(1), 30).dso()).isNull();
    }

    @Test
    void aReversedChequePutsTheMoneyBackOpenInTheLedgersAsOnTheInvoices() {
        life.entered().released().shipped().invoiced().paid().reversed("Cheque returned unpaid");
        Ledgers ledgers = ledgers();

        BigDecimal total = ledgers.invoices().stream().map(Ledgers.Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal onScreens = life.invoices.stream().map(i -> life.open(i).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(onScreens).isEqualByComparingTo(total);
        assertThat(ledgers.settlements()).anySatisfy(s -> assertThat(s.amount().signum()).isNegative());
        KpiFigures f = KpiBook.of(ledgers).figures(TestBook.TODAY, 30);
        assertThat(f.arTotal()).isEqualByComparingTo(total);
        assertThat(f.daysToPay()).isNull(); // reopened the same day: no invoice ends the period paid
        assertThat(f.basis().invoicesPaid()).isZero();
    }

    @Test
    void anOrderKeyedAndRoutedWithNoOneActingOnItIsTouchlessUntilAPersonAmendsOrCancelsIt() {
        long untouched = keyedOrder("PO-1");
        long amended = keyedOrder("PO-2");
        long cancelled = keyedOrder("PO-3");
        var loaded = life.services.orders().load(life.clerk, amended);
        life.services.orders().save(life.clerk, new OrderDraft(amended, loaded.version(), life.book.acmeId,
                life.book.acmeShipToId, com.orderdesk.model.order.OrderChannel.EMAIL, "PO-2 corrected", null, null,
                List.of(new OrderLineDraft(life.book.gloveId, "GLV-NIT-L", 3, null, BigDecimal.ZERO))));
        life.services.orders().cancel(life.clerk, cancelled, "Customer ordered twice");

        Ledgers ledgers = ledgers();
        assertThat(order(ledgers, number(untouched)).touched()).isFalse();
        assertThat(order(ledgers, number(amended)).touched()).isTrue();
        assertThat(order(ledgers, number(cancelled)).touched()).isTrue();
        assertThat(KpiBook.of(ledgers).drillDown().ordersTouched(Period.endingOn(TestBook.TODAY, 1), OrderChannel.EMAIL))
                .containsExactly(number(amended), number(cancelled));
        assertThat(touchRows()).containsExactlyInAnyOrder("ORDER_SAVE clerk1", "ORDER_CANCEL clerk1");
    }

    private String number(long orderId) {
        return life.services.orders().load(life.clerk, orderId).number();
    }

    private List<String> touchRows() {
        return life.book.db.read(s -> s.createNativeQuery("SELECT action || ' ' || username FROM order_touch ORDER BY id",
                String.class).getResultList());
    }
}
