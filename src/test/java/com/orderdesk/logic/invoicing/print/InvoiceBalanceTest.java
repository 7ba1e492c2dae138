package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an invoice's print says came against it: the figures under its total add up to the total above them. */
class InvoiceBalanceTest {
    private static final LocalDate D1 = LocalDate.of(2026, 11, 20);
    private static final LocalDate D2 = LocalDate.of(2026, 11, 26);

    private static Money m(String amount) {
        return Money.of(amount);
    }

    @Test
    void aMemoIssuedOnAnInvoiceAlreadyPaidIsNotPartOfItsBalanceItsCreditStaysOnTheAccount() {
        InvoiceBalance b = InvoiceBalance.of(m("500.00"), Money.ZERO, m("500.00"), D1,
                List.of(new InvoiceBalance.Credit("CM-001001", D2, m("100.00"))));
        assertThat(b.credits()).isEmpty();
        assertThat(b.paid()).isEqualTo(m("500.00"));
        assertThat(b.closing()).isEqualTo(new InvoiceBalance.Closing(D1, null));
        assertThat(b.paidOn()).isEqualTo(D1);
    }

    @Test
    void aMemoClosingWhatAPaymentLeftClosesTheInvoiceAndADiscountIsAnAdjustment() {
        // 300 paid, 10 discount taken, then a memo of 250 of which 190 was still open
        InvoiceBalance b = InvoiceBalance.of(m("500.00"), Money.ZERO, m("300.00"), D1,
                List.of(new InvoiceBalance.Credit("CM-001002", D2, m("250.00"))));
        assertThat(b.credits()).containsExactly(new InvoiceBalance.Credit("CM-001002", D2, m("200.00")));
        assertThat(b.adjusted()).isEqualTo(Money.ZERO);
        assertThat(b.closing()).isEqualTo(new InvoiceBalance.Closing(D2, "CM-001002"));
        assertThat(b.paidOn()).isNull();

        InvoiceBalance withDiscount = InvoiceBalance.of(m("500.00"), Money.ZERO, m("490.00"), D1, List.of());
        assertThat(withDiscount.adjusted()).isEqualTo(m("10.00"));
        assertThat(withDiscount.untouched()).isFalse();
    }

    @Test
    void aHistoryInvoiceWithNoCashRowsWasPaidWhatItsMemosDidNotCloseOnItsPaidDay() {
        InvoiceBalance b = InvoiceBalance.of(m("500.00"), m("100.00"), null, null,
                List.of(new InvoiceBalance.Credit("CM-001003", D1, m("50.00"))));
        assertThat(b.paid()).isEqualTo(m("350.00"));
        assertThat(b.adjusted()).isEqualTo(Money.ZERO);
        assertThat(b.closing()).isNull();
        assertThat(InvoiceBalance.of(m("500.00"), m("500.00"), null, null, List.of()).untouched()).isTrue();
        assertThat(InvoiceBalance.of(m("500.00"), Money.ZERO, null, D1, List.of()).paidOn()).isEqualTo(D1);
    }
}
