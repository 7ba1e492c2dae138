package com.orderdesk.model.cash;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A bank's CSV export layout as a person mapped it at the cash desk, kept under the file's header
 * row (its SHA-256, the header itself beside it) so the bank's next export is read without asking.
 */
@Entity
@Table(name = "cash_csv_mapping")
public class BankCsvLayout {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "header_sha256", nullable = false, unique = true, length = 64)
    private String headerSha256;

    @Column(name = "header_text", nullable = false, length = 4000)
    private String headerText;

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Column(name = "delimiter", nullable = false, length = 1)
    private String delimiter;

    @Column(name = "date_column", nullable = false, length = 100)
    private String dateColumn;

    @Column(name = "date_pattern", nullable = false, length = 40)
    private String datePattern;

    @Column(name = "amount_column", length = 100)
    private String amountColumn;

    @Column(name = "credit_column", length = 100)
    private String creditColumn;

    @Column(name = "decimal_comma", nullable = false)
    private boolean decimalComma;

    @Column(name = "currency_column", length = 100)
    private String currencyColumn;

    @Column(name = "default_currency", length = 3)
    private String defaultCurrency;

    @Column(name = "payer_name_column", length = 100)
    private String payerNameColumn;

    @Column(name = "payer_account_column", length = 100)
    private String payerAccountColumn;

    /** The remittance columns, one per line. */
    @Column(name = "reference_columns", length = 1000)
    private String referenceColumns;

    @Column(name = "bank_reference_column", length = 100)
    private String bankReferenceColumn;

    @Column(name = "saved_by", nullable = false, length = 40)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BankCsvLayout() {
    }

    public BankCsvLayout(String headerSha256, String headerText) {
        this.headerSha256 = headerSha256;
        this.headerText = headerText;
    }

    /** Sets every column of the layout (a saved mapping is replaced whole). */
    public void set(String bankName, char delimiter, String dateColumn, String datePattern, String amountColumn,
                    String creditColumn, boolean decimalComma, String currencyColumn, String defaultCurrency,
                    String payerNameColumn, String payerAccountColumn, String referenceColumns, String bankReferenceColumn,
                    String savedBy, Instant savedAt) {
        this.bankName = bankName;
        this.delimiter = String.valueOf(delimiter);
        this.dateColumn = dateColumn;
        this.datePattern = datePattern;
        this.amountColumn = amountColumn;
        this.creditColumn = creditColumn;
        this.decimalComma = decimalComma;
        this.currencyColumn = currencyColumn;
        this.defaultCurrency = defaultCurrency;
        this.payerNameColumn = payerNameColumn;
        this.payerAccountColumn = payerAccountColumn;
        this.referenceColumns = referenceColumns;
        this.bankReferenceColumn = bankReferenceColumn;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long id() { return id; }
    public String headerSha256() { return headerSha256; }
    public String headerText() { return headerText; }
    public String bankName() { return bankName; }
    public char delimiter() { return delimiter.charAt(0); }
    public String dateColumn() { return dateColumn; }
    public String datePattern() { return datePattern; }
    public String amountColumn() { return amountColumn; }
    public String creditColumn() { return creditColumn; }
    public boolean decimalComma() { return decimalComma; }
    public String currencyColumn() { return currencyColumn; }
    public String defaultCurrency() { return defaultCurrency; }
    public String payerNameColumn() { return payerNameColumn; }
    public String payerAccountColumn() { return payerAccountColumn; }
    public String referenceColumns() { return referenceColumns; }
    public String bankReferenceColumn() { return bankReferenceColumn; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
    public long version() { return version; }
}
