package com.orderdesk.model.invoicing;

import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an issued invoice, with its amounts as computed at issue (never recomputed). */
@Embeddable
public class InvoiceLine {
    @Column(name = "line_no", nullable = false)
    private int lineNo;

    /** The order line billed; null on invoices issued before lines were stored. */
    @Column(name = "order_line_id")
    private Long orderLineId;

    @Column(name = "sku", nullable = false, length = 30)
    private String sku;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "qty", nullable = false)
    private int quantity;

    @Column(name = "unit", nullable = false, length = 6)
    private String unit;

    @Column(name = "unit_price_cents", nullable = false)
    private Money unitPrice;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "discount_pct", nullable = false, length = 12)
    private BigDecimal discountPct;

    @Column(name = "gross_cents", nullable = false)
    private Money gross;

    @Column(name = "discount_cents", nullable = false)
    private Money discount;

    @Column(name = "net_cents", nullable = false)
    private Money net;

    @Column(name = "taxable", nullable = false)
    private boolean taxable;

    protected InvoiceLine() {
    }

    public InvoiceLine(int lineNo, Long orderLineId, String sku, String description, int quantity, String unit,
                       Money unitPrice, BigDecimal discountPct, Money gross, Money discount, Money net, boolean taxable) {
        this.lineNo = lineNo;
        this.orderLineId = orderLineId;
        this.sku = sku;
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.discountPct = discountPct;
        this.gross = gross;
        this.discount = discount;
        this.net = net;
        this.taxable = taxable;
    }

    public int lineNo() { return lineNo; }
    public Long orderLineId() { return orderLineId; }
    public String sku() { return sku; }
    public String description() { return description; }
    public int quantity() { return quantity; }
    public String unit() { return unit; }
    public Money unitPrice() { return unitPrice; }
    public BigDecimal discountPct() { return discountPct; }
    public Money gross() { return gross; }
    public Money discount() { return discount; }
    public Money net() { return net; }
    public boolean taxable() { return taxable; }
}
