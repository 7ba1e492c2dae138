package com.orderdesk.logic.cash.intake;

import java.util.List;

/**
 * A bank or remittance file read whole.
 *
 * @param format   what the content was recognised as
 * @param version  the format's version as the file states it ("2", "001.08", "004010"...), or empty
 * @param encoding the character encoding the text was read in
 * @param mapping  for {@link BankFormat#CSV}, the column mapping that read it, else null
 * @param payments the credits (money in), each with its remittance; debits are not payments
 */
public record BankFile(BankFormat format, String version, String encoding, BankCsvMapping mapping,
                       List<ImportedPayment> payments) {
    public BankFile {
        payments = List.copyOf(payments);
    }
}
