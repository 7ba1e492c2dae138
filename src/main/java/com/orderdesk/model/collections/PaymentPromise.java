package com.orderdesk.model.collections;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's promise to pay {@code amount} by {@code promisedFor}. Open until the money posted
 * since it was recorded reaches the amount (kept) or its date passes without that (broken).
 */
@Entity
@Table(name = "payment_promise")
public class PaymentPromise {
    public enum Status { OPEN, KEPT, BROKEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "customer_id", nullable = false, columnDefinition = "integer")
    private long customerId;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    @Column(name = "promised_for", nullable = false)
    private LocalDate promisedFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "paid_cents", nullable = false)
    private Money paid = Money.ZERO;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PaymentPromise() {
    }

    public PaymentPromise(long customerId, Money amount, LocalDate promisedFor, Instant recordedAt, String recordedBy) {
        this.customerId = customerId;
        this.amount = amount;
        this.promisedFor = promisedFor;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Settles the promise as the logic decided; an open promise only. */
    public void settle(Status outcome, Money paidSince, LocalDate on) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("The promise is already " + status + ".");
        }
        this.status = outcome;
        this.paid = paidSince;
        this.settledOn = outcome == Status.OPEN ? null : on;
    }

    public Long id() { return id; }
    public long customerId() { return customerId; }
    public Money amount() { return amount; }
    public LocalDate promisedFor() { return promisedFor; }
    public Status status() { return status; }
    public Money paid() { return paid; }
    public LocalDate settledOn() { return settledOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
