package com.orderdesk.persistence.cash;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.model.audit.AuditRecord;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends to the audit trail inside the caller's transaction, chained with {@link AuditChain} so
 * the trail still verifies. (A small stand-in until the shared audit service lands; it writes the
 * same table the same way.) With SQLite the write transaction serialises appenders.
 */
final class CashAudit {
    static final String CASH_APPLY = "CASH_APPLY";
    static final String CASH_REVERSE = "CASH_REVERSE";
    static final String CASH_IMPORT = "CASH_IMPORT";
    static final String CHEQUE_ENTRY = "CHEQUE_ENTRY";
    static final String PAYMENT = "PAYMENT";

    private final Clock clock;

    CashAudit(Clock clock) {
        this.clock = clock;
    }

    void append(Session s, AuditEvent event) {
        List<AuditRecord> last = s.createSelectionQuery("from AuditRecord a order by a.sequence desc", AuditRecord.class)
                .setMaxResults(1).getResultList();
        AuditEntry previous = last.isEmpty() ? null : toEntry(last.get(0));
        AuditEntry next = AuditChain.append(previous, event, clock.instant());
        s.persist(new AuditRecord(next.sequence(), next.timestamp(), next.user(), next.action(), next.documentType(),
                next.documentId(), next.before(), next.after(), next.reason(), next.previousHash(), next.hash()));
    }

    static AuditEntry toEntry(AuditRecord r) {
        return new AuditEntry(r.sequence(), r.at(), r.username(), r.action(), r.documentType(), r.documentId(),
                r.before(), r.after(), r.reason(), r.previousHash(), r.hash());
    }
}
