package com.orderdesk.logic.credit;

import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static com.orderdesk.logic.credit.CreditFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgingTest {

    @ParameterizedTest(name = "{0} days past due -> {1}")
    @CsvSource({
            "-10, CURRENT", "0, CURRENT",
            "1, DAYS_1_30", "30, DAYS_1_30",
            "31, DAYS_31_60", "60, DAYS_31_60",
            "61, DAYS_61_90", "90, DAYS_61_90",
            "91, OVER_90", "4000, OVER_90"})
    void bucketBoundaries(long daysPastDue, AgingBucket expected) {
        assertThat(AgingBucket.forDaysPastDue(daysPastDue)).isEqualTo(expected);
    }

    @Test
    void agingSumsAmountsAndCountsPerBucket() {
        Aging aging = Aging.of(List.of(
                invoice("A", TODAY, "100.00"),               // due today: current
                invoice("B", TODAY.plusDays(20), "50.50"),   // current
                invoice("C", TODAY.minusDays(1), "10.00"),   // 1-30
                invoice("D", TODAY.minusDays(30), "20.00"),  // 1-30
                invoice("E", TODAY.minusDays(31), "30.00"),  // 31-60
                invoice("F", TODAY.minusDays(90), "40.00"),  // 61-90
                invoice("G", TODAY.minusDays(91), "60.00"),  // over 90
                invoice("CM", TODAY.minusDays(5), "-5.00")), // credit, 1-30
                TODAY);
        assertThat(aging.amount(AgingBucket.CURRENT)).isEqualTo(Money.of("150.50"));
        assertThat(aging.count(AgingBucket.CURRENT)).isEqualTo(2);
        assertThat(aging.amount(AgingBucket.DAYS_1_30)).isEqualTo(Money.of("25.00"));
        assertThat(aging.count(AgingBucket.DAYS_1_30)).isEqualTo(3);
        assertThat(aging.amount(AgingBucket.DAYS_31_60)).isEqualTo(Money.of("30.00"));
        assertThat(aging.amount(AgingBucket.DAYS_61_90)).isEqualTo(Money.of("40.00"));
        assertThat(aging.amount(AgingBucket.OVER_90)).isEqualTo(Money.of("60.00"));
        assertThat(aging.total()).isEqualTo(Money.of("305.50"));
        assertThat(aging.pastDue()).isEqualTo(Money.of("155.00"));
    }

    @Test
    void emptyAgingHasZeroInEveryBucket() {
        Aging aging = Aging.of(List.of(), TODAY);
        for (AgingBucket b : AgingBucket.values()) {
            assertThat(aging.amount(b).isZero()).isTrue();
            assertThat(aging.count(b)).isZero();
        }
    }
}
