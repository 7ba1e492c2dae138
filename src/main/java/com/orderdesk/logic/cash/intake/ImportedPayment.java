package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import java.util.List;

/**
 * A payment read from a bank or remittance file, with where it came from.
 *
 * @param payment       the payment as the matching engine takes it (its reference carries the
 *                      remittance lines as text, so matching reads them without knowing the format)
 * @param sourceFile    the file's name
 * @param line          the line where the transaction starts in that file
 * @param bankReference the bank's own reference for the transaction (to recognise it when the
 *                      same transactions are imported twice), or empty
 * @param remittance    the structured remittance lines when the format has them (camt RfrdDocInf,
 *                      X12 820 RMR, ACH RMR addenda), else empty
 */
public record ImportedPayment(Payment payment, String sourceFile, int line, String bankReference,
                              List<RemittanceItem> remittance) {
    public ImportedPayment {
        bankReference = bankReference == null ? "" : bankReference;
        remittance = remittance == null ? List.of() : List.copyOf(remittance);
    }

    /** A payment whose remittance is free text only. */
    public ImportedPayment(Payment payment, String sourceFile, int line, String bankReference) {
        this(payment, sourceFile, line, bankReference, List.of());
    }
}
