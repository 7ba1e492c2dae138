package com.orderdesk.model.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter of one numbering series (orders, invoices, credit memos). It is advanced inside the
 * transaction that saves the document, so a rolled-back save gives its number back: no gaps.
 */
@Entity
@Table(name = "document_sequence")
public class DocumentSequence {
    @Id
    @Column(name = "series", length = 20)
    private String series;

    @Column(name = "prefix", nullable = false, length = 10)
    private String prefix;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    @Column(name = "width", nullable = false)
    private int width;

    protected DocumentSequence() {
    }

    public DocumentSequence(String series, String prefix, long nextValue, int width) {
        this.series = series;
        this.prefix = prefix;
        this.nextValue = nextValue;
        this.width = width;
    }

    public String series() { return series; }
    public String prefix() { return prefix; }
    public long nextValue() { return nextValue; }
    public int width() { return width; }
}
