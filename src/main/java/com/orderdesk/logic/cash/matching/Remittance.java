package com.orderdesk.logic.cash.matching;

import java.util.List;

/**
 * What a remittance text says, as far as matching cares.
 *
 * @param refs             tokens that look like invoice numbers, in order, each with the amount
 *                         written right after it (cents) or -1
 * @param amounts          every amount written in the text (cents), in order
 * @param deductionStated  the text states a deduction (less, deduct, short, a reason code...)
 * @param deductionAmount  the amount the text says was deducted (cents), or -1
 * @param deductionNote    the words that state the deduction, for the reason
 */
record Remittance(List<Ref> refs, List<Long> amounts, boolean deductionStated, long deductionAmount,
                  String deductionNote) {

    /**
     * @param text      the token as written
     * @param core      its normalized invoice key (see {@link InvoiceRefs#core})
     * @param cleaned   true when normalizing changed more than case and separators (OCR letters, zeros)
     * @param amount    amount written right after the token (cents), or -1
     */
    record Ref(String text, String core, boolean cleaned, long amount) {
    }

    boolean isEmpty() {
        return refs.isEmpty();
    }
}
