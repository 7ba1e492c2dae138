package com.orderdesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.TimelineEvent.Kind;
import com.orderdesk.logic.order.TimelineLink;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An order's whole life on its timeline, and its status following the money to the end. */
class OrderLifeTest {
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

    private List<TimelineEvent> timeline() {
        return life.services.orders().timeline(life.clerk, life.orderId);
    }

    private TimelineEvent only(Kind kind) {
        return timeline().stream().filter(e -> e.kind() == kind).reduce((a, b) -> {
            throw new AssertionError("more than one " + kind);
        }).orElseThrow(() -> new AssertionError("no " + kind + " in " + timeline()));
    }

    @Test
    void heldReleasedOverriddenShippedInvoicedAndPaidShowsEachStepInOrderWithItsSentence() {
        life.entered().released().overridden().shipped().invoiced().paid();

        assertThat(life.status()).isEqualTo(OrderStatus.PAID);
        assertThat(timeline()).extracting(TimelineEvent::kind).containsExactly(Kind.ENTERED, Kind.CREDIT_HOLD,
                Kind.CREDIT_RELEASED, Kind.ROUTED, Kind.ROUTING_OVERRIDE, Kind.ROUTED, Kind.SHIPMENT_RELEASED, Kind.SHIPPED,
                Kind.SHIPMENT_RELEASED, Kind.SHIPPED, Kind.INVOICED, Kind.INVOICED, Kind.PAYMENT, Kind.PAYMENT, Kind.PAID);
        assertThat(timeline()).extracting(TimelineEvent::at).isSorted();

        assertThat(only(Kind.ENTERED).detail()).isEqualTo("Taken by phone by clerk1 for Acme Janitorial Supply.");
        TimelineEvent hold = only(Kind.CREDIT_HOLD);
        assertThat(hold.detail()).containsIgnoringCase("manual hold").contains("Cheque bounced last week")
                .endsWith("A credit manager decides whether it goes on.");
        assertThat(hold.user()).isEqualTo("clerk1");
        TimelineEvent release = only(Kind.CREDIT_RELEASED);
        assertThat(release.detail()).isEqualTo("Released by carmen: Customer paid the bounced cheque in cash.");
        assertThat(release.user()).isEqualTo("carmen");
        TimelineEvent override = only(Kind.ROUTING_OVERRIDE);
        assertThat(override.detail()).startsWith("Re-planned by hand by clerk1: Chicago store clears aisle stock. Was ")
                .contains("GLV-NIT-L x10").contains("GLV-NIT-L x4");
        assertThat(override.link().screen()).isEqualTo(TimelineLink.Screen.FULFILLMENT);
        List<TimelineEvent> plans = timeline().stream().filter(e -> e.kind() == Kind.ROUTED).toList();
        assertThat(plans.get(0).detail()).startsWith("Planned SH-").contains("later replaced or called back");
        assertThat(plans.get(1).detail()).doesNotContain("replaced");
        assertThat(timeline().stream().filter(e -> e.kind() == Kind.SHIPPED)).allSatisfy(e -> {
            assertThat(e.detail()).matches("SH-\\d+ left (DC-ATL Atlanta DC|ST-CHI Chicago store) on Nov 26, 2026 with UPS Ground,"
                    + " tracking 1Z\\d+ \\(.+\\)\\.");
            assertThat(e.user()).isEqualTo("clerk1");
        });
        List<TimelineEvent> invoices = timeline().stream().filter(e -> e.kind() == Kind.INVOICED).toList();
        assertThat(invoices).extracting(e -> e.link().document()).containsExactlyInAnyOrderElementsOf(life.invoices);
        assertThat(invoices).allSatisfy(e -> {
            assertThat(e.link().screen()).isEqualTo(TimelineLink.Screen.INVOICES);
            assertThat(e.detail()).contains("due Dec 26, 2026 (2/10 NET 30)").endsWith("It is settled.");
        });
        assertThat(timeline().stream().filter(e -> e.kind() == Kind.PAYMENT)).allSatisfy(e -> {
            assertThat(e.detail()).startsWith(life.payment.number() + ", received Nov 26, 2026, pays $");
            assertThat(e.link()).isEqualTo(new TimelineLink(TimelineLink.Screen.CASH, life.payment.number(), null, TestBook.TODAY));
            assertThat(e.user()).isEqualTo("ar1");
        });
        assertThat(only(Kind.PAID).detail()).isEqualTo("Every invoice of the order is settled; nothing is owed on it.");
    }

    @Test
    void aReversedPaymentPutsThePaidOrderBackToInvoicedAndTheTimelineSaysWhy() {
        life.entered().released().shipped().invoiced().paid();
        assertThat(life.status()).isEqualTo(OrderStatus.PAID);

        life.reversed("Cheque returned unpaid");

        assertThat(life.status()).isEqualTo(OrderStatus.INVOICED);
        assertThat(timeline()).extracting(TimelineEvent::kind).doesNotContain(Kind.PAID).endsWith(Kind.PAYMENT_REVERSED);
        assertThat(timeline().get(timeline().size() - 1).detail()).contains("was taken back from").endsWith(": Cheque returned unpaid.");
        assertThat(life.invoices).allSatisfy(i -> assertThat(life.open(i).isPositive()).isTrue());
    }

    @Test
    void creditMemosCountTowardsPaid() {
        life.entered().released().shipped().invoiced();
        assertThat(life.invoices).hasSizeGreaterThanOrEqualTo(1);
        for (String invoice : life.invoices) {
            assertThat(life.status()).isEqualTo(OrderStatus.INVOICED);
            try {
                life.services.invoicing().issueCreditMemo(life.ar, invoice, new CreditRequest.Full("Goods damaged in transit"));
            } catch (com.orderdesk.logic.invoicing.CreditRefusedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(life.status()).isEqualTo(OrderStatus.PAID);
        assertThat(timeline()).extracting(TimelineEvent::kind).endsWith(Kind.CREDIT_MEMO, Kind.PAID);
        assertThat(timeline().stream().filter(e -> e.kind() == Kind.CREDIT_MEMO).findFirst().orElseThrow().detail())
                .contains("credits $").endsWith(": Goods damaged in transit.");
    }

    @Test
    void aPaidOrderCannotBeCancelled() {
        life.entered().released().shipped().invoiced().paid();
        assertThatThrownBy(() -> life.services.orders().cancel(life.clerk, life.orderId, "Customer changed their mind"))
                .hasMessageContaining("is Paid");
    }
}
