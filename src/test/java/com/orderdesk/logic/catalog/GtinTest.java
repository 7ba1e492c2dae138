package com.orderdesk.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** GTIN check digits (GS1 modulo 10, via commons-validator) for every length, and the stored 14-digit form. */
class GtinTest {
    @Test
    void realNumbersOfEveryLengthAreAccepted() {
        assertThat(Gtin.problem("036000291452")).isNull();   // UPC-A printed on a Wrigley's pack
        assertThat(Gtin.problem("4006381333931")).isNull();  // EAN-13 of a Stabilo pen
        assertThat(Gtin.problem("96385074")).isNull();       // GS1's GTIN-8 example
        assertThat(Gtin.problem("10036000291459")).isNull(); // the UPC-A's case: indicator 1, GTIN-14
        assertThat(Gtin.problem("0 36000 29145 2")).isNull(); // as printed under the bars
        assertThat(Gtin.problem("")).isNull();
        assertThat(Gtin.problem(null)).isNull();
    }

    @Test
    void aWrongCheckDigitSaysWhichDigitIsRight() {
        assertThat(Gtin.problem("036000291453")).isEqualTo("the check digit of 036000291453 is wrong (it should be 2)");
        assertThat(Gtin.problem("4006381333932")).contains("should be 1");
        assertThat(Gtin.problem("10036000291458")).contains("should be 9");
    }

    @Test
    void lettersAndOtherLengthsAreRefusedWithTheReason() {
        assertThat(Gtin.problem("03600029145X")).isEqualTo("a GTIN has only digits, not \"03600029145X\"");
        assertThat(Gtin.problem("1234567")).isEqualTo("a GTIN has 8, 12, 13 or 14 digits, not 7");
        assertThat(Gtin.problem("123456789012345")).contains("not 15");
    }

    @Test
    void storedAsFourteenDigitsSoOneItemHasOneValue() {
        assertThat(Gtin.normalize("036000291452")).contains("00036000291452");
        assertThat(Gtin.normalize("0036000291452")).contains("00036000291452");
        assertThat(Gtin.normalize("96385074")).contains("00000096385074");
        assertThat(Gtin.normalize(" ")).isEmpty();
        assertThatThrownBy(() -> Gtin.normalize("036000291453")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Gtin.withCheckDigit("03600029145")).isEqualTo("036000291452");
    }
}
