package com.orderdesk.logic.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's steps from the audit trail, as the clerk reads them (the first one under "Entered"). */
class OrderTimelineEnteredTest {
    private static String entered(String customer) {
        OrderHistory.Header h = new OrderHistory.Header(1, "SO-102368", customer, OrderChannel.PHONE, "marcus",
                Instant.parse("2026-11-30T14:38:00Z"), OrderStatus.CREDIT_HOLD, Money.of("972.02"), 5);
        return new OrderTimeline(ZoneOffset.UTC).of(new OrderHistory(h, List.of(), List.of(), List.of(), List.of(), List.of()))
                .get(0).detail();
    }

    @Test
    void aCustomerWhoseNameEndsInAPeriodGetsNoSecondOne() {
        // tour13: "Taken by phone by marcus for James Pet Hospital Co.."
        assertThat(entered("James Pet Hospital Co.")).isEqualTo("Taken by phone by marcus for James Pet Hospital Co.");
        assertThat(entered("Acme Janitorial Supply")).isEqualTo("Taken by phone by marcus for Acme Janitorial Supply.");
    }

    @Test
    void aCreditManagersDecisionToKeepTheOrderOnHoldIsAStepWithItsReason() {
        OrderHistory.Header h = new OrderHistory.Header(1, "SO-102368", "Acme Janitorial Supply", OrderChannel.PHONE, "marcus",
                Instant.parse("2026-11-30T14:38:00Z"), OrderStatus.CREDIT_HOLD, Money.of("972.02"), 5);
        var kept = new com.orderdesk.logic.audit.AuditEntry(7, Instant.parse("2026-11-30T16:00:00Z"), "carmen",
                com.orderdesk.logic.audit.AuditActions.CREDIT_KEEP, "ORDER", "SO-102368", null, null,
                "waiting for the wire", null, null);
        var steps = new OrderTimeline(ZoneOffset.UTC).of(new OrderHistory(h, List.of(kept), List.of(), List.of(), List.of(), List.of()));
        assertThat(steps).extracting(TimelineEvent::title).containsExactly("Entered", "Kept on credit hold");
        assertThat(steps.get(1).detail()).isEqualTo("Kept on hold by carmen: waiting for the wire.");
    }
}
