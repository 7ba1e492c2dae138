package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.claims.SettlementKind;
import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The money of a resolution, decided before anything is stored. A case of {@code amount}, of which
 * {@code parked} is held on the case (a posted deduction: all of it; a dispute: none), is resolved
 * with a valid part (credited by a credit memo, through the invoicing rules) and the rest either
 * charged back (the amount stays due) or written off. Each step records its net effect on the
 * invoice's open amount and on the case's parked amount, so that its counter-document moves both
 * back exactly:
 *
 * <table>
 * <caption>net effect of each step</caption>
 * <tr><th>step</th><th>parked case (deduction)</th><th>unparked case (dispute)</th></tr>
 * <tr><td>credit memo V</td><td>invoice 0 (unparked then credited), parked -V</td><td>invoice -V</td></tr>
 * <tr><td>chargeback R</td><td>invoice +R (due again), parked -R</td><td>invoice 0 (still due)</td></tr>
 * <tr><td>write-off R</td><td>invoice 0, parked -R</td><td>invoice -R</td></tr>
 * </table>
 */
public final class SettlementPlan {
    /** What happens to the part not found valid. */
    public enum Rest {
        CHARGEBACK, WRITE_OFF
    }

    /** One document of the resolution and how it moves the invoice's open amount and the parked amount. */
    public record Step(String part, SettlementKind kind, Money amount, Money invoiceDelta, Money parkedDelta) {
        /** For a credit memo: what to put back on the invoice before the memo takes {@code amount} off it. */
        public Money unparkBeforeMemo() {
            return kind == SettlementKind.CREDIT_MEMO ? invoiceDelta.plus(amount) : Money.ZERO;
        }

        /** What the invoice's open amount loses to this step (write-off or credit memo), to check it is there. */
        public Money takenFromInvoice() {
            Money moved = kind == SettlementKind.CREDIT_MEMO ? amount.negate().plus(unparkBeforeMemo()) : invoiceDelta;
            return moved.isNegative() ? moved.negate() : Money.ZERO;
        }
    }

    /** The resolution: the status it leads to, its steps (valid part first), the parked amount after. */
    public record Plan(ClaimStatus status, Money valid, List<Step> steps, Money parkedAfter) {
        public Plan {
            steps = List.copyOf(steps);
        }

        /** The written-off amount (zero when the rest is charged back or nothing is left). */
        public Money writtenOff() {
            return steps.stream().filter(s -> s.kind() == SettlementKind.WRITE_OFF).map(Step::amount)
                    .reduce(Money.ZERO, Money::plus);
        }

        /** The net change of the invoice's open amount once every step (and its credit memo) is done. */
        public Money invoiceChange() {
            return steps.stream().map(Step::invoiceDelta).reduce(Money.ZERO, Money::plus);
        }
    }

    private SettlementPlan() {
    }

    public static Plan resolve(Money amount, Money parked, Money valid, Rest rest) {
        if (valid == null || valid.isNegative() || valid.compareTo(amount) > 0) {
            throw new IllegalArgumentException("The valid part must be between 0.00 and the case's " + amount + ".");
        }
        if (!parked.isZero() && parked.compareTo(amount) != 0) {
            throw new IllegalArgumentException("A case is either parked whole (a deduction) or not at all (a dispute).");
        }
        boolean isParked = parked.isPositive();
        List<Step> steps = new ArrayList<>();
        if (valid.isPositive()) {
            steps.add(new Step(ClaimSettlement.VALID, SettlementKind.CREDIT_MEMO, valid,
                    isParked ? Money.ZERO : valid.negate(), isParked ? valid.negate() : Money.ZERO));
        }
        Money remainder = amount.minus(valid);
        if (remainder.isPositive()) {
            if (rest == null) {
                throw new IllegalArgumentException("Say whether the " + remainder + " not found valid is charged back or written off.");
            }
            if (rest == Rest.CHARGEBACK) {
                steps.add(new Step(ClaimSettlement.REST, SettlementKind.CHARGEBACK, remainder,
                        isParked ? remainder : Money.ZERO, isParked ? remainder.negate() : Money.ZERO));
            } else {
                steps.add(new Step(ClaimSettlement.REST, SettlementKind.WRITE_OFF, remainder,
                        isParked ? Money.ZERO : remainder.negate(), isParked ? remainder.negate() : Money.ZERO));
            }
        }
        ClaimStatus status = valid.compareTo(amount) == 0 ? ClaimStatus.RESOLVED_VALID
                : valid.isZero() ? ClaimStatus.RESOLVED_INVALID : ClaimStatus.RESOLVED_PARTLY_VALID;
        Money parkedAfter = parked;
        for (Step s : steps) {
            parkedAfter = parkedAfter.plus(s.parkedDelta());
        }
        return new Plan(status, valid, steps, parkedAfter);
    }

    /** The counter-document of a stored step: the counter kind, the same amount, both effects undone. */
    public static Step counter(String part, SettlementKind kind, Money amount, Money invoiceDelta, Money parkedDelta) {
        return new Step(part, kind.counterKind(), amount, invoiceDelta.negate(), parkedDelta.negate());
    }
}
