package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity statement's arithmetic and its period, without a book. */
class ActivityStatementDocumentTest {
    private static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);

    private static StatementDocument openOn(LocalDate day) {
        return new StatementDocument("C-1", new AddressBlock("Acme", List.of()), day, "NET 30", List.of(), day);
    }

    @Test
    void movementsRunInDateOrderFromTheOpeningToTheClosing() {
        ActivityStatement a = new ActivityStatement("C-1", new AddressBlock("Acme", List.of()), LocalDate.of(2026, 11, 1), DEC_7,
                null, Money.of("100.00"), List.of(
                new ActivityStatement.Movement(LocalDate.of(2026, 11, 20), "HP-1", "Payment", "On INV-1", Money.of("-100.00")),
                new ActivityStatement.Movement(LocalDate.of(2026, 11, 3), "INV-2", "Invoice", null, Money.of("250.10")),
                new ActivityStatement.Movement(LocalDate.of(2026, 11, 20), "CM-1", "Credit memo", "On INV-2", Money.of("-0.10"))),
                openOn(DEC_7), DEC_7);

        assertThat(a.movements()).extracting(ActivityStatement.Movement::documentNumber).containsExactly("INV-2", "HP-1", "CM-1");
        assertThat(a.runningBalances()).containsExactly(Money.of("350.10"), Money.of("250.10"), Money.of("250.00"));
        assertThat(a.closing()).isEqualTo(Money.of("250.00"));
        assertThat(a.hasAnything()).isTrue();
    }

    @Test
    void theDefaultPeriodStartsOnTheFirstDayOfTheMonthBeforeAndABadPeriodIsRefusedSayingWhy() {
        assertThat(ActivityStatement.defaultFrom(DEC_7)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ActivityStatement.defaultFrom(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(ActivityStatement.defaultFrom(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThatThrownBy(() -> ActivityStatement.checkPeriod(DEC_7, DEC_7.minusDays(1), DEC_7)).hasMessageContaining("after its last day");
        assertThatThrownBy(() -> ActivityStatement.checkPeriod(DEC_7, DEC_7.plusDays(1), DEC_7)).hasMessageContaining("still to come");
        assertThatThrownBy(() -> ActivityStatement.checkPeriod(null, DEC_7, DEC_7)).hasMessageContaining("Give the first and the last day");
        ActivityStatement.checkPeriod(DEC_7, DEC_7, DEC_7);
    }
}
