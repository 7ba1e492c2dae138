package com.orderdesk.model.claims;

import com.orderdesk.model.common.Money;
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
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A document that settled part of a case (credit memo, chargeback, write-off), or the
 * counter-document that undid one ({@code reversalOf}). Never changed (the database refuses it);
 * each may be reversed once. {@code invoiceDelta} and {@code parkedDelta} record how it moved the
 * invoice's open amount and the case's parked amount, so its counter-document moves them back.
 */
@Entity
@Immutable
@Table(name = "claim_settlement")
public class ClaimSettlement {
    public static final String VALID = "VALID";
    public static final String REST = "REST";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private ClaimCase claim;

    @Column(name = "resolution_no", nullable = false)
    private int resolutionNo;

    @Column(name = "part", nullable = false, length = 6)
    private String part;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SettlementKind kind;

    @Column(name = "document_no", nullable = false, unique = true, length = 20)
    private String documentNumber;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    @Column(name = "invoice_delta_cents", nullable = false)
    private Money invoiceDelta;

    @Column(name = "parked_delta_cents", nullable = false)
    private Money parkedDelta;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "issued_by", nullable = false, length = 40)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reversal_of_id")
    private ClaimSettlement reversalOf;

    protected ClaimSettlement() {
    }

    public ClaimSettlement(ClaimCase claim, int resolutionNo, String part, SettlementKind kind, String documentNumber,
                           Money amount, Money invoiceDelta, Money parkedDelta, LocalDate issuedOn, String note,
                           String issuedBy, Instant issuedAt, ClaimSettlement reversalOf) {
        this.claim = claim;
        this.resolutionNo = resolutionNo;
        this.part = part;
        this.kind = kind;
        this.documentNumber = documentNumber;
        this.amount = amount;
        this.invoiceDelta = invoiceDelta;
        this.parkedDelta = parkedDelta;
        this.issuedOn = issuedOn;
        this.note = note;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.reversalOf = reversalOf;
    }

    public Long id() { return id; }
    public ClaimCase claim() { return claim; }
    public int resolutionNo() { return resolutionNo; }
    public String part() { return part; }
    public SettlementKind kind() { return kind; }
    public String documentNumber() { return documentNumber; }
    public Money amount() { return amount; }
    public Money invoiceDelta() { return invoiceDelta; }
    public Money parkedDelta() { return parkedDelta; }
    public LocalDate issuedOn() { return issuedOn; }
    public String note() { return note; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public ClaimSettlement reversalOf() { return reversalOf; }
}
