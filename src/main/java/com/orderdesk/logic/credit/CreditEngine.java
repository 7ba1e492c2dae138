package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The credit policy engine: decides whether an order passes or goes to CREDIT_HOLD, with every
 * reason. Plain Java and deterministic: the caller gathers the customer's data in its transaction
 * and the clock decides what "today" is.
 */
public final class CreditEngine {
    private final CreditPolicy policy;
    private final Clock clock;

    public CreditEngine(CreditPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CreditPolicy policy() {
        return policy;
    }

    /** Runs every check enabled for the customer's risk class. */
    public CreditDecision check(CreditCheckInput input) {
        return fullCheck(input, today(), DecisionBasis.FULL_CHECK, List.of());
    }

    /**
     * The check to run whenever an order is saved or amended. Without a prior release (null) every
     * check runs. With one, the order stays released unless the {@link RecheckRule} says the
     * change or the time since calls for a new check; a manual hold is honoured in either case,
     * because a customer put on hold after the release must not keep shipping.
     */
    public CreditDecision checkOnSave(CreditCheckInput input, CreditRelease priorRelease) {
        LocalDate today = today();
        if (priorRelease == null) {
            return fullCheck(input, today, DecisionBasis.FULL_CHECK, List.of());
        }
        RiskClassPolicy classPolicy = policy.forClass(input.customer().riskClass());
        List<RecheckCause> causes = RecheckRule.causes(priorRelease, input.order().value(), classPolicy, today);
        if (!causes.isEmpty()) {
            return fullCheck(input, today, DecisionBasis.RECHECK_AFTER_RELEASE, causes);
        }
        Exposure exposure = Exposure.of(input);
        List<CreditHoldReason> reasons = new CreditChecks(input.customer(), classPolicy, today)
                .manualHold().stream().toList();
        return decision(input, exposure, reasons, today, DecisionBasis.COVERED_BY_RELEASE, List.of());
    }

    private CreditDecision fullCheck(CreditCheckInput input, LocalDate today, DecisionBasis basis,
                                     List<RecheckCause> causes) {
        RiskClassPolicy classPolicy = policy.forClass(input.customer().riskClass());
        Exposure exposure = Exposure.of(input);
        List<CreditHoldReason> reasons = new CreditChecks(input.customer(), classPolicy, today)
                .all(input.openItems(), input.order(), exposure, input.prediction());
        return decision(input, exposure, reasons, today, basis, causes);
    }

    private static CreditDecision decision(CreditCheckInput input, Exposure exposure, List<CreditHoldReason> reasons,
                                           LocalDate today, DecisionBasis basis, List<RecheckCause> causes) {
        CreditOutcome outcome = reasons.isEmpty() ? CreditOutcome.PASS : CreditOutcome.HOLD;
        return new CreditDecision(outcome, reasons, exposure, input.customer().riskClass(), today, basis, causes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
