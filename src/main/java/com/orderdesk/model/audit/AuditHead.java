package com.orderdesk.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The sequence and hash of the last audit entry, kept outside audit_entry (one row, id 1). The
 * verifier compares the trail against it, which catches entries cut off the end and a tail
 * rewritten with fresh hashes; appending updates it in the same transaction.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    public static final int ID = 1;

    @Id
    @Column(name = "id", columnDefinition = "integer")
    private Integer id;

    @Column(name = "seq", nullable = false)
    private long sequence;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "version", nullable = false)
    private long version;

    protected AuditHead() {
    }

    public long sequence() { return sequence; }
    public String hash() { return hash; }

    public void advance(long newSequence, String newHash) {
        this.sequence = newSequence;
        this.hash = newHash;
        this.version++;
    }
}
