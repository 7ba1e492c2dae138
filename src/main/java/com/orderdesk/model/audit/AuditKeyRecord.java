package com.orderdesk.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How the book recognises its audit key (one row, id 1, written when the book is sealed): a MAC
 * of a fixed text under the key, and the sequence the trail had reached then.
 */
@Entity
@Table(name = "audit_key")
public class AuditKeyRecord {
    public static final int ID = 1;

    @Id
    @Column(name = "id", columnDefinition = "integer")
    private Integer id;

    @Column(name = "key_check", nullable = false, length = 64)
    private String keyCheck;

    @Column(name = "sealed_seq", nullable = false)
    private long sealedSequence;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected AuditKeyRecord() {
    }

    public AuditKeyRecord(String keyCheck, long sealedSequence, Instant sealedAt) {
        this.id = ID;
        this.keyCheck = keyCheck;
        this.sealedSequence = sealedSequence;
        this.sealedAt = sealedAt;
    }

    public String keyCheck() { return keyCheck; }
    public long sealedSequence() { return sealedSequence; }
    public Instant sealedAt() { return sealedAt; }
}
