package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static com.orderdesk.logic.credit.CreditFixtures.customer;
import static com.orderdesk.logic.credit.CreditFixtures.engine;
import static com.orderdesk.logic.credit.CreditFixtures.input;
import static com.orderdesk.logic.credit.CreditFixtures.invoice;
import static com.orderdesk.logic.credit.CreditFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecheckRuleTest {
    // MEDIUM: re-check above +5% or after 14 days
    private final RiskClassPolicy medium = CreditPolicy.defaults().forClass(RiskClass.MEDIUM);

    private static CreditRelease releasedDaysAgo(long days, String value) {
        return new CreditRelease(100, Money.of(value), TODAY.minusDays(days), "mgarcia");
    }

    @Test
    void riseOfExactlyThePercentageIsStillCovered() {
        assertThat(RecheckRule.causes(releasedDaysAgo(1, "10000"), Money.of("10500.00"), medium, TODAY)).isEmpty();
    }

    @Test
    void riseOneCentAboveThePercentageNeedsARecheck() {
        assertThat(RecheckRule.causes(releasedDaysAgo(1, "10000"), Money.of("10500.01"), medium, TODAY))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(RecheckCause.Kind.VALUE_INCREASED);
                    assertThat(c.message()).isEqualTo("The order value rose from $10,000.00 to $10,500.01 (+5.0%)"
                            + " since its release; more than 5% needs a new credit check.");
                });
    }

    @Test
    void aLowerValueNeverNeedsARecheck() {
        assertThat(RecheckRule.causes(releasedDaysAgo(0, "10000"), Money.of("2000"), medium, TODAY)).isEmpty();
    }

    @Test
    void releaseExactlyValidDaysOldIsCoveredAndOneDayMoreIsNot() {
        assertThat(RecheckRule.causes(releasedDaysAgo(14, "100"), Money.of("100"), medium, TODAY)).isEmpty();
        assertThat(RecheckRule.causes(releasedDaysAgo(15, "100"), Money.of("100"), medium, TODAY))
                .extracting(RecheckCause::message)
                .containsExactly("The release of Nov 11, 2026 by mgarcia is 15 days old; a release covers changes"
                        + " for 14 days.");
    }

    @Test
    void highRiskRechecksOnAnyIncrease() {
        RiskClassPolicy high = CreditPolicy.defaults().forClass(RiskClass.HIGH);
        assertThat(RecheckRule.causes(releasedDaysAgo(0, "100"), Money.of("100.00"), high, TODAY)).isEmpty();
        assertThat(RecheckRule.causes(releasedDaysAgo(0, "100"), Money.of("100.01"), high, TODAY))
                .extracting(RecheckCause::kind).containsExactly(RecheckCause.Kind.VALUE_INCREASED);
    }

    @Test
    void validReleaseKeepsAnOrderReleasedThoughChecksWouldFail() {
        // limit 50,000 exceeded, but the release is 2 days old and the value unchanged
        CreditCheckInput in = input(customer(), List.of(invoice("INV-1", TODAY.plusDays(3), "49000")),
                List.of(), order("2000"));
        CreditDecision d = engine().checkOnSave(in, releasedDaysAgo(2, "2000"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        assertThat(d.basis()).isEqualTo(DecisionBasis.COVERED_BY_RELEASE);
        assertThat(d.exposure().total()).isEqualTo(Money.of(51_000));
    }

    @Test
    void amendedReleasedOrderAboveThePercentageIsCheckedAgain() {
        CreditCheckInput in = input(customer(), List.of(invoice("INV-1", TODAY.plusDays(3), "49000")),
                List.of(), order("2200"));
        CreditDecision d = engine().checkOnSave(in, releasedDaysAgo(2, "2000"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(d.basis()).isEqualTo(DecisionBasis.RECHECK_AFTER_RELEASE);
        assertThat(d.reasonCodes()).containsExactly(CreditReason.CREDIT_LIMIT_EXCEEDED);
        assertThat(d.recheckCauses()).extracting(RecheckCause::kind)
                .containsExactly(RecheckCause.Kind.VALUE_INCREASED);
    }

    @Test
    void manualHoldSetAfterTheReleaseStillHolds() {
        CustomerCreditProfile onHold = new CustomerCreditProfile(7, "Acme", RiskClass.MEDIUM, Money.of(50_000),
                TODAY.minusYears(5), true, "Cheque bounced", null);
        CreditDecision d = engine().checkOnSave(input(onHold, List.of(), List.of(), order("2000")),
                releasedDaysAgo(1, "2000"));
        assertThat(d.basis()).isEqualTo(DecisionBasis.COVERED_BY_RELEASE);
        assertThat(d.reasonCodes()).containsExactly(CreditReason.MANUAL_HOLD);
    }

    @Test
    void withoutAReleaseCheckOnSaveRunsEveryCheck() {
        CreditDecision d = engine().checkOnSave(input(customer(), List.of(), List.of(), order("60000")), null);
        assertThat(d.basis()).isEqualTo(DecisionBasis.FULL_CHECK);
        assertThat(d.reasonCodes()).containsExactly(CreditReason.CREDIT_LIMIT_EXCEEDED);
    }
}
