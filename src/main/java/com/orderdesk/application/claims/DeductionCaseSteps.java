package com.orderdesk.application.claims;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;

/**
 * The claims desk's steps in the cash desk's posting and reversal ({@link DeductionCases}): a posted deduction becomes a
 * case, a reversed one withdraws its case. They check no permission of their own: they run inside the cash desk's unit
 * of work, after its posting or reversal checked the user. So they are not reached through {@link ClaimUseCases}, which
 * screens and commands call: until 8 December its public {@code deductionCases()} handed the unchecked intake to any
 * caller. The composition root builds this object and hands it only to the cash desk.
 */
@com.orderdesk.application.StepOfTheCallersUnit("the cash desk's posting and reversal check their own permission")
public final class DeductionCaseSteps implements DeductionCases {
    private final DeductionCases intake;

    public DeductionCaseSteps(ClaimUseCases claims) {
        this.intake = claims.deductionCases();
    }

    @Override
    public void deductionPosted(SignedInUser user, CashPayment payment, CashApplication application) {
        intake.deductionPosted(user, payment, application);
    }

    @Override
    public void deductionReversed(SignedInUser user, CashApplication original) {
        intake.deductionReversed(user, original);
    }
}
