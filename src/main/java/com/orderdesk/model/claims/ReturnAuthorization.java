package com.orderdesk.model.claims;

import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.order.SalesOrder;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A return authorization (RMA): units of one invoiced line the customer may send back to one node,
 * with the restocking fee of its reason (or waived, with a reason). Its quantities only grow as
 * units are received or the rest is cancelled; its status follows them.
 */
@Entity
@Table(name = "return_authorization")
public class ReturnAuthorization {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "rma_no", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "invoice_line_no", nullable = false)
    private int invoiceLineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "sku", nullable = false, length = 30)
    private String sku;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "qty_authorized", nullable = false)
    private int quantityAuthorized;

    @Column(name = "qty_to_stock", nullable = false)
    private int quantityToStock;

    @Column(name = "qty_scrapped", nullable = false)
    private int quantityScrapped;

    @Column(name = "qty_cancelled", nullable = false)
    private int quantityCancelled;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private ReturnReason reason;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "fee_pct", nullable = false, length = 12)
    private BigDecimal feePercent;

    @Column(name = "fee_waived", nullable = false)
    private boolean feeWaived;

    @Column(name = "waive_reason", length = 500)
    private String waiveReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private FulfillmentNode node;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_node_id")
    private FulfillmentNode proposedNode;

    @Column(name = "distance_km")
    private Double distanceKm;

    @Column(name = "note", length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReturnStatus status = ReturnStatus.AUTHORIZED;

    @Column(name = "authorized_on", nullable = false)
    private LocalDate authorizedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "authorized_by", nullable = false, length = 40)
    private String authorizedBy;

    @Column(name = "authorized_at", nullable = false)
    private Instant authorizedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReturnAuthorization() {
    }

    public ReturnAuthorization(String number, Invoice invoice, int invoiceLineNo, Product product, String sku,
                               String description, int quantity, ReturnReason reason, BigDecimal feePercent,
                               String waiveReason, FulfillmentNode node, FulfillmentNode proposedNode, Double distanceKm,
                               String note, LocalDate authorizedOn, LocalDate expiresOn, String authorizedBy,
                               Instant authorizedAt) {
        this.number = number;
        this.invoice = invoice;
        this.customer = invoice.customer();
        this.order = invoice.order();
        this.invoiceLineNo = invoiceLineNo;
        this.product = product;
        this.sku = sku;
        this.description = description;
        this.quantityAuthorized = quantity;
        this.reason = reason;
        this.feePercent = feePercent;
        this.feeWaived = waiveReason != null;
        this.waiveReason = waiveReason;
        this.node = node;
        this.proposedNode = proposedNode;
        this.distanceKm = distanceKm;
        this.note = note;
        this.authorizedOn = authorizedOn;
        this.expiresOn = expiresOn;
        this.authorizedBy = authorizedBy;
        this.authorizedAt = authorizedAt;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Customer customer() { return customer; }
    public Invoice invoice() { return invoice; }
    public int invoiceLineNo() { return invoiceLineNo; }
    public SalesOrder order() { return order; }
    public Product product() { return product; }
    public String sku() { return sku; }
    public String description() { return description; }
    public int quantityAuthorized() { return quantityAuthorized; }
    public int quantityToStock() { return quantityToStock; }
    public int quantityScrapped() { return quantityScrapped; }
    public int quantityCancelled() { return quantityCancelled; }
    public int quantityReceived() { return quantityToStock + quantityScrapped; }
    /** Units still expected at the node. */
    public int quantityOutstanding() { return quantityAuthorized - quantityReceived() - quantityCancelled; }
    public ReturnReason reason() { return reason; }
    public BigDecimal feePercent() { return feePercent; }
    public boolean feeWaived() { return feeWaived; }
    public String waiveReason() { return waiveReason; }
    public FulfillmentNode node() { return node; }
    public FulfillmentNode proposedNode() { return proposedNode; }
    public Double distanceKm() { return distanceKm; }
    public String note() { return note; }
    public ReturnStatus status() { return status; }
    public LocalDate authorizedOn() { return authorizedOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public String authorizedBy() { return authorizedBy; }
    public Instant authorizedAt() { return authorizedAt; }
    public long version() { return version; }

    /** Units arrived and inspected; refused beyond what is still expected. */
    public void receive(int toStock, int scrapped) {
        if (toStock < 0 || scrapped < 0 || toStock + scrapped == 0) {
            throw new IllegalArgumentException("A receipt needs at least one unit, to stock or to scrap.");
        }
        if (toStock + scrapped > quantityOutstanding()) {
            throw new IllegalArgumentException(number + " expects " + quantityOutstanding() + " more; "
                    + (toStock + scrapped) + " cannot be received on it.");
        }
        quantityToStock += toStock;
        quantityScrapped += scrapped;
        follow();
    }

    /** The units not yet received will not come. */
    public void cancelRest() {
        if (quantityOutstanding() == 0) {
            throw new IllegalArgumentException(number + " expects nothing more; there is nothing to cancel.");
        }
        quantityCancelled += quantityOutstanding();
        follow();
    }

    private void follow() {
        if (quantityOutstanding() > 0) {
            status = quantityReceived() > 0 ? ReturnStatus.PARTLY_RECEIVED : ReturnStatus.AUTHORIZED;
        } else {
            status = quantityReceived() > 0 ? ReturnStatus.RECEIVED : ReturnStatus.CANCELLED;
        }
    }
}
