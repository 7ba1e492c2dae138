package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A cheque as typed from the paper: MICR line, amount, date and the stub's remittance lines. */
public record ChequeInput(String payerName, String chequeNo, String routing, String account, BigDecimal amount,
                          LocalDate date, List<StubLine> stub, String stubImage) {

    public ChequeInput {
        stub = stub == null ? List.of() : List.copyOf(stub);
    }

    /** One remittance line of the stub. */
    public record StubLine(String invoiceRef, BigDecimal amount, String note) {
    }
}
