package com.orderdesk.application.claims;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;

/**
 * What the cash desk tells the claims desk, inside its own unit of work: a deduction was posted
 * with a payment (it becomes a case, reason from the remittance where stated, else unexplained),
 * or a posted deduction was reversed with its payment (its case is withdrawn; refused when the case
 * is resolved: its resolution must be reversed first).
 */
@com.orderdesk.application.StepOfTheCallersUnit("the cash desk's posting and reversal check their own permission")
public interface DeductionCases {
    /** For cash desks built without the claims desk (tests of cash alone). */
    DeductionCases NONE = new DeductionCases() {
        @Override
        public void deductionPosted(SignedInUser user, CashPayment payment, CashApplication application) {
        }

        @Override
        public void deductionReversed(SignedInUser user, CashApplication original) {
        }
    };

    void deductionPosted(SignedInUser user, CashPayment payment, CashApplication application);

    void deductionReversed(SignedInUser user, CashApplication original);
}
