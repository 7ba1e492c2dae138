package com.orderdesk.model.cash;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Money received: a cheque typed in by hand or a credit read from a bank or lockbox file. Its
 * source (file and line, or the stub image) and the remittance stay with it for good; the
 * engine's latest proposal is kept until the money is posted.
 */
@Entity
@Table(name = "cash_payment")
public class CashPayment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "payment_no", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private ImportBatch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private PaymentKind kind;

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_routing", length = 20)
    private String payerRouting;

    @Column(name = "payer_account", length = 40)
    private String payerAccount;

    @Column(name = "cheque_no", length = 20)
    private String chequeNo;

    @Column(name = "reference", length = 4000)
    private String reference;

    @Column(name = "bank_reference", length = 80)
    private String bankReference;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "source_line")
    private Integer sourceLine;

    @Column(name = "stub_image", length = 1000)
    private String stubImage;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 80)
    private String dedupKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status", length = 12)
    private MatchStatus matchStatus;

    @Column(name = "match_confidence")
    private Double matchConfidence;

    @Column(name = "match_reason", length = 1000)
    private String matchReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private PaymentState state = PaymentState.OPEN;

    @Column(name = "posted_auto", nullable = false)
    private boolean postedAuto;

    @Column(name = "unapplied_cents", nullable = false)
    private Money unapplied = Money.ZERO;

    @Column(name = "entered_by", nullable = false, length = 40)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cash_remittance_line", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "line_no")
    private List<RemittanceLine> remittance = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cash_proposal_line", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "line_no")
    private List<ProposalLine> proposal = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CashPayment() {
    }

    public CashPayment(String number, PaymentKind kind, LocalDate receivedDate, Money amount, String currency,
                       String payerName, String dedupKey, String enteredBy, Instant enteredAt) {
        this.number = number;
        this.kind = kind;
        this.receivedDate = receivedDate;
        this.amount = amount;
        this.currency = currency;
        this.payerName = payerName;
        this.dedupKey = dedupKey;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.unapplied = amount;
    }

    public void setBankDetails(String routing, String account, String chequeNo) {
        this.payerRouting = routing;
        this.payerAccount = account;
        this.chequeNo = chequeNo;
    }

    public void setSource(ImportBatch batch, String file, Integer line, String bankReference, String stubImage) {
        this.batch = batch;
        this.sourceFile = file;
        this.sourceLine = line;
        this.bankReference = bankReference;
        this.stubImage = stubImage;
    }

    public void setReference(String reference) { this.reference = reference; }
    public void setCustomer(Customer customer) { this.customer = customer; }

    /** Replaces the engine's proposal (only while the payment is open). */
    public void setProposal(MatchStatus status, double confidence, String reason, List<ProposalLine> lines) {
        requireOpen();
        this.matchStatus = status;
        this.matchConfidence = confidence;
        this.matchReason = reason;
        this.proposal.clear();
        this.proposal.addAll(lines);
    }

    /**
     * The currency a person stated for money whose file named none ({@link Money#NO_CURRENCY}); any other
     * currency stays as the bank gave it.
     */
    public void stateCurrency(String code) {
        requireOpen();
        if (!Money.NO_CURRENCY.equals(currency)) {
            throw new IllegalStateException(number + " is in " + currency + " as its bank said");
        }
        this.currency = code;
    }

    public void markPosted(Money unapplied, boolean byAuto) {
        requireOpen();
        this.state = PaymentState.POSTED;
        this.unapplied = unapplied;
        this.postedAuto = byAuto;
    }

    /**
     * After a reversal the money waits to be applied again, by a person: an AUTO answer that had to
     * be reversed is not posted again by the bulk action.
     */
    public void reopen() {
        this.state = PaymentState.OPEN;
        if (matchStatus == MatchStatus.AUTO) {
            matchStatus = MatchStatus.SUGGESTED;
        }
        this.unapplied = amount;
        this.postedAuto = false;
    }

    private void requireOpen() {
        if (state != PaymentState.OPEN) {
            throw new IllegalStateException("Payment " + number + " is already posted; reverse it first.");
        }
    }

    /** Routing and account as the matching engine takes them ({@code routing:account}), or empty. */
    public String payerAccountKey() {
        return payerRouting == null || payerAccount == null || payerRouting.isBlank() || payerAccount.isBlank()
                ? "" : payerRouting + ":" + payerAccount;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public ImportBatch batch() { return batch; }
    public PaymentKind kind() { return kind; }
    public LocalDate receivedDate() { return receivedDate; }
    public Money amount() { return amount; }
    public String currency() { return currency; }
    public String payerName() { return payerName; }
    public String payerRouting() { return payerRouting; }
    public String payerAccount() { return payerAccount; }
    public String chequeNo() { return chequeNo; }
    public String reference() { return reference; }
    public String bankReference() { return bankReference; }
    public String sourceFile() { return sourceFile; }
    public Integer sourceLine() { return sourceLine; }
    public String stubImage() { return stubImage; }
    public String dedupKey() { return dedupKey; }
    public Customer customer() { return customer; }
    public MatchStatus matchStatus() { return matchStatus; }
    public Double matchConfidence() { return matchConfidence; }
    public String matchReason() { return matchReason; }
    public PaymentState state() { return state; }
    public boolean postedAuto() { return postedAuto; }
    public Money unapplied() { return unapplied; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
    public List<RemittanceLine> remittance() { return remittance; }
    public List<ProposalLine> proposal() { return proposal; }
    public long version() { return version; }
}
