package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;

/**
 * A payment read from a bank or lockbox file, with where it came from.
 *
 * @param payment       the payment as the matching engine takes it
 * @param sourceFile    the file's name
 * @param line          the line where the transaction starts in that file
 * @param bankReference the bank's own reference for the transaction (to recognise it when the
 *                      same transactions are imported twice), or empty
 */
public record ImportedPayment(Payment payment, String sourceFile, int line, String bankReference) {
}
