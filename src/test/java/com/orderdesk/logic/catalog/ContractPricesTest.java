package com.orderdesk.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.catalog.ContractPrices.Period;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which contract applies on a day: valid that day, and of several the latest valid-from. */
class ContractPricesTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private final List<Period> contracts = List.of(
            new Period(ContractPrices.BEGINNING, null),                         // 0: the old undated one
            new Period(JAN1, LocalDate.of(2026, 6, 30)),                       // 1: first half-year
            new Period(LocalDate.of(2026, 12, 1), null));                      // 2: from December, open

    @Test
    void theLatestStartValidOnTheDayWins() {
        assertThat(ContractPrices.applying(contracts, LocalDate.of(2025, 12, 31))).contains(0);
        assertThat(ContractPrices.applying(contracts, JAN1)).contains(1);
        assertThat(ContractPrices.applying(contracts, LocalDate.of(2026, 6, 30))).contains(1);
        assertThat(ContractPrices.applying(contracts, LocalDate.of(2026, 7, 1))).contains(0); // the dated one has ended
        assertThat(ContractPrices.applying(contracts, LocalDate.of(2026, 12, 1))).contains(2);
        assertThat(ContractPrices.applying(List.of(new Period(JAN1, JAN1)), JAN1.plusDays(1))).isEmpty();
    }

    @Test
    void aContractNeedsADayToStartAnEndNotBeforeItAndAPrice() {
        assertThat(ContractPrices.check(new ContractPriceData("c-10001", "glv", JAN1, null, Money.of("9.99")), 3)).isEmpty();
        assertThat(ContractPrices.check(new ContractPriceData("C-1", "GLV", JAN1, JAN1.minusDays(1), Money.of("-1")), 7))
                .extracting(InputProblem::toString)
                .containsExactly("Line 7: valid_to: the last day (Dec 31, 2025) is before the first (Jan 1, 2026)",
                        "Line 7: price: an amount from 0.00 to 1,000,000.00, not -1.00");
        assertThat(new ContractPriceData(" c-10001 ", "glv-nit-l", JAN1, null, Money.ZERO).key())
                .isEqualTo("C-10001 GLV-NIT-L from 2026-01-01");
    }

    /**
     * A row of a prices file is told about in the file's own words ("2026-02-01", "2000000"), the
     * text a person fixing the file searches it for; "Feb 1, 2026" is not in the file.
     */
    @Test
    void aFileRowsProblemsQuoteItsValuesAsTheFileWritesThem() {
        var problems = new java.util.ArrayList<InputProblem>();
        var row = new FileRow(5, java.util.Map.of("customer_no", "C-10001", "sku", "GLV-NIT-L", "valid_from", "2026-03-01",
                "valid_to", " 2026-02-01 ", "price", "2000000"));
        assertThat(PriceFile.read(row, problems)).isNull();
        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                "Line 5: valid_to: the last day (2026-02-01) is before the first (2026-03-01)",
                "Line 5: price: an amount from 0.00 to 1,000,000.00, not 2000000");
    }

    @Test
    void aContractIsExpiredCurrentOrFutureOnADay() {
        ContractPriceRow row = new ContractPriceRow(1, 1, "C-1", "Acme", 1, "GLV", "Gloves", Money.of("12"), Money.of("10"),
                JAN1, LocalDate.of(2026, 6, 30));
        assertThat(row.periodOn(LocalDate.of(2025, 12, 31))).isEqualTo(ContractPriceRow.Period.FUTURE);
        assertThat(row.periodOn(JAN1)).isEqualTo(ContractPriceRow.Period.CURRENT);
        assertThat(row.periodOn(LocalDate.of(2026, 7, 1))).isEqualTo(ContractPriceRow.Period.EXPIRED);
    }
}
