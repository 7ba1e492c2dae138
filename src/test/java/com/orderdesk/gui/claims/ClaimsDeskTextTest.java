package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.Proposal;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The claims desk's "at least" filter numbers and its sentences, without JavaFX. */
class ClaimsDeskTextTest {
    @Test
    void aPartlyValidAmountOutOfRangeNamesTheCaseAmountAsTheScreenWritesIt() {
        // "1,234.50" as the queue and the evidence show it (the sentence read "below 1234.50")
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimsDeskViewModel.resolution(ClaimsDeskViewModel.Decision.PARTLY_VALID,
                        Money.of("1234.50"), Money.of("2000.00"), null, "note"))
                .hasMessage("A partly valid case needs a valid amount above 0.00 and below 1,234.50.");
    }

    private final Formats us = Formats.forLocale(Locale.US);

    @Test
    void filterNumbersReadBothOrMarkTheFirstThatDoesNotRead() {
        assertThat(ClaimsDeskText.filterNumbers("30", "1,000.50", us))
                .isEqualTo(new ClaimsDeskText.FilterNumbers(30L, Money.of("1000.50"), ClaimsDeskText.BadField.NONE));
        assertThat(ClaimsDeskText.filterNumbers(" ", "", us))
                .isEqualTo(new ClaimsDeskText.FilterNumbers(null, null, ClaimsDeskText.BadField.NONE));
        // a half-typed age: nothing filters by number, the age field is marked
        assertThat(ClaimsDeskText.filterNumbers("3x", "100", us))
                .isEqualTo(new ClaimsDeskText.FilterNumbers(null, null, ClaimsDeskText.BadField.AGE));
        // a half-typed amount: the age still filters, the amount field is marked
        assertThat(ClaimsDeskText.filterNumbers("7", "12..", us))
                .isEqualTo(new ClaimsDeskText.FilterNumbers(7L, null, ClaimsDeskText.BadField.AMOUNT));
        assertThat(ClaimsDeskText.filterNumbers("", "abc", us).bad()).isEqualTo(ClaimsDeskText.BadField.AMOUNT);
    }

    @Test
    void proposalSaysTheValidAmountOrThatAPersonDecides() {
        Money amount = Money.of("100");
        Proposal decided = new Proposal(Money.of("40"), List.of("2 of 5 short"));
        Proposal open = Proposal.personDecides("no proof of delivery");

        assertThat(ClaimsDeskText.proposal(decided, amount, us)).isEqualTo("Proposal: valid 40.00 of 100.00.");
        assertThat(ClaimsDeskText.validField(decided, amount, us)).isEqualTo("40.00");
        assertThat(ClaimsDeskText.proposal(open, amount, us)).isEqualTo("Proposal: a person decides.");
        assertThat(ClaimsDeskText.validField(open, amount, us)).isEqualTo("100.00");
    }

    @Test
    void statusLinesNameOnlyWhatHappened() {
        assertThat(ClaimsDeskText.loaded(12, 12, 0, 0)).isEqualTo("12 cases");
        assertThat(ClaimsDeskText.loaded(12, 12, 2, 1))
                .isEqualTo("12 cases; 2 opened for short payments left unexplained; 1 damaged rows left out");
        assertThat(ClaimsDeskText.loaded(3, 3, 0, 4)).isEqualTo("3 cases; 4 damaged rows left out");
        assertThat(ClaimsDeskText.loaded(1, 1, 0, 0)).isEqualTo("1 case");
        // tour of 5 December 2026: the bar said "15 cases" over a queue of 7 (open cases only)
        assertThat(ClaimsDeskText.loaded(7, 15, 0, 0)).isEqualTo("7 of 15 cases shown");
        assertThat(ClaimsDeskText.loaded(0, 15, 1, 0)).isEqualTo("0 of 15 cases shown; 1 opened for short payments left unexplained");
        assertThat(ClaimsDeskText.resolved("C-10", "Partly valid", List.of("CM-1", "CB-2")))
                .isEqualTo("Case C-10 partly valid: CM-1, CB-2");
        assertThat(ClaimsDeskText.writtenOff("C-11", "42.10", List.of("WO-7"))).isEqualTo("Case C-11: written off 42.10 (WO-7)");
    }

    @Test
    void refusalsAreSaidInTheResultLineAndFailuresInADialog() {
        assertThat(CaseChanges.saidInLine(new IllegalArgumentException("Valid amount: type 0.01 to 99.99"))).isTrue();
        assertThat(CaseChanges.saidInLine(new com.orderdesk.logic.store.ConcurrentEditException("changed by olivia"))).isTrue();
        assertThat(CaseChanges.saidInLine(new IllegalStateException("database is locked"))).isFalse();
        assertThat(CaseChanges.saidInLine(new RuntimeException("disk full"))).isFalse();
    }

    @Test
    void theProposedDecisionIsTheOneTheProposalWords() {
        Money amount = Money.of("49.72");
        assertThat(ClaimsDeskViewModel.proposedDecision(new Proposal(Money.ZERO, List.of("all shipped")), amount))
                .isEqualTo(ClaimsDeskViewModel.Decision.INVALID);
        assertThat(ClaimsDeskViewModel.proposedDecision(new Proposal(Money.of("49.72"), List.of("all short")), amount))
                .isEqualTo(ClaimsDeskViewModel.Decision.VALID);
        assertThat(ClaimsDeskViewModel.proposedDecision(new Proposal(Money.of("20.00"), List.of("some short")), amount))
                .isEqualTo(ClaimsDeskViewModel.Decision.PARTLY_VALID);
        assertThat(ClaimsDeskViewModel.proposedDecision(Proposal.personDecides("damage"), amount)).isNull();
    }

    @Test
    void thePaymentLineNamesThePayerOnlyWhereTheBankGaveOne() {
        // the demo's history payments carry no payer: the evidence read "80.94 from null (ref INV-011974)"
        java.time.LocalDate nov24 = java.time.LocalDate.of(2026, 11, 24);
        assertThat(ClaimsDeskText.paid(new com.orderdesk.logic.claims.ClaimEvidence.Payment("HP-011974", nov24,
                Money.of("80.94"), null, "INV-011974", Money.of("5.00"), null), us))
                .isEqualTo("HP-011974  received Nov 24, 2026  \u00b7  80.94 (ref INV-011974)");
        assertThat(ClaimsDeskText.paid(new com.orderdesk.logic.claims.ClaimEvidence.Payment("P-7", nov24,
                Money.of("1000.00"), "Acme Corp", null, Money.of("5.00"), null), us))
                .isEqualTo("P-7  received Nov 24, 2026  \u00b7  1,000.00 from Acme Corp");
    }

    private static ClaimEvidence.Payment payment(String reference) {
        return new ClaimEvidence.Payment("HP-011974", java.time.LocalDate.of(2026, 11, 2), Money.of("80.00"), "Acme",
                reference, Money.of("20.00"), null);
    }

    /**
     * A short-payment sweep's case kept the payment's reference ("INV-011974", as the bank gave it) as its remittance
     * text, shown bare under "Remittance" where it read as an invoice number (claims18). The desk says where the words
     * come from, and says so when the payment came with none.
     */
    @Test
    void remittanceSaysWhatTheBankGaveAndWhereItCameFrom() {
        // the sweep's case: the payment's own reference, labelled as the bank's
        assertThat(ClaimsDeskText.remittance("INV-011974", payment("INV-011974")))
                .isEqualTo("\u201cINV-011974\u201d: the payment's reference, as the bank gave it");
        // a posted deduction's case: the remittance line's note on this invoice
        assertThat(ClaimsDeskText.remittance("2 boxes crushed", payment("INV-011974")))
                .isEqualTo("\u201c2 boxes crushed\u201d: the remittance's note on this invoice");
        // a payment with no reference and no note: said, not left out
        assertThat(ClaimsDeskText.remittance(null, payment(null))).isEqualTo("No remittance text");
        assertThat(ClaimsDeskText.remittance(" ", payment(" "))).isEqualTo("No remittance text");
        // a dispute (no payment, no remittance): no line at all
        assertThat(ClaimsDeskText.remittance(null, null)).isNull();
    }
}
