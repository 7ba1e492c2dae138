package com.orderdesk.model.collections;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dunning letter sent: the level the customer reached on the run's date (the next run goes one further). */
@Entity
@Table(name = "dunning_notice")
public class DunningNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "customer_id", nullable = false, columnDefinition = "integer")
    private long customerId;

    @Column(name = "run_date", nullable = false)
    private LocalDate runDate;

    @Column(name = "level_no", nullable = false)
    private int levelNo;

    @Column(name = "items", nullable = false)
    private int items;

    @Column(name = "overdue_cents", nullable = false)
    private Money overdue;

    @Column(name = "fee_cents", nullable = false)
    private Money fee;

    @Column(name = "invoice_list", nullable = false, length = 4000)
    private String invoiceList;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DunningNotice() {
    }

    public DunningNotice(long customerId, LocalDate runDate, int levelNo, int items, Money overdue, Money fee,
                         String invoiceList, String recordedBy, Instant recordedAt) {
        this.customerId = customerId;
        this.runDate = runDate;
        this.levelNo = levelNo;
        this.items = items;
        this.overdue = overdue;
        this.fee = fee;
        this.invoiceList = invoiceList.length() > 4000 ? invoiceList.substring(0, 3997) + "..." : invoiceList;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long customerId() { return customerId; }
    public LocalDate runDate() { return runDate; }
    public int levelNo() { return levelNo; }
    public Money fee() { return fee; }
}
