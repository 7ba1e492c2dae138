package com.orderdesk.logic.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSeriesTest {

    @Test
    void formatsAndParsesPerSeries() {
        assertThat(DocumentSeries.INVOICE.format(123)).isEqualTo("INV-000123");
        assertThat(DocumentSeries.CREDIT_MEMO.format(45)).isEqualTo("CM-000045");
        assertThat(DocumentSeries.INVOICE.format(1_234_567)).isEqualTo("INV-1234567");
        assertThat(DocumentSeries.INVOICE.parse("INV-000123")).isEqualTo(123);
        assertThat(DocumentSeries.INVOICE.parse("INV-1234567")).isEqualTo(1_234_567);
        assertThat(DocumentSeries.next(0)).isEqualTo(1);
        assertThat(DocumentSeries.next(41)).isEqualTo(42);
    }

    @Test
    void refusesNumbersOfAnotherSeriesOrShape() {
        assertThatThrownBy(() -> DocumentSeries.INVOICE.parse("CM-000045"))
                .hasMessage("\"CM-000045\" is not a INV number (expected e.g. INV-000123)");
        assertThatThrownBy(() -> DocumentSeries.INVOICE.parse("INV-12")).hasMessageContaining("not a INV number");
        assertThatThrownBy(() -> DocumentSeries.INVOICE.parse("INV-00012A")).hasMessageContaining("not a INV number");
        assertThatThrownBy(() -> DocumentSeries.INVOICE.format(0)).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> new DocumentSeries("inv", 6)).hasMessageContaining("prefix");
    }

    @Test
    void findsGapsInIssuedNumbers() {
        assertThat(DocumentSeries.INVOICE.gaps(List.of("INV-000001", "INV-000002", "INV-000003"))).isEmpty();
        assertThat(DocumentSeries.INVOICE.gaps(List.of("INV-000005", "INV-000001", "INV-000002"))).containsExactly(3L, 4L);
    }

    @Test
    void agingBucketsCountDaysPastDue() {
        LocalDate due = LocalDate.of(2026, 1, 31);
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 1, 31))).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 2, 1))).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 3, 2))).isEqualTo(AgingBucket.DAYS_1_30);   // 30 days
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 3, 3))).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 5, 1))).isEqualTo(AgingBucket.DAYS_61_90); // 90 days
        assertThat(AgingBucket.of(due, LocalDate.of(2026, 5, 2))).isEqualTo(AgingBucket.OVER_90);
    }
}
