package com.orderdesk.persistence.cash;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.model.audit.AuditRecord;
import java.time.Clock;
import com.orderdesk.persistence.audit.AuditLog;
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

    /** Appends through the shared {@link AuditLog}, which serialises appenders on the chain head. */
    void append(Session s, AuditEvent event) {
        new AuditLog(clock).append(s, event);
    }

    static AuditEntry toEntry(AuditRecord r) {
        return new AuditEntry(r.sequence(), r.at(), r.username(), r.action(), r.documentType(), r.documentId(),
                r.before(), r.after(), r.reason(), r.previousHash(), r.hash());
    }
}
