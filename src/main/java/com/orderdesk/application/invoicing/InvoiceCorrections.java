package com.orderdesk.application.invoicing;

import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.security.SignedInUser;

/**
 * What other features ask of invoicing as a step of their own use case, inside their unit of work:
 * a credit memo for received returned goods, or for the valid part of a resolved claim. The caller
 * has already checked the user's permission for its own action (receiving a return, resolving a
 * case); the memo is its consequence, decided by the same credit memo rules and audited the same
 * way as one issued at the invoicing desk.
 */
@com.orderdesk.application.StepOfTheCallersUnit("the port of InvoiceCorrectionSteps")
public interface InvoiceCorrections {
    /** Issues the credit memo (next CM- number) and lowers the invoice's open amount; returns its number. */
    String creditAsStep(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException;
}
