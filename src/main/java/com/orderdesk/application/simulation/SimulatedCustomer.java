package com.orderdesk.application.simulation;

import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.logic.simulation.Payer;

/**
 * A customer of the simulated business: where it ships, how it can send orders (a sender address
 * for mail, an EDI id, both possibly empty), its terms and how it pays.
 */
record SimulatedCustomer(long id, String number, String name, long shipToId, String shipToCode, String sender,
                         String ediId, PaymentTerms terms, Payer payer) {
    boolean mails() {
        return !sender.isEmpty();
    }

    boolean sendsEdi() {
        return !ediId.isEmpty();
    }
}
