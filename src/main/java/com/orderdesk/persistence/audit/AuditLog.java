package com.orderdesk.persistence.audit;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.audit.AuditSeals;
import com.orderdesk.logic.security.NotSignedInException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.audit.AuditHead;
import com.orderdesk.model.audit.AuditKeyRecord;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.persistence.CurrentSession;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;

/**
 * Appends to the audit hash chain inside the unit of work that makes the change.
 *
 * <p>Appends are serialised by the head row: the first statement is an UPDATE of audit_head,
 * which takes SQLite's write lock (waiting up to busy_timeout) or PostgreSQL's row lock before
 * the head is read, so two desks can never link two entries to the same predecessor. An entry by
 * a signed-in user carries the audit key's MAC of its hash, and moves the keyed head (with its
 * own MAC) to it; an unkeyed entry (a failed sign-in) moves only the plain head.
 */
public final class AuditLog implements AuditRecorder {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AuditEntry record(SignedInUser actor, AuditEvent event) {
        AuditKey key = actor.auditKey();
        if (key == null) {
            throw new NotSignedInException(event.action() + " changes the book: only a user who signed in with a"
                    + " password may do it (" + actor.userName() + " did not).");
        }
        if (!actor.isUser(event.user())) {
            throw new IllegalArgumentException("An audit entry by " + actor.userName() + " cannot name " + event.user());
        }
        Session s = CurrentSession.get();
        AuditKeyRecord bookKey = s.find(AuditKeyRecord.class, AuditKeyRecord.ID);
        if (bookKey == null || !key.keyCheck().equals(bookKey.keyCheck())) {
            throw new NotSignedInException("The key " + actor.userName() + " signed in with does not open this book;"
                    + " sign in to this book again.");
        }
        AuditHead head = lockHead(s);
        AuditEntry entry = next(head, event);
        s.persist(record(entry).withMac(key.mac(AuditSeals.ENTRY, AuditSeals.entry(entry.hash()))));
        head.advanceKeyed(entry.sequence(), entry.hash(),
                key.mac(AuditSeals.HEAD, AuditSeals.head(entry.sequence(), entry.hash())));
        return entry;
    }

    @Override
    public AuditEntry recordUnkeyed(AuditEvent event) {
        Session s = CurrentSession.get();
        AuditHead head = lockHead(s);
        AuditEntry entry = next(head, event);
        s.persist(record(entry));
        head.advance(entry.sequence(), entry.hash());
        return entry;
    }

    private static AuditHead lockHead(Session s) {
        s.createMutationQuery("update AuditHead h set h.version = h.version + 1 where h.id = :id")
                .setParameter("id", AuditHead.ID).executeUpdate();
        // the bulk update bypasses the session, but only seq/hash matter and they change only here:
        // a head already in the session (an earlier append in this transaction) is current
        return s.find(AuditHead.class, AuditHead.ID);
    }

    private AuditEntry next(AuditHead head, AuditEvent event) {
        AuditEntry previous = head.sequence() == 0 ? null
                : new AuditEntry(head.sequence(), null, null, null, null, null, null, null, null, null, head.hash());
        return AuditChain.append(previous, event, Instant.now(clock));
    }

    private static AuditRecord record(AuditEntry e) {
        return new AuditRecord(e.sequence(), e.timestamp(), e.user(), e.action(), e.documentType(), e.documentId(),
                e.before(), e.after(), e.reason(), e.previousHash(), e.hash());
    }
}
