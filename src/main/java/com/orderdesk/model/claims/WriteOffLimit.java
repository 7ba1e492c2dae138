package com.orderdesk.model.claims;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How much one user may write off on a case, set by an administrator (credit managers have no limit). */
@Entity
@Table(name = "write_off_limit")
public class WriteOffLimit {
    @Id
    @Column(name = "user_id", columnDefinition = "integer")
    private Long userId;

    @Column(name = "limit_cents", nullable = false)
    private Money limit;

    @Column(name = "set_by", nullable = false, length = 40)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected WriteOffLimit() {
    }

    public WriteOffLimit(long userId, Money limit, String setBy, Instant setAt) {
        this.userId = userId;
        change(limit, setBy, setAt);
    }

    public Long userId() { return userId; }
    public Money limit() { return limit; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }

    public void change(Money limit, String setBy, Instant setAt) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("A write-off limit cannot be negative.");
        }
        this.limit = limit;
        this.setBy = setBy;
        this.setAt = setAt;
    }
}
