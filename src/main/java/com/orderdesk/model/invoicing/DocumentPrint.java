package com.orderdesk.model.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One print of a document that goes to the customer (invoice, credit memo, RMA, chargeback):
 * original or copy, the PDF file it went to (null for paper), who and when.
 */
@Entity
@Immutable
@Table(name = "document_print")
public class DocumentPrint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "document_no", nullable = false, length = 20)
    private String documentNumber;

    @Column(name = "copy", nullable = false)
    private boolean copy;

    @Column(name = "file_name", length = 1000)
    private String fileName;

    @Column(name = "printed_by", nullable = false, length = 40)
    private String printedBy;

    @Column(name = "printed_at", nullable = false)
    private Instant printedAt;

    protected DocumentPrint() {
    }

    public DocumentPrint(String documentNumber, boolean copy, String fileName, String printedBy, Instant printedAt) {
        this.documentNumber = documentNumber;
        this.copy = copy;
        this.fileName = fileName;
        this.printedBy = printedBy;
        this.printedAt = printedAt;
    }

    public String documentNumber() { return documentNumber; }
    public boolean copy() { return copy; }
    public String fileName() { return fileName; }
    public String printedBy() { return printedBy; }
    public Instant printedAt() { return printedAt; }
}
