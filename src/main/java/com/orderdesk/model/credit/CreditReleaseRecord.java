package com.orderdesk.model.credit;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.SalesOrder;
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
import java.time.LocalDate;

/**
 * A credit manager's release of a held order, kept so that a later amendment is judged against it
 * (the re-check rule: value risen too much, or release too old). At most one per order.
 */
@Entity
@Table(name = "credit_release")
public class CreditReleaseRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, unique = true)
    private SalesOrder order;

    @Column(name = "released_value_cents", nullable = false)
    private Money releasedValue;

    @Column(name = "released_on", nullable = false)
    private LocalDate releasedOn;

    @Column(name = "released_by", nullable = false, length = 40)
    private String releasedBy;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    protected CreditReleaseRecord() {
    }

    public CreditReleaseRecord(SalesOrder order, Money releasedValue, LocalDate releasedOn, String releasedBy,
                               Instant releasedAt) {
        this.order = order;
        this.releasedValue = releasedValue;
        this.releasedOn = releasedOn;
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
    }

    public Long id() { return id; }
    public SalesOrder order() { return order; }
    public Money releasedValue() { return releasedValue; }
    public LocalDate releasedOn() { return releasedOn; }
    public String releasedBy() { return releasedBy; }
    public Instant releasedAt() { return releasedAt; }
}
