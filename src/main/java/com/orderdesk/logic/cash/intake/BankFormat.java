package com.orderdesk.logic.cash.intake;

/** The file formats {@link BankFileReader} recognises by their content. */
public enum BankFormat {
    BAI2("BAI2 (Cash Management Balance Reporting, version 2)"),
    BTRS("BTRS (BAI version 3, ANSI X9.121)"),
    CAMT_052("ISO 20022 camt.052 account report"),
    CAMT_053("ISO 20022 camt.053 statement"),
    CAMT_054("ISO 20022 camt.054 debit/credit notification"),
    MT940("SWIFT MT940 customer statement"),
    MT942("SWIFT MT942 interim transaction report"),
    X12_820("ANSI X12 820 payment order / remittance advice"),
    CSV("CSV export read with a column mapping");

    private final String description;

    BankFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
