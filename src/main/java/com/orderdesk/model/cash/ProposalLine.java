package com.orderdesk.model.cash;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of the engine's proposal: to an invoice, or unapplied ({@code invoiceNo} null). */
@Embeddable
public class ProposalLine {
    @Column(name = "invoice_no", length = 20)
    private String invoiceNo;

    @Column(name = "applied_cents", nullable = false)
    private Money applied;

    @Column(name = "discount_cents", nullable = false)
    private Money discount;

    @Column(name = "deduction_cents", nullable = false)
    private Money deduction;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MatchStatus status;

    protected ProposalLine() {
    }

    public ProposalLine(String invoiceNo, Money applied, Money discount, Money deduction, MatchStatus status) {
        this.invoiceNo = invoiceNo;
        this.applied = applied;
        this.discount = discount;
        this.deduction = deduction;
        this.status = status;
    }

    public String invoiceNo() { return invoiceNo; }
    public Money applied() { return applied; }
    public Money discount() { return discount; }
    public Money deduction() { return deduction; }
    public MatchStatus status() { return status; }
}
