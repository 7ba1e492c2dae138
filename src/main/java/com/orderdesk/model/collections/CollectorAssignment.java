package com.orderdesk.model.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The collector (a user name) who works a customer's receivables; the worklist filters by it. */
@Entity
@Table(name = "collector_assignment")
public class CollectorAssignment {
    @Id
    @Column(name = "customer_id", columnDefinition = "integer")
    private Long customerId;

    @Column(name = "collector", nullable = false, length = 40)
    private String collector;

    @Column(name = "assigned_by", nullable = false, length = 40)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CollectorAssignment() {
    }

    public CollectorAssignment(long customerId, String collector, String assignedBy, Instant assignedAt) {
        this.customerId = customerId;
        change(collector, assignedBy, assignedAt);
    }

    public void change(String collector, String assignedBy, Instant assignedAt) {
        this.collector = collector;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long customerId() { return customerId; }
    public String collector() { return collector; }
}
