package com.orderdesk.logic.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.model.common.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StateTaxRateTableTest {
    private static final StateTaxRateTable TABLE = StateTaxRateTable.loadDefault();
    private static final String HEADER = "# rates as of 2025-01-01\nstate,name,state_rate_percent,avg_local_rate_percent,note\n";

    @Test
    void californiaBaseRateIsSevenAndAQuarterPercent() {
        assertThat(TABLE.ratePercent("CA")).isEqualByComparingTo("7.25");
        assertThat(TABLE.rate("CA")).isEqualByComparingTo("0.0725");
        assertThat(Money.of("100.00").times(TABLE.rate("CA"))).isEqualTo(Money.of("7.25"));
    }

    @Test
    void coversTheFiftyStatesAndDcAndNothingElse() {
        assertThat(TABLE.stateCodes()).hasSize(51).contains("DC", "AK", "HI").doesNotContain("PR", "GU", "VI");
        assertThat(TABLE.all()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
    }

    @Test
    void knownStatewideRates() {
        assertThat(TABLE.ratePercent("TX")).isEqualByComparingTo("6.25");
        assertThat(TABLE.ratePercent("NY")).isEqualByComparingTo("4");
        assertThat(TABLE.ratePercent("MN")).isEqualByComparingTo("6.875");
        assertThat(TABLE.ratePercent("CO")).isEqualByComparingTo("2.9");
        assertThat(TABLE.ratePercent("LA")).isEqualByComparingTo("5.00");
        assertThat(TABLE.ratePercent("DC")).isEqualByComparingTo("6");
        for (String noStateTax : new String[] {"AK", "DE", "MT", "NH", "OR"}) {
            assertThat(TABLE.rate(noStateTax)).as(noStateTax).isZero();
        }
        assertThat(TABLE.all()).filteredOn(r -> r.stateRatePercent().signum() == 0).hasSize(5);
    }

    @Test
    void combinedRateOnlyWhereTheLocalAverageIsRecorded() {
        assertThat(TABLE.entry("LA").averageCombinedRatePercent()).contains(new BigDecimal("10.12"));
        assertThat(TABLE.entry("AK").averageCombinedRatePercent()).contains(new BigDecimal("1.82"));
        assertThat(TABLE.entry("CA").averageCombinedRatePercent()).isEmpty();
    }

    @Test
    void codesAreMatchedIgnoringCaseAndBlanks() {
        assertThat(TABLE.rate(" wa ")).isEqualByComparingTo("0.065");
        assertThat(TABLE.contains("dc")).isTrue();
    }

    @Test
    void unknownStateIsAClearError() {
        assertThatThrownBy(() -> TABLE.rate("PR"))
                .isInstanceOf(UnknownStateException.class)
                .hasMessageContaining("'PR'")
                .hasMessageContaining("the table knows AK, AL, AR");
        assertThatThrownBy(() -> TABLE.rate(null)).isInstanceOf(UnknownStateException.class);
        assertThat(TABLE.find("ZZ")).isEmpty();
    }

    @Test
    void theShippedTableSaysWhenItsRatesApply() {
        assertThat(TABLE.asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void badRateIsReportedWithFileAndLine() {
        String csv = HEADER + "CA,California,7.25,,\nTX,Texas,six,,\n";
        assertThatThrownBy(() -> StateTaxRateTable.read(new StringReader(csv), "rates.csv"))
                .isInstanceOf(AssetFormatException.class)
                .hasMessage("rates.csv line 4: column 'state_rate_percent' is not a decimal number: 'six'");
    }

    @Test
    void rateOutOfRangeDuplicateStateAndMissingColumnAreRejected() {
        assertThatThrownBy(() -> StateTaxRateTable.read(new StringReader(HEADER + "CA,California,72.5,,\n"), "r.csv"))
                .hasMessageContaining("r.csv line 3").hasMessageContaining("outside 0..20%");
        assertThatThrownBy(() -> StateTaxRateTable.read(
                new StringReader(HEADER + "CA,California,7.25,,\nCA,California,7.25,,\n"), "r.csv"))
                .hasMessageContaining("r.csv line 4: state CA is listed twice");
        assertThatThrownBy(() -> StateTaxRateTable.read(
                new StringReader("# as of 2025-01-01\nstate,name,rate\nCA,California,7.25\n"), "r.csv"))
                .hasMessageContaining("header has no column 'state_rate_percent'");
        assertThatThrownBy(() -> StateTaxRateTable.read(
                new StringReader("state,name,state_rate_percent,avg_local_rate_percent,note\n"), "r.csv"))
                .hasMessageContaining("no 'as of YYYY-MM-DD' date");
    }
}
