package com.orderdesk.persistence.audit;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.model.audit.AuditHead;
import com.orderdesk.model.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;

/**
 * Appends to the audit hash chain inside the caller's transaction, so an action and its audit
 * entry are stored together or not at all.
 *
 * <p>Appends are serialised by the head row: the first statement is an UPDATE of audit_head,
 * which takes SQLite's write lock (waiting up to busy_timeout) or PostgreSQL's row lock before
 * the head is read, so two desks can never link two entries to the same predecessor.
 */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public AuditEntry append(Session s, AuditEvent event) {
        s.createMutationQuery("update AuditHead h set h.version = h.version + 1 where h.id = :id")
                .setParameter("id", AuditHead.ID).executeUpdate();
        // the bulk update bypasses the session, but only seq/hash matter and they change only here:
        // a head already in the session (an earlier append in this transaction) is current
        AuditHead head = s.find(AuditHead.class, AuditHead.ID);
        AuditEntry previous = head.sequence() == 0 ? null
                : new AuditEntry(head.sequence(), null, null, null, null, null, null, null, null, null, head.hash());
        AuditEntry entry = AuditChain.append(previous, event, Instant.now(clock));
        s.persist(new AuditRecord(entry.sequence(), entry.timestamp(), entry.user(), entry.action(),
                entry.documentType(), entry.documentId(), entry.before(), entry.after(), entry.reason(),
                entry.previousHash(), entry.hash()));
        head.advance(entry.sequence(), entry.hash());
        return entry;
    }

}
