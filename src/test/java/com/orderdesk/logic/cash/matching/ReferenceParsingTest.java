package com.orderdesk.logic.cash.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.common.EditDistance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceParsingTest {
    private final RemittanceParser parser = new RemittanceParser(List.of("INV"));

    @Test
    void invoiceNumbersAndRepairedReferencesShareOneCore() {
        assertThat(InvoiceRefs.core("INV-10023")).isEqualTo("10023");
        assertThat(InvoiceRefs.core("INV-0010023")).isEqualTo("10023");
        assertThat(InvoiceRefs.refCore("10023", List.of("INV"))).isEqualTo("10023");
        assertThat(InvoiceRefs.refCore("inv 0010023", List.of("INV"))).isEqualTo("10023");
        assertThat(InvoiceRefs.refCore("INV-1OO23", List.of("INV"))).as("O read for 0").isEqualTo("10023");
        assertThat(InvoiceRefs.refCore("INV-I0O2S", List.of("INV"))).as("I for 1, S for 5").isEqualTo("10025");
        assertThat(InvoiceRefs.refCore("I0023", List.of("INV"))).as("a leading 1 read as I is no prefix").isEqualTo("10023");
        assertThat(InvoiceRefs.refCore("INVOICE10023", List.of("INV"))).isEqualTo("10023");
    }

    @Test
    void wordsAndShortNumbersAreNoReferences() {
        assertThat(InvoiceRefs.refCore("Payment", List.of("INV"))).isNull();
        assertThat(InvoiceRefs.refCore("123", List.of("INV"))).isNull();
        assertThat(InvoiceRefs.refCore("ABC12X9", List.of("INV"))).as("letters inside the number").isNull();
    }

    @Test
    void readsReferencesWithTheirAmountsAndSkipsOtherNumbers() {
        Remittance r = parser.parse("INV-10023 1,234.56; 10024 500.00 PO 77123 CHK 4471 paid 2026-11-20");
        assertThat(r.refs()).extracting(Remittance.Ref::core).containsExactly("10023", "10024");
        assertThat(r.refs()).extracting(Remittance.Ref::amount).containsExactly(123456L, 50000L);
        assertThat(r.deductionStated()).isFalse();
    }

    @Test
    void recognisesStatedDeductionsAndTheirAmount() {
        Remittance less = parser.parse("INV-10023 less 45.00 damaged");
        assertThat(less.deductionStated()).isTrue();
        assertThat(less.deductionAmount()).isEqualTo(4500L);
        assertThat(less.refs().get(0).amount()).as("the deducted amount is not the paid amount").isEqualTo(-1L);
        assertThat(parser.parse("10023 short paid RC-12").deductionStated()).isTrue();
        assertThat(parser.parse("reason code D04 inv 10023").deductionStated()).isTrue();
        assertThat(parser.parse("INV-10023 thank you").deductionStated()).isFalse();
        assertThat(parser.parse("Wireless Unlimited INV-10023").deductionStated()).as("whole words only").isFalse();
    }

    @Test
    void marksOcrRepairs() {
        Remittance r = parser.parse("INV-1OO23 INV-0010024");
        assertThat(r.refs()).extracting(Remittance.Ref::cleaned).containsExactly(true, false);
    }

    @Test
    void oneTypoMeansOneEdit() {
        assertThat(EditDistance.atMostOne("104523", "104523")).isTrue();
        assertThat(EditDistance.atMostOne("104523", "104823")).as("wrong digit").isTrue();
        assertThat(EditDistance.atMostOne("104523", "105423")).as("swapped neighbours").isTrue();
        assertThat(EditDistance.atMostOne("104523", "10453")).as("dropped digit").isTrue();
        assertThat(EditDistance.atMostOne("104523", "1045523")).as("doubled digit").isTrue();
        assertThat(EditDistance.atMostOne("104523", "105432")).isFalse();
        assertThat(EditDistance.atMostOne("104523", "1045")).isFalse();
        assertThat(EditDistance.distance("104523", "105432", 3)).isEqualTo(2);
    }

    @Test
    void namesCompareWithoutCasePunctuationSuffixesOrAbbreviations() {
        assertThat(NameNormalizer.compactKey("ACME INTL SUPPLY CO."))
                .isEqualTo(NameNormalizer.compactKey("Acme International Supply, Inc."));
        assertThat(NameNormalizer.compactKey("O'Neil Bros. Mfg LLC"))
                .isEqualTo(NameNormalizer.compactKey("ONEIL BROTHERS MANUFACTURING CORPORATION"));
        assertThat(NameNormalizer.compactKey("Smith & Sons")).isEqualTo(NameNormalizer.compactKey("Smith and Sons Ltd"));
        assertThat(NameNormalizer.compactKey("Acme Supply")).isNotEqualTo(NameNormalizer.compactKey("Acme Services"));
    }
}
