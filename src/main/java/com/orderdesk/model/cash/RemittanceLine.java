package com.orderdesk.model.cash;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of remittance: an invoice reference and the amount paid for it, as received. */
@Embeddable
public class RemittanceLine {
    @Column(name = "invoice_ref", length = 40)
    private String invoiceRef;

    @Column(name = "amount_cents")
    private Money amount;

    @Column(name = "note", length = 255)
    private String note;

    protected RemittanceLine() {
    }

    public RemittanceLine(String invoiceRef, Money amount, String note) {
        this.invoiceRef = invoiceRef;
        this.amount = amount;
        this.note = note;
    }

    public String invoiceRef() { return invoiceRef; }
    public Money amount() { return amount; }
    public String note() { return note; }
}
