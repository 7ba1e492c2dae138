package com.orderdesk.logic.cash.matching;

import java.util.List;

/**
 * The remittance references of one payment resolved against the payer's invoices.
 *
 * @param hits       distinct invoices referenced, in the order written
 * @param ambiguous  some reference fits several invoices equally well
 * @param unresolved references that fit no invoice of the payer
 * @param foreign    references that fit only another customer's invoice
 */
record RefResolution(List<RefHit> hits, boolean ambiguous, List<Remittance.Ref> unresolved,
                     List<Remittance.Ref> foreign) {
}
