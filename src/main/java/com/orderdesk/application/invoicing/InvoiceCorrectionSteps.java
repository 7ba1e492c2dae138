package com.orderdesk.application.invoicing;

import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.security.SignedInUser;

/**
 * Invoicing's step in other features' use cases ({@link InvoiceCorrections}): the credit memo for a
 * received return or a resolved claim. It checks no permission of its own: the caller checked the
 * user for its own action. So it is not a method of {@link InvoicingUseCases}, which screens and
 * commands call: until 7 December it was, public and unchecked, and an order clerk's desk could
 * have issued a credit memo through it. The composition root builds this object and hands it only
 * to the returns and claims use cases.
 */
@com.orderdesk.application.StepOfTheCallersUnit("receiving a return and resolving a claim check their own permission")
public final class InvoiceCorrectionSteps implements InvoiceCorrections {
    private final InvoicingUseCases invoicing;

    public InvoiceCorrectionSteps(InvoicingUseCases invoicing) {
        this.invoicing = invoicing;
    }

    @Override
    public String creditAsStep(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException {
        return invoicing.creditAsStep(user, invoiceNumber, request);
    }
}
