package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.model.audit.AuditRecord;
import java.time.Instant;
import org.hibernate.Session;

/**
 * Appends one entry to the audit trail inside the caller's write transaction, chained to the last
 * entry with {@link AuditChain} (so the trail still verifies). The write transaction serialises
 * appenders (SQLite IMMEDIATE; on PostgreSQL the unique sequence refuses a second claimant).
 * Small on purpose: when the shared audit service lands, callers switch to it.
 */
final class RoutingAudit {
    static final String ROUTING_OVERRIDE = "ROUTING_OVERRIDE";
    static final String SHORT_PICK = "SHORT_PICK";

    private RoutingAudit() {
    }

    static AuditEntry append(Session session, AuditEvent event, Instant at) {
        AuditRecord last = session.createSelectionQuery("from AuditRecord a order by a.sequence desc", AuditRecord.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        AuditEntry previous = last == null ? null : new AuditEntry(last.sequence(), last.at(), last.username(), last.action(),
                last.documentType(), last.documentId(), last.before(), last.after(), last.reason(), last.previousHash(), last.hash());
        AuditEntry next = AuditChain.append(previous, event, at);
        session.persist(new AuditRecord(next.sequence(), next.timestamp(), next.user(), next.action(), next.documentType(),
                next.documentId(), next.before(), next.after(), next.reason(), next.previousHash(), next.hash()));
        return next;
    }
}
