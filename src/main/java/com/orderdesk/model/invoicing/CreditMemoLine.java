package com.orderdesk.model.invoicing;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One credited invoice line: a quantity returned (0 when only an amount is credited) and its amount; for a
 * return, {@code withheld} is the restocking fee kept from the returned units' value ({@code amount} is
 * what is credited, after the fee).
 */
@Embeddable
public class CreditMemoLine {
    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "sku", nullable = false, length = 30)
    private String sku;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "qty", nullable = false)
    private int quantity;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    @Column(name = "taxable", nullable = false)
    private boolean taxable;

    @Column(name = "withheld_cents", nullable = false)
    private Money withheld = Money.ZERO;

    protected CreditMemoLine() {
    }

    public CreditMemoLine(int lineNo, String sku, String description, int quantity, Money amount, boolean taxable) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.description = description;
        this.quantity = quantity;
        this.amount = amount;
        this.taxable = taxable;
    }

    public CreditMemoLine(int lineNo, String sku, String description, int quantity, Money amount, boolean taxable,
                          Money withheld) {
        this(lineNo, sku, description, quantity, amount, taxable);
        this.withheld = withheld == null ? Money.ZERO : withheld;
    }

    public int lineNo() { return lineNo; }
    public String sku() { return sku; }
    public String description() { return description; }
    public int quantity() { return quantity; }
    public Money amount() { return amount; }
    public boolean taxable() { return taxable; }
    public Money withheld() { return withheld; }
}
