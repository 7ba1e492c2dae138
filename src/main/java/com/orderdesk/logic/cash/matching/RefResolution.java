package com.orderdesk.logic.cash.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The remittance references of one payment resolved against the payer's invoices.
 *
 * @param hits       distinct invoices referenced, in the order written
 * @param ambiguous  for each reference that fits several invoices equally well, those invoices
 * @param unresolved references that fit no invoice of the payer
 * @param foreign    references that fit only another customer's invoice
 */
record RefResolution(List<RefHit> hits, List<List<RefHit>> ambiguous, List<Remittance.Ref> unresolved,
                     List<Remittance.Ref> foreign) {

    boolean isAmbiguous() {
        return !ambiguous.isEmpty();
    }

    /** This resolution with the ambiguous reference settled on {@code choice}. */
    RefResolution settledOn(RefHit choice) {
        List<RefHit> withChoice = new ArrayList<>(hits);
        if (withChoice.stream().noneMatch(h -> h.invoice() == choice.invoice())) {
            withChoice.add(choice);
        }
        return new RefResolution(List.copyOf(withChoice), List.of(), unresolved, foreign);
    }
}
