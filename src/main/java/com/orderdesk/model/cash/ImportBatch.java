package com.orderdesk.model.cash;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One imported bank or lockbox file; its SHA-256 makes a second import of the same file recognisable. */
@Entity
@Immutable
@Table(name = "cash_import_batch")
public class ImportBatch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, unique = true, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 10)
    private PaymentKind format;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 40)
    private String importedBy;

    @Column(name = "payment_count", nullable = false)
    private int paymentCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "total_cents", nullable = false)
    private Money total;

    protected ImportBatch() {
    }

    public ImportBatch(String fileName, String sha256, PaymentKind format, Instant importedAt, String importedBy,
                       int paymentCount, int skippedCount, Money total) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.format = format;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.paymentCount = paymentCount;
        this.skippedCount = skippedCount;
        this.total = total;
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public PaymentKind format() { return format; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
    public int paymentCount() { return paymentCount; }
    public int skippedCount() { return skippedCount; }
    public Money total() { return total; }
}
