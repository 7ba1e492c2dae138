package com.orderdesk.logic.cash.matching;

/**
 * A remittance reference resolved to an invoice.
 *
 * @param invoice the invoice index in the {@link OpenBook}
 * @param typo    the reference differs from the invoice number by one typo
 * @param cleaned the reference needed OCR or zero repair
 */
record RefHit(int invoice, Remittance.Ref ref, boolean typo, boolean cleaned) {
}
