package com.orderdesk.model.claims;

import com.orderdesk.model.common.Money;
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
import org.hibernate.annotations.Immutable;

/** One arrival of returned units at the node, as inspected, and the credit memo it made. Never changed. */
@Entity
@Immutable
@Table(name = "return_receipt")
public class ReturnReceipt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rma_id", nullable = false)
    private ReturnAuthorization rma;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "qty_to_stock", nullable = false)
    private int quantityToStock;

    @Column(name = "qty_scrapped", nullable = false)
    private int quantityScrapped;

    @Column(name = "fee_cents", nullable = false)
    private Money fee;

    @Column(name = "credit_cents", nullable = false)
    private Money credit;

    @Column(name = "credit_memo_no", length = 20)
    private String creditMemoNumber;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "received_by", nullable = false, length = 40)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReturnReceipt() {
    }

    public ReturnReceipt(ReturnAuthorization rma, LocalDate receivedOn, int toStock, int scrapped, Money fee, Money credit,
                         String creditMemoNumber, String note, String receivedBy, Instant receivedAt) {
        this.rma = rma;
        this.receivedOn = receivedOn;
        this.quantityToStock = toStock;
        this.quantityScrapped = scrapped;
        this.fee = fee;
        this.credit = credit;
        this.creditMemoNumber = creditMemoNumber;
        this.note = note;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    public Long id() { return id; }
    public ReturnAuthorization rma() { return rma; }
    public LocalDate receivedOn() { return receivedOn; }
    public int quantityToStock() { return quantityToStock; }
    public int quantityScrapped() { return quantityScrapped; }
    public Money fee() { return fee; }
    public Money credit() { return credit; }
    public String creditMemoNumber() { return creditMemoNumber; }
    public String note() { return note; }
    public String receivedBy() { return receivedBy; }
    public Instant receivedAt() { return receivedAt; }
}
