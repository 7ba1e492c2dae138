package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.model.common.Money;
import java.util.Optional;

/**
 * The refusals a credit manager meets on the hold desk, in the bundle's words. As the claims desk
 * does with a partly valid amount out of range ({@code claims.partly.range} in ClaimsDeskViewModel),
 * the desk asks before it sends: a missing reason, a negative limit, a release that the role or the
 * segregation of duties forbids (Authorizer decides; this words it). The use cases keep their own
 * checks as the last guard. A refusal only the book can give (another desk acted on the order first)
 * is worded here from what the desk knows: the order it sent.
 */
final class HoldRefusals {
    private HoldRefusals() {
    }

    /** Why {@code user} may not release the order, given that Authorizer refused it: the role, or who entered or changed it. */
    static String release(SignedInUser user, String orderNumber, String enteredBy, String lastChangedBy) {
        if (!user.has(Permission.RELEASE_CREDIT_HOLD)) {
            return Messages.get("holds.refusal.mayNotRelease", user.rolesLabel(), user.displayName());
        }
        return user.isUser(enteredBy) ? Messages.get("holds.refusal.entered", user.displayName(), orderNumber)
                : Messages.get("holds.refusal.lastChanged", user.displayName(), orderNumber);
    }

    /** What to decide on an order, for the reason field's refusal. */
    enum Decision { RELEASE, KEEP, REJECT }

    /** The reason field is empty: "Type why order SO-1 stays on hold.", or empty when a reason was typed. */
    static Optional<String> reasonMissing(Decision d, String orderNumber, String reason) {
        if (reason != null && !reason.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(switch (d) {
            case RELEASE -> Messages.get("holds.refusal.releaseReason", orderNumber);
            case KEEP -> Messages.get("holds.refusal.keepReason", orderNumber);
            case REJECT -> Messages.get("holds.refusal.rejectReason", orderNumber);
        });
    }

    /** A limit or manual hold change without the note that says why, or a negative limit; empty when it may go. */
    static Optional<String> limitChange(String customer, Money limit, String note, String shownLimit) {
        if (limit != null && limit.isNegative()) {
            return Optional.of(Messages.get("holds.refusal.negativeLimit", shownLimit));
        }
        return note == null || note.isBlank() ? Optional.of(Messages.get("holds.refusal.limitReason", customer)) : Optional.empty();
    }

    /** A manual hold change without the note that says why; empty when one was typed. */
    static Optional<String> manualHold(String customer, boolean on, String note) {
        return note == null || note.isBlank() ? Optional.of(Messages.get("holds.refusal.holdReason", on ? 1 : 0, customer))
                : Optional.empty();
    }

    /**
     * What the desk says when a decision on {@code orderNumber} failed: that another desk acted first, or the
     * use case's own sentence.
     */
    static String failed(Throwable e, String orderNumber) {
        return e instanceof ConcurrentEditException && orderNumber != null ? Messages.get("holds.refusal.actedOn", orderNumber)
                : e.getMessage();
    }
}
