package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.model.security.Role;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditHoldActionsTest {
    private final CreditHoldActions actions = new CreditHoldActions(new Authorizer(), CreditFixtures.CLOCK);
    private final SignedInUser clerk = new SignedInUser(1, "jdoe", "Jane Doe", Set.of(Role.ORDER_CLERK));
    private final SignedInUser manager = new SignedInUser(2, "mgarcia", "Maria Garcia", Set.of(Role.CREDIT_MANAGER));
    private final SignedInUser arClerk = new SignedInUser(3, "pkim", "Paul Kim", Set.of(Role.AR_CLERK));
    private final HeldOrder held = new HeldOrder(100, "SO-1042", Money.of("52310.00"), "jdoe", null,
            List.of(new CreditHoldReason(CreditReason.CREDIT_LIMIT_EXCEEDED, "Exposure ...")));

    @Test
    void clerksReleaseIsRefused() {
        assertThatThrownBy(() -> actions.release(clerk, held, "Customer paid"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage("Order clerk Jane Doe may not release credit holds.");
    }

    @Test
    void theManagerWhoEnteredTheOrderCannotReleaseIt() {
        HeldOrder ownOrder = new HeldOrder(101, "SO-1043", Money.of(10), "mgarcia", null, held.reasons());
        assertThatThrownBy(() -> actions.release(manager, ownOrder, "Trusted customer"))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e ->
                        assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.SEGREGATION_OF_DUTIES));
    }

    @Test
    void creditManagerReleasesWithAReasonAndTheReleaseIsAudited() {
        CreditHoldActions.Release r = actions.release(manager, held, "  Wire of $10,000 received today. ");
        assertThat(r.release()).isEqualTo(new CreditRelease(100, Money.of("52310.00"), TODAY, "mgarcia"));
        AuditEvent a = r.audit();
        assertThat(a.user()).isEqualTo("mgarcia");
        assertThat(a.action()).isEqualTo(AuditActions.CREDIT_RELEASE);
        assertThat(a.documentType()).isEqualTo("ORDER");
        assertThat(a.documentId()).isEqualTo("SO-1042");
        assertThat(a.before()).isEqualTo(
                "{\"reasons\":\"CREDIT_LIMIT_EXCEEDED\",\"status\":\"CREDIT_HOLD\",\"value\":\"52310.00\"}");
        assertThat(a.after()).isEqualTo("{\"status\":\"RELEASED\"}");
        assertThat(a.reason()).isEqualTo("Wire of $10,000 received today.");
    }

    @Test
    void aReleaseNeedsAReason() {
        assertThatThrownBy(() -> actions.release(manager, held, "   "))
                .hasMessage("Type a reason for releasing order SO-1042.");
    }

    @Test
    void rejectionIsForCreditManagersAndAudited() {
        assertThatThrownBy(() -> actions.reject(arClerk, held, "no"))
                .hasMessage("AR clerk Paul Kim may not reject held orders.");
        AuditEvent a = actions.reject(manager, held, "Customer in liquidation");
        assertThat(a.action()).isEqualTo(AuditActions.CREDIT_REJECT);
        assertThat(a.after()).isEqualTo("{\"status\":\"CANCELLED\"}");
    }

    @Test
    void limitChangeKeepsBeforeAndAfter() {
        CustomerCreditProfile c = CreditFixtures.customer();
        CreditHoldActions.ProfileChange ch = actions.changeCreditLimit(manager, c, Money.of(60_000), RiskClass.LOW,
                "Two years without a late payment");
        assertThat(ch.updated().creditLimit()).isEqualTo(Money.of(60_000));
        assertThat(ch.updated().riskClass()).isEqualTo(RiskClass.LOW);
        assertThat(ch.audit().before()).isEqualTo("{\"creditLimit\":\"50000.00\",\"riskClass\":\"MEDIUM\"}");
        assertThat(ch.audit().after()).isEqualTo("{\"creditLimit\":\"60000.00\",\"riskClass\":\"LOW\"}");
        assertThat(ch.audit().documentId()).isEqualTo("7");
        assertThatThrownBy(() -> actions.changeCreditLimit(clerk, c, Money.of(1), RiskClass.LOW, "x"))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> actions.changeCreditLimit(manager, c, Money.of(-1), RiskClass.LOW, "x"))
                .hasMessage("The credit limit must be zero or more, was -1.00.");
    }

    @Test
    void manualHoldOnAndOff() {
        CreditHoldActions.ProfileChange on = actions.setManualHold(manager, CreditFixtures.customer(), true,
                "Cheque returned unpaid");
        assertThat(on.updated().manualHold()).isTrue();
        assertThat(on.updated().manualHoldNote()).isEqualTo("Cheque returned unpaid");
        assertThat(on.audit().action()).isEqualTo(AuditActions.MANUAL_HOLD_ON);
        CreditHoldActions.ProfileChange off = actions.setManualHold(manager, on.updated(), false, "Paid in cash");
        assertThat(off.updated().manualHold()).isFalse();
        assertThat(off.audit().before()).isEqualTo("{\"manualHold\":\"true\",\"manualHoldNote\":\"Cheque returned unpaid\"}");
        assertThat(off.audit().after()).isEqualTo("{\"manualHold\":\"false\",\"manualHoldNote\":null}");
        assertThatThrownBy(() -> actions.setManualHold(manager, on.updated(), false, null))
                .hasMessage("Type a reason for taking Acme Hardware off manual hold.");
    }

    @Test
    void automaticCheckIsAuditedWithItsReasons() {
        CreditDecision d = CreditFixtures.engine().check(CreditFixtures.input(CreditFixtures.customer(), List.of(),
                List.of(), CreditFixtures.order("50000.01")));
        AuditEvent a = CreditHoldActions.auditOfCheck("jdoe", "SO-100", d);
        assertThat(a.action()).isEqualTo(AuditActions.CREDIT_CHECK_HOLD);
        assertThat(a.after()).isEqualTo("{\"basis\":\"FULL_CHECK\",\"exposure\":\"50000.01\",\"outcome\":\"HOLD\","
                + "\"reasons\":\"CREDIT_LIMIT_EXCEEDED\",\"riskClass\":\"MEDIUM\"}");
        assertThat(a.reason()).isEqualTo("Exposure $50,000.01 exceeds the credit limit $50,000.00 by $0.01.");
    }
}
