package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The credit holds desk's sentences now in the message bundle (bundle19), each built with its values and
 * asserted whole, as the desk wrote them before: the status lines, the reject dialog, the refusals the
 * desk says before it sends and the one only the book can give.
 */
class CreditHoldsTextTest {
    private final SignedInUser carmen = new SignedInUser(4, "carmen", "Carmen Diaz", Set.of(Role.CREDIT_MANAGER));
    private final SignedInUser olivia = new SignedInUser(1, "olivia", "Olivia Bennett", Set.of(Role.ORDER_CLERK));

    @Test
    void statusLinesSayWhatWasDone() {
        assertThat(HoldDeskText.released("SO-100001")).isEqualTo("Order SO-100001 released to fulfillment");
        assertThat(HoldDeskText.kept("SO-100001", "  waiting for the wire ")).isEqualTo("Order SO-100001 kept on hold: waiting for the wire");
        assertThat(HoldDeskText.rejected("SO-100001")).isEqualTo("Order SO-100001 rejected and cancelled");
        assertThat(HoldDeskText.held("12,345.00")).isEqualTo("Held 12,345.00");
        assertThat(HoldDeskText.LOADED).isEqualTo("Credit-hold queue loaded");
        assertThat(HoldDeskText.loadFailed("database is locked")).isEqualTo("The credit-hold queue could not be loaded: database is locked");
        assertThat(HoldDeskText.manualHold("Acme", true, 0)).isEqualTo("Acme put on manual hold");
        assertThat(HoldDeskText.manualHold("Acme", false, 2)).isEqualTo("Acme taken off manual hold; 2 held orders now pass and were released");
        assertThat(HoldDeskText.manualHold("Acme", false, 1)).isEqualTo("Acme taken off manual hold; 1 held order now passes and was released");
        assertThat(HoldDeskText.counts(2, "1,000.00")).isEqualTo("2 orders on credit hold, 1,000.00");
        assertThat(HoldDeskText.habit(" ", java.util.List.of())).contains("No habit learnt yet.");
    }

    @Test
    void aMissingReasonIsSaidForTheDecisionAndTheOrder() {
        assertThat(HoldRefusals.reasonMissing(HoldRefusals.Decision.KEEP, "SO-1", " ")).contains("Type why order SO-1 stays on hold.");
        assertThat(HoldRefusals.reasonMissing(HoldRefusals.Decision.REJECT, "SO-1", null))
                .contains("Type a reason for rejecting order SO-1.");
        assertThat(HoldRefusals.reasonMissing(HoldRefusals.Decision.RELEASE, "SO-1", ""))
                .contains("Type a reason for releasing order SO-1.");
        assertThat(HoldRefusals.reasonMissing(HoldRefusals.Decision.RELEASE, "SO-1", "paid by wire")).isEmpty();
    }

    /** The words the use case (CreditHoldActions) used for the same refusals: the desk says them as before. */
    @Test
    void aLimitOrHoldChangeIsRefusedInTheUseCasesWords() {
        assertThat(HoldRefusals.limitChange("Acme", Money.of("5000"), "", "5,000.00"))
                .contains("Type a reason for changing the credit limit of Acme.");
        assertThat(HoldRefusals.limitChange("Acme", Money.of("-5"), "annual review", "-5.00"))
                .contains("The credit limit must be zero or more, was -5.00.");
        assertThat(HoldRefusals.limitChange("Acme", null, "no limit now", "")).isEmpty();
        assertThat(HoldRefusals.manualHold("Acme", true, " ")).contains("Type a reason for putting Acme on manual hold.");
        assertThat(HoldRefusals.manualHold("Acme", false, null)).contains("Type a reason for taking Acme off manual hold.");
        assertThat(HoldRefusals.manualHold("Acme", false, "paid")).isEmpty();
    }

    @Test
    void aReleaseIsRefusedForTheRoleOrForWhoEnteredOrChangedTheOrder() {
        assertThat(HoldRefusals.release(carmen, "SO-2", "carmen", "olivia"))
                .isEqualTo("Carmen Diaz entered order SO-2 and so may not release its credit hold; another credit manager must.");
        assertThat(HoldRefusals.release(carmen, "SO-2", "olivia", "carmen"))
                .isEqualTo("Carmen Diaz last changed order SO-2 and so may not release its credit hold; another credit manager must.");
        assertThat(HoldRefusals.release(olivia, "SO-2", "marcus", "marcus"))
                .isEqualTo("Order clerk Olivia Bennett may not release credit holds.");
    }

    @Test
    void anOrderAnotherDeskActedOnIsNamedAndOtherFailuresKeepTheirWords() {
        assertThat(HoldRefusals.failed(new ConcurrentEditException("Order SO-3 is no longer on credit hold (it is Released)"), "SO-3"))
                .isEqualTo("Order SO-3 is no longer on credit hold; another desk may have acted on it. The queue is reloaded.");
        assertThat(HoldRefusals.failed(new IllegalStateException("disk full"), "SO-3")).isEqualTo("disk full");
        // a change to the customer names no order: the use case's own sentence
        assertThat(HoldRefusals.failed(new ConcurrentEditException("changed at another desk"), null)).isEqualTo("changed at another desk");
    }
}
