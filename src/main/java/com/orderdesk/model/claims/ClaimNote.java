package com.orderdesk.model.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of a case's history, as a sentence: a note typed by a person, or what was done
 * (opened, owner, status, reason, resolution, reversal, closing). The audit trail holds the same
 * decisions sealed; this is the case's own readable log.
 */
@Entity
@Immutable
@Table(name = "claim_note")
public class ClaimNote {
    public static final String NOTE = "NOTE";
    public static final String EVENT = "EVENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private ClaimCase claim;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 40)
    private String user;

    @Column(name = "kind", nullable = false, length = 12)
    private String kind;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    protected ClaimNote() {
    }

    public ClaimNote(ClaimCase claim, Instant at, String user, String kind, String text) {
        this.claim = claim;
        this.at = at;
        this.user = user;
        this.kind = kind;
        this.text = text;
    }

    public Long id() { return id; }
    public ClaimCase claim() { return claim; }
    public Instant at() { return at; }
    public String user() { return user; }
    public String kind() { return kind; }
    public String text() { return text; }
}
