package com.orderdesk.model.claims;

import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.order.SalesOrder;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deduction or dispute to work until the money is settled. {@code parked} is the part of the
 * amount held on the case outside the invoice's open amount: a deduction posted with a payment took
 * it off the invoice, and until the case is resolved it is owed here; a dispute's amount stays in
 * the invoice's open amount (parked zero). Its settlement documents are {@link ClaimSettlement}s.
 */
@Entity
@Table(name = "claim_case")
public class ClaimCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "case_no", nullable = false, unique = true, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private ClaimKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private ClaimOrigin origin;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id")
    private CashPayment payment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cash_application_id")
    private CashApplication cashApplication;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    @Column(name = "parked_cents", nullable = false)
    private Money parked;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private ClaimReason reason;

    @Column(name = "remittance_note", length = 500)
    private String remittanceNote;

    @Column(name = "owner", length = 40)
    private String owner;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ClaimStatus status = ClaimStatus.OPEN;

    /** Of the live resolution: the part found valid (credited); null while unresolved. */
    @Column(name = "valid_cents")
    private Money validAmount;

    /** How many resolutions the case has had (a reversed one counts): numbers the settlement rows. */
    @Column(name = "resolution_no", nullable = false)
    private int resolutionNo;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Closed without a resolution because its payment was reversed (the deduction never stood). */
    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClaimCase() {
    }

    public ClaimCase(String number, ClaimKind kind, ClaimOrigin origin, Invoice invoice, Money amount, Money parked,
                     ClaimReason reason, LocalDate openedOn, LocalDate dueOn, String openedBy, Instant openedAt) {
        if (!amount.isPositive() || parked.isNegative() || parked.compareTo(amount) > 0) {
            throw new IllegalArgumentException("A case needs a positive amount, of which at most all is parked.");
        }
        this.number = number;
        this.kind = kind;
        this.origin = origin;
        this.invoice = invoice;
        this.customer = invoice.customer();
        this.order = invoice.order();
        this.amount = amount;
        this.parked = parked;
        this.reason = reason;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public ClaimKind kind() { return kind; }
    public ClaimOrigin origin() { return origin; }
    public Customer customer() { return customer; }
    public Invoice invoice() { return invoice; }
    public SalesOrder order() { return order; }
    public CashPayment payment() { return payment; }
    public CashApplication cashApplication() { return cashApplication; }
    public Money amount() { return amount; }
    public Money parked() { return parked; }
    public ClaimReason reason() { return reason; }
    public String remittanceNote() { return remittanceNote; }
    public String owner() { return owner; }
    public LocalDate openedOn() { return openedOn; }
    public LocalDate dueOn() { return dueOn; }
    public ClaimStatus status() { return status; }
    public Money validAmount() { return validAmount; }
    public int resolutionNo() { return resolutionNo; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public LocalDate closedOn() { return closedOn; }
    public boolean withdrawn() { return withdrawn; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public long version() { return version; }

    /** The payment (and its posted deduction) the case came from. */
    public void fromPayment(CashPayment payment, CashApplication application, String remittanceNote) {
        this.payment = payment;
        this.cashApplication = application;
        this.remittanceNote = remittanceNote;
    }

    public void assignTo(String owner) {
        this.owner = owner;
    }

    public void reclassify(ClaimReason reason) {
        this.reason = reason;
    }

    /** A working status (open, researching, waiting on the customer) while the case is open. */
    public void moveTo(ClaimStatus next) {
        if (!status.isOpen() || !next.isOpen()) {
            throw new IllegalStateException("Case " + number + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; only an open case moves between open, researching and waiting on the customer.");
        }
        this.status = next;
    }

    /** A resolution: the valid part, the new parked amount, the day. Numbers the next resolution. */
    public int resolve(ClaimStatus resolved, Money valid, Money parkedAfter, LocalDate on) {
        if (!status.isOpen() || !resolved.isResolved()) {
            throw new IllegalStateException("Case " + number + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + " and cannot be resolved again; reverse its resolution first.");
        }
        this.status = resolved;
        this.validAmount = valid;
        this.parked = parkedAfter;
        this.resolvedOn = on;
        return ++resolutionNo;
    }

    /** A resolution is in force (resolved, or closed after a resolution): it can be reversed. */
    public boolean hasLiveResolution() {
        return resolvedOn != null;
    }

    /** The resolution was undone by its counter-documents: researching again, with the money parked as before. */
    public void reopen(Money parkedAfter) {
        if (!hasLiveResolution()) {
            throw new IllegalStateException("Case " + number + " has no resolution in force to reverse.");
        }
        this.status = ClaimStatus.RESEARCHING;
        this.validAmount = null;
        this.parked = parkedAfter;
        this.resolvedOn = null;
        this.closedOn = null;
    }

    public void close(LocalDate on) {
        if (!status.canBeClosed()) {
            throw new IllegalStateException("Case " + number + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + (status == ClaimStatus.CLOSED ? " already." : ": only a resolved case can be closed. Resolve it"
                            + " (valid, invalid or partly valid) first."));
        }
        this.status = ClaimStatus.CLOSED;
        this.closedOn = on;
    }

    /** The payment the deduction was taken on was reversed: the money is back on the invoice. */
    public void withdraw(LocalDate on) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Case " + number + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; reverse its resolution before reversing the payment.");
        }
        this.status = ClaimStatus.CLOSED;
        this.parked = Money.ZERO;
        this.withdrawn = true;
        this.closedOn = on;
    }
}
