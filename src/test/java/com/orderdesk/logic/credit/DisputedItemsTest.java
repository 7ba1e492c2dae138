package com.orderdesk.logic.credit;

import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static com.orderdesk.logic.credit.CreditFixtures.customer;
import static com.orderdesk.logic.credit.CreditFixtures.engine;
import static com.orderdesk.logic.credit.CreditFixtures.input;
import static com.orderdesk.logic.credit.CreditFixtures.invoice;
import static com.orderdesk.logic.credit.CreditFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An amount in dispute on an open case is shown apart and is not past due while the grace period runs. */
class DisputedItemsTest {
    @Test
    void aWhollyDisputedInvoiceIsNotPastDueDuringTheGracePeriodAndIsAfterIt() {
        OpenItem late = invoice("INV-1", TODAY.minusDays(40), "500.00"); // MEDIUM allows 15 days
        OpenItem disputed = late.withDispute(Money.of("500.00"), TODAY.plusDays(10));
        assertThat(engine().check(input(customer(), List.of(disputed), List.of(), order("10"))).isHold()).isFalse();
        assertThat(engine().check(input(customer(), List.of(late.withDispute(Money.of("500.00"), TODAY.minusDays(1))),
                List.of(), order("10"))).reasonCodes()).containsExactly(CreditReason.INVOICE_PAST_DUE);
    }

    @Test
    void onlyTheDisputedPartIsProtected() {
        OpenItem partly = invoice("INV-1", TODAY.minusDays(40), "500.00").withDispute(Money.of("120.00"), TODAY.plusDays(10));
        assertThat(partly.lateAmount(TODAY)).isEqualTo(Money.of("380.00"));
        assertThat(engine().check(input(customer(), List.of(partly), List.of(), order("10"))).reasonCodes())
                .containsExactly(CreditReason.INVOICE_PAST_DUE);
    }

    @Test
    void theExposureStillCountsDisputedMoneyAndTheAgingShowsItApart() {
        OpenItem partly = invoice("INV-1", TODAY.minusDays(40), "500.00").withDispute(Money.of("120.00"), TODAY.plusDays(10));
        OpenItem parked = new OpenItem("CASE-100001", TODAY.minusDays(3), TODAY.minusDays(20), Money.of("20.00"),
                Money.of("20.00"), TODAY.plusDays(57));
        List<OpenItem> items = List.of(partly, parked, invoice("INV-2", TODAY.plusDays(5), "100.00"));

        assertThat(Exposure.of(items, List.of(), order("10")).openReceivables()).isEqualTo(Money.of("620.00"));
        Aging aging = Aging.of(items, TODAY);
        assertThat(aging.disputed()).isEqualTo(Money.of("140.00"));
        assertThat(aging.amount(AgingBucket.DAYS_31_60)).isEqualTo(Money.of("380.00"));
        assertThat(aging.count(AgingBucket.DAYS_1_30)).as("the parked deduction is not aged").isZero();
        assertThat(aging.total()).isEqualTo(Money.of("620.00"));
        assertThat(aging.pastDue()).isEqualTo(Money.of("380.00"));
    }
}
