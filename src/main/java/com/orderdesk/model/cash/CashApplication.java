package com.orderdesk.model.cash;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Posted money of a payment: to an invoice (with any discount granted and deduction kept), or on
 * account ({@code invoice} null). Never edited: a reversal is a new row with the amounts negated
 * and {@code reversalOf} pointing at the row it cancels.
 */
@Entity
@Immutable
@Table(name = "cash_application")
public class CashApplication {
    /** Who decided: the engine's AUTO answer posted in bulk, or a person. */
    public static final String ORIGIN_AUTO = "AUTO";
    public static final String ORIGIN_MANUAL = "MANUAL";
    public static final String ORIGIN_REVERSAL = "REVERSAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private CashPayment payment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "applied_cents", nullable = false)
    private Money applied;

    @Column(name = "discount_cents", nullable = false)
    private Money discount;

    @Column(name = "deduction_cents", nullable = false)
    private Money deduction;

    @Column(name = "reason_code", length = 20)
    private String reasonCode;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "origin", nullable = false, length = 10)
    private String origin;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 40)
    private String postedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reversal_of_id")
    private CashApplication reversalOf;

    protected CashApplication() {
    }

    public CashApplication(CashPayment payment, Invoice invoice, Money applied, Money discount, Money deduction,
                           String reasonCode, String note, String origin, Instant postedAt, String postedBy,
                           CashApplication reversalOf) {
        this.payment = payment;
        this.invoice = invoice;
        this.applied = applied;
        this.discount = discount;
        this.deduction = deduction;
        this.reasonCode = reasonCode;
        this.note = note;
        this.origin = origin;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
        this.reversalOf = reversalOf;
    }

    /** What this row takes off the invoice's open amount. */
    public Money settles() {
        return applied.plus(discount).plus(deduction);
    }

    public Long id() { return id; }
    public CashPayment payment() { return payment; }
    public Invoice invoice() { return invoice; }
    public Money applied() { return applied; }
    public Money discount() { return discount; }
    public Money deduction() { return deduction; }
    public String reasonCode() { return reasonCode; }
    public String note() { return note; }
    public String origin() { return origin; }
    public Instant postedAt() { return postedAt; }
    public String postedBy() { return postedBy; }
    public CashApplication reversalOf() { return reversalOf; }
}
