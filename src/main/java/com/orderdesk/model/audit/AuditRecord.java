package com.orderdesk.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail: who did what to which document, the values before
 * and after, and why. Each entry carries the hash of the previous one, so an edit made to the
 * table behind the application's back is detected.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "seq", nullable = false, unique = true)
    private long sequence;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 40)
    private String username;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "doc_type", length = 30)
    private String documentType;

    @Column(name = "doc_id", length = 40)
    private String documentId;

    @Column(name = "before_value", length = 4000)
    private String before;

    @Column(name = "after_value", length = 4000)
    private String after;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    /** The audit key's MAC of the hash; null for entries written before anyone signed in. */
    @Column(name = "mac", length = 64)
    private String mac;

    protected AuditRecord() {
    }

    public AuditRecord(long sequence, Instant at, String username, String action, String documentType,
                       String documentId, String before, String after, String reason,
                       String previousHash, String hash) {
        this.sequence = sequence;
        this.at = at;
        this.username = username;
        this.action = action;
        this.documentType = documentType;
        this.documentId = documentId;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public AuditRecord withMac(String entryMac) {
        this.mac = entryMac;
        return this;
    }

    public String mac() { return mac; }

    public Long id() { return id; }
    public long sequence() { return sequence; }
    public Instant at() { return at; }
    public String username() { return username; }
    public String action() { return action; }
    public String documentType() { return documentType; }
    public String documentId() { return documentId; }
    public String before() { return before; }
    public String after() { return after; }
    public String reason() { return reason; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
