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
import java.lang.ref.WeakReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final String STORED_HASH = "SELECT hash FROM audit_entry WHERE seq = ?";
    private static final String LOCK_HEAD = "UPDATE audit_head SET version = version + 1 WHERE id = ?";
    private final Clock clock;
    /** The head this thread's last keyed append sealed, and in which session (see {@link #sealedHere}). */
    private final ThreadLocal<Sealed> lastSealed = new ThreadLocal<>();

    private record Sealed(WeakReference<Session> session, long sequence, String hash) {
    }

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
        boolean headStands = sealedHere(s, head) || sealedHeadStands(s, head, key);
        s.persist(record(entry).withMac(key.mac(AuditSeals.ENTRY, AuditSeals.entry(entry.hash()))));
        if (headStands) {
            head.advanceKeyed(entry.sequence(), entry.hash(),
                    key.mac(AuditSeals.HEAD, AuditSeals.head(entry.sequence(), entry.hash())));
            lastSealed.set(new Sealed(new WeakReference<>(s), entry.sequence(), entry.hash()));
        } else {
            // the trail was cut or rewritten outside Order Desk: the entry is still sealed, but the
            // sealed head is left where it was, as the evidence verification reports; sealing a new
            // head here would cover the cut for whoever made it
            LOG.warn("The audit trail's sealed head (entry {}) no longer matches the trail; entry {} is appended"
                    + " without moving it. Run 'audit verify'.", head.keyedSequence(), entry.sequence());
            head.advance(entry.sequence(), entry.hash());
        }
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

    /**
     * Whether the sealed head is what this program last left: its MAC holds, the plain head is not
     * behind it, and the entry it names is still in the trail with the same hash. With no sealed
     * head yet, no entry may be sealed either (else someone cleared the head to hide a cut tail).
     */
    private static boolean sealedHeadStands(Session s, AuditHead head, AuditKey key) {
        if (head.keyedSequence() == 0) {
            return s.createSelectionQuery("select r.sequence from AuditRecord r where r.mac is not null", Long.class)
                    .setMaxResults(1).list().isEmpty();
        }
        if (head.mac() == null || head.sequence() < head.keyedSequence()
                || !key.mac(AuditSeals.HEAD, AuditSeals.head(head.keyedSequence(), head.keyedHash())).equals(head.mac())) {
            return false;
        }
        // plain JDBC: entries are inserted when persisted (identity keys), so nothing is pending to flush
        String stored = s.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(STORED_HASH)) {
                ps.setLong(1, head.keyedSequence());
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
        return stored != null && stored.equals(head.keyedHash());
    }

    /**
     * Whether this transaction itself sealed the head it holds: the session's head is the one its
     * previous append moved, under the lock this transaction still holds, so it stands without
     * asking the book again (a unit that saves an order appends two entries).
     */
    private boolean sealedHere(Session s, AuditHead head) {
        Sealed last = lastSealed.get();
        return last != null && last.session().get() == s && last.sequence() == head.keyedSequence()
                && last.sequence() == head.sequence() && last.hash().equals(head.keyedHash());
    }

    /**
     * A plain JDBC statement: as HQL the update was translated again on every append (Hibernate
     * keeps no plan for bulk statements) and flushed the whole session first, which it does not need.
     */
    private static AuditHead lockHead(Session s) {
        s.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(LOCK_HEAD)) {
                ps.setInt(1, AuditHead.ID);
                ps.executeUpdate();
            }
        });
        // the update bypasses the session, but only seq/hash matter and they change only here:
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
