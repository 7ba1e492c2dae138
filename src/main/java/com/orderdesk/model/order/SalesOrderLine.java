package com.orderdesk.model.order;

import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a sales order, with the price it was taken at. */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "sku", nullable = false, length = 30)
    private String sku;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "qty", nullable = false)
    private int quantity;

    @Column(name = "unit_price_cents", nullable = false)
    private Money unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_source", nullable = false, length = 10)
    private PriceSource priceSource;

    /** Line discount in percent, e.g. 12.5 for 12.5 %. */
    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "discount_pct", nullable = false, length = 12)
    private BigDecimal discountPct = BigDecimal.ZERO;

    @Column(name = "extended_cents", nullable = false)
    private Money extended;

    @Column(name = "taxable", nullable = false)
    private boolean taxable;

    protected SalesOrderLine() {
    }

    public SalesOrderLine(Product product, int quantity, Money unitPrice, PriceSource priceSource,
                          BigDecimal discountPct, Money extended) {
        this.product = product;
        this.sku = product.sku();
        this.description = product.description();
        this.taxable = product.taxable();
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.priceSource = priceSource;
        this.discountPct = discountPct;
        this.extended = extended;
    }

    void attachTo(SalesOrder order, int lineNo) {
        this.order = order;
        this.lineNo = lineNo;
    }

    public Long id() { return id; }
    public SalesOrder order() { return order; }
    public int lineNo() { return lineNo; }
    public Product product() { return product; }
    public String sku() { return sku; }
    public String description() { return description; }
    public int quantity() { return quantity; }
    public Money unitPrice() { return unitPrice; }
    public PriceSource priceSource() { return priceSource; }
    public BigDecimal discountPct() { return discountPct; }
    public Money extended() { return extended; }
    public boolean taxable() { return taxable; }
}
