package com.orderdesk.logic.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceStandingTest {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    @ParameterizedTest(name = "paid {0}, credited {1}, on {2} -> {3}")
    @CsvSource({
            "0,      0,      2026-04-01, OPEN",
            "0,      0,      2026-04-30, OPEN",
            "0,      0,      2026-05-01, OVERDUE",
            "40,     0,      2026-04-01, PARTLY_PAID",
            "40,     0,      2026-05-10, OVERDUE",
            "100,    0,      2026-05-10, PAID",
            "120,    0,      2026-04-10, PAID",
            "60,     40,     2026-06-01, PAID",
            "0,      100,    2026-06-01, CREDITED",
            "0,      30,     2026-04-02, OPEN",
            "0,      30,     2026-05-02, OVERDUE",
            "99.99,  0,      2026-04-02, PARTLY_PAID",
    })
    void statusFollowsTheMoney(String paid, String credited, LocalDate today, InvoiceStanding expected) {
        assertThat(InvoiceStanding.of(Money.of("100.00"), Money.of(paid), Money.of(credited), DUE, today))
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void storedStatusIsNeverOverdue() {
        assertThat(InvoiceStanding.stored(Money.of("100"), Money.of("40"), Money.ZERO)).isEqualTo(InvoiceStanding.PARTLY_PAID);
        assertThat(InvoiceStanding.stored(Money.of("100"), Money.ZERO, Money.ZERO)).isEqualTo(InvoiceStanding.OPEN);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> InvoiceStanding.stored(Money.of("100"), Money.of("-1"), Money.ZERO)).hasMessageContaining("negative");
    }
}
