package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats us = Formats.forLocale(Locale.US);

    @Test
    void moneyShowsGroupingAndTwoDecimalsRoundedHalfUp() {
        assertThat(us.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(us.money(new BigDecimal("1234567.125"))).isEqualTo("1,234,567.13");
        assertThat(us.money(new BigDecimal("-0.5"))).isEqualTo("-0.50");
        assertThat(us.money((BigDecimal) null)).isEmpty();
        assertThat(us.moneyWithCurrency(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
    }

    @Test
    void moneyFollowsTheLocale() {
        assertThat(Formats.forLocale(Locale.GERMANY).money(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
    }

    @Test
    void quantitiesArePlainWholeNumbersUnlessTheyHaveFractions() {
        assertThat(us.quantity(1234)).isEqualTo("1,234");
        assertThat(us.quantity(new BigDecimal("2.500"))).isEqualTo("2.5");
        assertThat(us.percent(new BigDecimal("12.50"))).isEqualTo("12.5%");
        assertThat(us.percent(new BigDecimal("13.88"), 1)).isEqualTo("13.9%");
        assertThat(us.percent(new BigDecimal("29.40"), 1)).isEqualTo("29.4%");
        assertThat(us.percent(new BigDecimal("30"), 1)).isEqualTo("30.0%");
    }

    @Test
    void datesUseTheLocaleAndAFourDigitYearForTyping() {
        LocalDate date = LocalDate.of(2026, 11, 26);
        assertThat(us.date(date)).isEqualTo("Nov 26, 2026");
        assertThat(us.entryDate(date)).isEqualTo("11/26/2026");
        assertThat(us.parseDate("11/26/2026")).isEqualTo(date);
        assertThat(us.parseDate("2026-11-26")).isEqualTo(date);
        assertThat(Formats.forLocale(Locale.GERMANY).entryDate(date)).isEqualTo("26.11.2026");
    }

    @Test
    void monthAndDayFollowTheLocalesOrderWithoutTheYear() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        // the lists' and charts' brief dates read as the medium date does ("Dec 7, 2026"): "7 Dec" did not in en-US
        assertThat(us.monthDay(date)).isEqualTo("Dec 7");
        assertThat(Formats.forLocale(Locale.FRANCE).monthDay(date)).isEqualTo("7 d\u00e9c.");
        assertThat(Formats.forLocale(Locale.GERMANY).monthDay(date)).isEqualTo("07.12");
        assertThat(Formats.forLocale(Locale.JAPAN).monthDay(date)).isEqualTo("12/07");
        assertThat(us.monthDay(null)).isEmpty();
    }

    @Test
    void theYearGoesWithTheSeparatorsThatTieItToTheRest() {
        assertThat(Formats.withoutYear("MMM d, y")).isEqualTo("MMM d");
        assertThat(Formats.withoutYear("d MMM y")).isEqualTo("d MMM");
        assertThat(Formats.withoutYear("y/MM/dd")).isEqualTo("MM/dd");
        assertThat(Formats.withoutYear("y\u5e74M\u6708d\u65e5")).isEqualTo("M\u6708d\u65e5");
        assertThat(Formats.withoutYear("d 'de' MMM 'de' y")).isEqualTo("d 'de' MMM");
        assertThat(Formats.withoutYear("d MMM y '\u0433'.")).isEqualTo("d MMM");
        assertThat(Formats.withoutYear("y. MMM d.")).isEqualTo("MMM d.");
    }

    @Test
    void readsTypedMoneyExactly() {
        assertThat(us.parseMoney("1,234.5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(us.parseMoney(" 1234.5 ")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(us.parseMoney("$1,234,567.89")).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(us.parseMoney("-12")).isEqualTo(new BigDecimal("-12.00"));
        assertThat(Formats.forLocale(Locale.GERMANY).parseMoney("1.234,5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Formats.forLocale(Locale.FRANCE).parseMoney("1 234,5")).isEqualTo(new BigDecimal("1234.50"));
    }

    @Test
    void refusesAStrayLetterAndSaysWhereItIs() {
        assertThatThrownBy(() -> us.parseMoney("12,5O"))
                .isInstanceOf(InputException.class)
                .hasMessage("\u201c12,5O\u201d cannot be read: \u201cO\u201d at position 5 is not part of a number."
                        + " Use digits, one decimal separator and thousands separators, e.g. 1,234.50.")
                .satisfies(e -> assertThat(((InputException) e).position()).isEqualTo(4));
    }

    @Test
    void refusesMisplacedThousandsSeparators() {
        assertThatThrownBy(() -> us.parseMoney("12,5"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("thousands separator \u201c,\u201d in the wrong place")
                .hasMessageContaining("\u201c.\u201d marks decimals");
        assertThatThrownBy(() -> us.parseMoney("1,234.5,6")).isInstanceOf(InputException.class);
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> us.parseMoney("1.234"))
                .isInstanceOf(InputException.class)
                .hasMessage("\u201c1.234\u201d has too many decimals: at most 2 are allowed, e.g. 1,234.50.");
    }

    @Test
    void blankMoneyAsksForAnAmount() {
        assertThatThrownBy(() -> us.parseMoney("  ")).hasMessage("Enter an amount, e.g. 1,234.50.");
    }

    @Test
    void quantitiesMustBeWholeNumbers() {
        assertThat(us.parseQuantity("1,200")).isEqualTo(1200L);
        assertThat(us.parseQuantity("12")).isEqualTo(12L);
        assertThat(us.parseQuantity("12.0")).isEqualTo(12L);
        assertThatThrownBy(() -> us.parseQuantity("1.5"))
                .hasMessage("\u201c1.5\u201d is not a whole number: quantities are counted in whole units, e.g. 12.");
        assertThatThrownBy(() -> us.parseQuantity("12 boxes")).isInstanceOf(InputException.class)
                .hasMessageContaining("a space at position 3");
        assertThatThrownBy(() -> us.parseQuantity("12boxes")).hasMessageContaining("\u201cb\u201d at position 3");
        assertThatThrownBy(() -> us.parseQuantity("99999999999999999999")).hasMessageContaining("too large");
    }

    @Test
    void percentagesAcceptAnOptionalPercentSign() {
        assertThat(us.parsePercent("12.5")).isEqualByComparingTo("12.5");
        assertThat(us.parsePercent("12.5 %")).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> us.parsePercent("12.345")).hasMessageContaining("at most 2");
    }

    @Test
    void badDatesShowTheExpectedForm() {
        assertThatThrownBy(() -> us.parseDate("31/12/2026"))
                .hasMessage("\u201c31/12/2026\u201d is not a date: type it as 3/31/2026.");
    }

    @Test
    void convertersTreatBlankAsNoValueAndRoundTrip() {
        assertThat(us.moneyConverter().fromString("")).isNull();
        assertThat(us.moneyConverter().fromString("1,234.5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(us.moneyConverter().toString(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(us.moneyConverter().toString(null)).isEmpty();
        assertThat(us.quantityConverter().fromString("1,200")).isEqualTo(1200L);
        assertThat(us.quantityConverter().toString(1200L)).isEqualTo("1,200");
        assertThat(us.percentConverter().toString(new BigDecimal("7.25"))).isEqualTo("7.25");
        assertThat(us.dateConverter().fromString("11/26/2026")).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThatThrownBy(() -> us.moneyConverter().fromString("12,5O")).isInstanceOf(InputException.class);
    }

    /** Defect: moments showed as "12/3/26, 3:00:00 PM" beside dates shown as "Dec 3, 2026". */
    @Test
    void aMomentShowsTheSameDateAsADate() {
        java.time.Instant at = java.time.Instant.parse("2026-12-03T15:00:00Z");
        assertThat(us.dateTime(at, java.time.ZoneOffset.UTC)).startsWith(us.date(LocalDate.of(2026, 12, 3)) + ",")
                .startsWith("Dec 3, 2026, 3:00").doesNotContain("12/3/26");
    }
}
