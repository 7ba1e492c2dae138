package com.orderdesk.model.invoicing;

import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.fulfillment.Shipment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An issued invoice: an open receivable until paid or credited. Its amounts never change after
 * issue; only the open amount and status follow the money (payments and credit memos).
 */
@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "invoice_no", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "terms", nullable = false, length = 30)
    private String terms;

    @Column(name = "discount_until")
    private LocalDate discountUntil;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "discount_pct", length = 12)
    private BigDecimal discountPct;

    @Column(name = "subtotal_cents", nullable = false)
    private Money subtotal;

    @Column(name = "tax_cents", nullable = false)
    private Money tax;

    @Column(name = "freight_cents", nullable = false)
    private Money freight;

    @Column(name = "total_cents", nullable = false)
    private Money total;

    @Column(name = "open_cents", nullable = false)
    private Money openAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InvoiceStatus status = InvoiceStatus.OPEN;

    /** The shipment this invoice bills; null for invoices issued before shipments were recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "freight_taxable", nullable = false)
    private boolean freightTaxable;

    /** What credit memos have taken off this invoice so far. */
    @Column(name = "credited_cents", nullable = false)
    private Money credited = Money.ZERO;

    @Column(name = "issued_by", length = 40)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** The first print (who, when); later prints are copies and only count. */
    @Column(name = "printed_at")
    private Instant printedAt;

    @Column(name = "printed_by", length = 40)
    private String printedBy;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "invoice_tax", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("code")
    private List<TaxLine> taxes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invoice() {
    }

    public Invoice(String number, Customer customer, SalesOrder order, LocalDate issueDate, LocalDate dueDate,
                   String terms, LocalDate discountUntil, BigDecimal discountPct,
                   Money subtotal, Money tax, Money freight, Money total) {
        this.number = number;
        this.customer = customer;
        this.order = order;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.terms = terms;
        this.discountUntil = discountUntil;
        this.discountPct = discountPct;
        this.subtotal = subtotal;
        this.tax = tax;
        this.freight = freight;
        this.total = total;
        this.openAmount = total;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Customer customer() { return customer; }
    public SalesOrder order() { return order; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate dueDate() { return dueDate; }
    public String terms() { return terms; }
    public LocalDate discountUntil() { return discountUntil; }
    public BigDecimal discountPct() { return discountPct; }
    public Money subtotal() { return subtotal; }
    public Money tax() { return tax; }
    public Money freight() { return freight; }
    public Money total() { return total; }
    public Money openAmount() { return openAmount; }
    public InvoiceStatus status() { return status; }
    public Shipment shipment() { return shipment; }
    public boolean freightTaxable() { return freightTaxable; }
    public Money credited() { return credited; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant printedAt() { return printedAt; }
    public String printedBy() { return printedBy; }
    public int printCount() { return printCount; }
    public List<InvoiceLine> lines() { return List.copyOf(lines); }
    public List<TaxLine> taxes() { return List.copyOf(taxes); }

    /** Money received from cash: total minus what is still open minus what was credited. */
    public Money paid() {
        return total.minus(openAmount).minus(credited).max(Money.ZERO);
    }

    /**
     * The content of a newly issued invoice: set once, in the issuing transaction, before the
     * invoice is first stored. There is no way to change it afterwards.
     */
    public void issue(Shipment shipment, List<InvoiceLine> lines, List<TaxLine> taxes, boolean freightTaxable,
                      String user, Instant at) {
        if (id != null || issuedAt != null) {
            throw new IllegalStateException("Invoice " + number + " is issued; correct it with a credit memo");
        }
        this.shipment = shipment;
        this.lines = new ArrayList<>(lines);
        this.taxes = new ArrayList<>(taxes);
        this.freightTaxable = freightTaxable;
        this.issuedBy = user;
        this.issuedAt = at;
    }

    /**
     * Records a credit memo of {@code amount}: it lowers what is open (never below zero: a credit on
     * a paid invoice stays open on the memo) and the status follows the money.
     *
     * @return the part of the credit that was used against this invoice's open amount
     */
    public Money applyCredit(Money amount, InvoiceStatus statusAfter) {
        Money used = amount.min(openAmount);
        credited = credited.plus(amount);
        openAmount = openAmount.minus(used);
        status = statusAfter;
        return used;
    }

    /**
     * Puts {@code amount} back on what is open (a deduction found invalid and charged back, a
     * reversed write-off or credit): never more than the invoice's total. The status follows: open
     * again when no cash is left applied, else partly paid.
     */
    public void reopen(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Only a positive amount can be put back on " + number + ".");
        }
        Money open = openAmount.plus(amount);
        if (open.compareTo(total) > 0) {
            throw new IllegalArgumentException("Cannot put " + amount + " back on " + number + ": " + openAmount
                    + " of its " + total + " is already open");
        }
        openAmount = open;
        status = paid().isPositive() ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.OPEN;
    }

    /** Records money received or credited against this invoice. */
    public void reduceOpenAmount(Money amount, InvoiceStatus statusWhenClosed) {
        if (amount.compareTo(openAmount) > 0) {
            throw new IllegalArgumentException("Cannot apply " + amount + " to " + number + ": only " + openAmount + " is open");
        }
        openAmount = openAmount.minus(amount);
        status = openAmount.isZero() ? statusWhenClosed : InvoiceStatus.PARTLY_PAID;
    }
}
