package com.orderdesk.logic.credit;

import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentBehaviorTest {
    private static PaymentRecord paid(int daysAfterInvoice, String amount) {
        LocalDate invoiced = TODAY.minusDays(200);
        return new PaymentRecord("INV", invoiced, invoiced.plusDays(30), invoiced.plusDays(daysAfterInvoice),
                Money.of(amount));
    }

    @Test
    void averagesDaysToPayPlainAndWeightedAndAgainstTerms() {
        PaymentBehavior b = PaymentBehavior.of(List.of(paid(20, "100"), paid(45, "300"), paid(31, "100"))).orElseThrow();
        assertThat(b.payments()).isEqualTo(3);
        assertThat(b.totalPaid()).isEqualTo(Money.of(500));
        assertThat(b.averageDaysToPay()).isEqualByComparingTo(new BigDecimal("32.0"));       // (20+45+31)/3
        assertThat(b.weightedAverageDaysToPay()).isEqualByComparingTo(new BigDecimal("37.2")); // (2000+13500+3100)/500
        assertThat(b.averageDaysPastDue()).isEqualByComparingTo(new BigDecimal("2.0"));      // (-10+15+1)/3
    }

    @Test
    void earlyPayerHasNegativeDaysPastDue() {
        PaymentBehavior b = PaymentBehavior.of(List.of(paid(10, "1"), paid(15, "1"))).orElseThrow();
        assertThat(b.averageDaysPastDue()).isEqualByComparingTo(new BigDecimal("-17.5"));
    }

    @Test
    void noHistoryNoAverage() {
        assertThat(PaymentBehavior.of(List.of())).isEmpty();
    }

    @Test
    void zeroPaymentIsRefusedWithItsInvoice() {
        assertThatThrownBy(() -> new PaymentRecord("INV-9", TODAY, TODAY, TODAY, Money.ZERO))
                .hasMessage("Payment on invoice INV-9 must be a positive amount, was 0.00.");
    }
}
