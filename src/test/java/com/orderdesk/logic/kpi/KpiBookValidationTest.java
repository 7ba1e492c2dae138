package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ledgers from the application are checked too: the engine refuses what would make a figure wrong. */
class KpiBookValidationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Ledgers.Invoice invoice(String no, String amount) {
        return new Ledgers.Invoice(no, "C1", DAY, DAY.plusDays(30), new BigDecimal(amount));
    }

    private static Ledgers.Order order(String no) {
        return new Ledgers.Order(no, "C1", OrderChannel.EDI, DAY, false, null, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                false, false, false, false);
    }

    @Test
    void aSettlementOfAnUnknownInvoiceIsRefused() {
        Ledgers ledgers = new Ledgers(List.of(invoice("A", "10.00")),
                List.of(new Ledgers.Settlement("B", DAY, BigDecimal.TEN, SettlementKind.CASH)), List.of(), List.of());
        assertThatThrownBy(() -> KpiBook.of(ledgers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settlement of unknown invoice B");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(invoice("A", "1.00"), invoice("A", "2.00")), List.of(), List.of(), List.of())))
                .hasMessageContaining("invoice A appears twice");
        assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of(order("O"), order("O")))))
                .hasMessageContaining("order O appears twice");
        Ledgers.Payment payment = new Ledgers.Payment("P", DAY, BigDecimal.ONE, true);
        assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(), List.of(), List.of(payment, payment), List.of())))
                .hasMessageContaining("payment P appears twice");
    }

    @Test
    void problemsFoundOnTheSecondThreadAreReportedTheSameWay() {
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Ledgers.Order costly = new Ledgers.Order("O", "C1", OrderChannel.EDI, DAY, false, DAY, 1, new BigDecimal("1.001"),
                    BigDecimal.ZERO, true, true, true, true);
            assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of(costly)), second))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order O shipping cost: amount 1.001");
            assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of(order("O"), order("O"))), second))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order O appears twice");
        } finally {
            second.shutdown();
        }
    }

    @Test
    void fractionsOfACentAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> KpiBook.of(new Ledgers(List.of(invoice("A", "10.005")), List.of(), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoice A: amount 10.005 is not whole cents");
    }
}
