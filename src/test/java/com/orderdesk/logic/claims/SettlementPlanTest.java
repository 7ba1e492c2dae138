package com.orderdesk.logic.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.claims.SettlementKind;
import com.orderdesk.model.common.Money;
import org.junit.jupiter.api.Test;

/** The money of every resolution, and that each counter-document moves it back exactly. */
class SettlementPlanTest {
    private static Money m(String s) {
        return Money.of(s);
    }

    private static String steps(SettlementPlan.Plan p) {
        StringBuilder sb = new StringBuilder(p.status().name());
        for (SettlementPlan.Step s : p.steps()) {
            sb.append(" | ").append(s.kind()).append(' ').append(s.amount()).append(" inv ").append(s.invoiceDelta())
                    .append(" parked ").append(s.parkedDelta());
        }
        return sb.append(" | parked after ").append(p.parkedAfter()).toString();
    }

    @Test
    void aPostedDeductionIsParkedOnTheCase() {
        assertThat(steps(SettlementPlan.resolve(m("20.00"), m("20.00"), m("20.00"), null)))
                .isEqualTo("RESOLVED_VALID | CREDIT_MEMO 20.00 inv 0.00 parked -20.00 | parked after 0.00");
        assertThat(steps(SettlementPlan.resolve(m("20.00"), m("20.00"), m("0"), SettlementPlan.Rest.CHARGEBACK)))
                .isEqualTo("RESOLVED_INVALID | CHARGEBACK 20.00 inv 20.00 parked -20.00 | parked after 0.00");
        assertThat(steps(SettlementPlan.resolve(m("20.00"), m("20.00"), m("5.00"), SettlementPlan.Rest.WRITE_OFF)))
                .isEqualTo("RESOLVED_PARTLY_VALID | CREDIT_MEMO 5.00 inv 0.00 parked -5.00 | WRITE_OFF 15.00 inv 0.00 parked -15.00"
                        + " | parked after 0.00");
        SettlementPlan.Step cm = SettlementPlan.resolve(m("20.00"), m("20.00"), m("20.00"), null).steps().get(0);
        assertThat(cm.unparkBeforeMemo()).isEqualTo(m("20.00"));
        assertThat(cm.takenFromInvoice()).isEqualTo(Money.ZERO);
    }

    @Test
    void aDisputeStaysInTheInvoice() {
        SettlementPlan.Plan p = SettlementPlan.resolve(m("30.00"), Money.ZERO, m("10.00"), SettlementPlan.Rest.WRITE_OFF);
        assertThat(steps(p)).isEqualTo("RESOLVED_PARTLY_VALID | CREDIT_MEMO 10.00 inv -10.00 parked 0.00"
                + " | WRITE_OFF 20.00 inv -20.00 parked 0.00 | parked after 0.00");
        assertThat(p.writtenOff()).isEqualTo(m("20.00"));
        assertThat(p.steps().get(0).takenFromInvoice().plus(p.steps().get(1).takenFromInvoice())).isEqualTo(m("30.00"));
        assertThat(steps(SettlementPlan.resolve(m("30.00"), Money.ZERO, Money.ZERO, SettlementPlan.Rest.CHARGEBACK)))
                .isEqualTo("RESOLVED_INVALID | CHARGEBACK 30.00 inv 0.00 parked 0.00 | parked after 0.00");
    }

    @Test
    void eachCounterDocumentUndoesItsStep() {
        for (Money parked : new Money[] {m("30.00"), Money.ZERO}) {
            SettlementPlan.Plan p = SettlementPlan.resolve(m("30.00"), parked, m("10.00"), SettlementPlan.Rest.CHARGEBACK);
            Money invoice = Money.ZERO;
            Money onCase = parked;
            for (SettlementPlan.Step s : p.steps()) {
                SettlementPlan.Step c = SettlementPlan.counter(s.part(), s.kind(), s.amount(), s.invoiceDelta(), s.parkedDelta());
                assertThat(c.kind()).isEqualTo(s.kind().counterKind());
                invoice = invoice.plus(s.invoiceDelta()).plus(c.invoiceDelta());
                onCase = onCase.plus(s.parkedDelta()).plus(c.parkedDelta());
            }
            assertThat(invoice).isEqualTo(Money.ZERO);
            assertThat(onCase).isEqualTo(parked);
        }
        assertThat(SettlementKind.CREDIT_MEMO.counterKind()).isEqualTo(SettlementKind.CREDIT_REBILL);
        assertThatThrownBy(SettlementKind.CREDIT_REBILL::counterKind).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theValidPartStaysWithinTheCaseAndARestNeedsAnAnswer() {
        assertThatThrownBy(() -> SettlementPlan.resolve(m("30.00"), Money.ZERO, m("30.01"), null))
                .hasMessageContaining("between 0.00 and the case's 30.00");
        assertThatThrownBy(() -> SettlementPlan.resolve(m("30.00"), Money.ZERO, m("10.00"), null))
                .hasMessageContaining("charged back or written off");
        assertThat(SettlementPlan.resolve(m("30.00"), Money.ZERO, m("30.00"), null).status()).isEqualTo(ClaimStatus.RESOLVED_VALID);
    }
}
