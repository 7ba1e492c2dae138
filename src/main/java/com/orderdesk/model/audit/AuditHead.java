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

    /** The last entry written by a signed-in user, and the audit key's MAC over it. */
    @Column(name = "keyed_seq", nullable = false)
    private long keyedSequence;

    @Column(name = "keyed_hash", length = 64)
    private String keyedHash;

    @Column(name = "mac", length = 64)
    private String mac;

    protected AuditHead() {
    }

    public long sequence() { return sequence; }
    public String hash() { return hash; }

    public long keyedSequence() { return keyedSequence; }
    public String keyedHash() { return keyedHash; }
    public String mac() { return mac; }

    public void advance(long newSequence, String newHash) {
        this.sequence = newSequence;
        this.hash = newHash;
        this.version++;
    }

    /** Moves the keyed head to the entry just written by a signed-in user. */
    public void advanceKeyed(long newSequence, String newHash, String headMac) {
        advance(newSequence, newHash);
        this.keyedSequence = newSequence;
        this.keyedHash = newHash;
        this.mac = headMac;
    }
}
