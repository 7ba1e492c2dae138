package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of checking one order: PASS (on to fulfillment) or HOLD with every reason, plus the
 * exposure breakdown and, for a previously released order, why it was checked again.
 */
public record CreditDecision(
        CreditOutcome outcome,
        List<CreditHoldReason> reasons,
        Exposure exposure,
        RiskClass riskClass,
        LocalDate checkedOn,
        DecisionBasis basis,
        List<RecheckCause> recheckCauses) {

    public CreditDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(riskClass, "riskClass");
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(basis, "basis");
        reasons = List.copyOf(reasons);
        recheckCauses = List.copyOf(recheckCauses);
        if ((outcome == CreditOutcome.HOLD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("A HOLD needs at least one reason and a PASS none.");
        }
    }

    public boolean isHold() {
        return outcome == CreditOutcome.HOLD;
    }

    public Set<CreditReason> reasonCodes() {
        return reasons.stream().map(CreditHoldReason::code).collect(Collectors.toUnmodifiableSet());
    }
}
