package com.orderdesk.model.credit;

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

/**
 * One reason a held order waits in CREDIT_HOLD: the code (a {@code CreditReason} name, for
 * filters) and the sentence with the numbers as the credit check wrote it when the order was saved.
 */
@Entity
@Table(name = "credit_hold_reason")
public class CreditHoldReasonRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "message", nullable = false, length = 1000)
    private String message;

    protected CreditHoldReasonRecord() {
    }

    public CreditHoldReasonRecord(SalesOrder order, int position, String code, String message) {
        this.order = order;
        this.position = position;
        this.code = code;
        this.message = message;
    }

    public Long id() { return id; }
    public SalesOrder order() { return order; }
    public int position() { return position; }
    public String code() { return code; }
    public String message() { return message; }
}
