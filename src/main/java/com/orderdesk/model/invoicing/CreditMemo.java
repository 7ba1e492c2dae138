package com.orderdesk.model.invoicing;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A correction of an issued invoice: full or partial, by lines or by amount, always with a reason.
 * Like an invoice it never changes after issue; only its open amount (credit not yet used) and its
 * print record do.
 */
@Entity
@Table(name = "credit_memo")
public class CreditMemo {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "memo_no", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "lines_cents", nullable = false)
    private Money linesAmount;

    @Column(name = "tax_cents", nullable = false)
    private Money tax;

    @Column(name = "total_cents", nullable = false)
    private Money total;

    @Column(name = "open_cents", nullable = false)
    private Money openAmount;

    @Column(name = "issued_by", nullable = false, length = 40)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "printed_at")
    private Instant printedAt;

    @Column(name = "printed_by", length = 40)
    private String printedBy;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    @ElementCollection
    @CollectionTable(name = "credit_memo_line", joinColumns = @JoinColumn(name = "memo_id"))
    @OrderBy("lineNo")
    private List<CreditMemoLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "credit_memo_tax", joinColumns = @JoinColumn(name = "memo_id"))
    @OrderBy("code")
    private List<TaxLine> taxes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditMemo() {
    }

    public CreditMemo(String number, Invoice invoice, LocalDate issueDate, String reason, List<CreditMemoLine> lines,
                      List<TaxLine> taxes, Money linesAmount, Money tax, Money total, Money openAmount,
                      String issuedBy, Instant issuedAt) {
        this.number = number;
        this.invoice = invoice;
        this.customer = invoice.customer();
        this.issueDate = issueDate;
        this.reason = reason;
        this.lines = new ArrayList<>(lines);
        this.taxes = new ArrayList<>(taxes);
        this.linesAmount = linesAmount;
        this.tax = tax;
        this.total = total;
        this.openAmount = openAmount;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Invoice invoice() { return invoice; }
    public Customer customer() { return customer; }
    public LocalDate issueDate() { return issueDate; }
    public String reason() { return reason; }
    public Money linesAmount() { return linesAmount; }
    public Money tax() { return tax; }
    public Money total() { return total; }
    public Money openAmount() { return openAmount; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant printedAt() { return printedAt; }
    public String printedBy() { return printedBy; }
    public int printCount() { return printCount; }
    public List<CreditMemoLine> lines() { return List.copyOf(lines); }
    public List<TaxLine> taxes() { return List.copyOf(taxes); }
}
