package com.orderdesk.persistence.cash;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.persistence.audit.AuditLog;
import java.time.Clock;
import org.hibernate.Session;

/**
 * The cash desk's audit actions, appended through the shared {@link AuditLog} inside the caller's
 * transaction (so the chain and its head row stay in step with every other desk's entries).
 */
final class CashAudit {
    static final String CASH_APPLY = "CASH_APPLY";
    static final String CASH_REVERSE = "CASH_REVERSE";
    static final String CASH_IMPORT = "CASH_IMPORT";
    static final String CHEQUE_ENTRY = "CHEQUE_ENTRY";
    static final String PAYMENT = "PAYMENT";

    private final AuditLog log;

    CashAudit(Clock clock) {
        this.log = new AuditLog(clock);
    }

    void append(Session s, AuditEvent event) {
        log.append(s, event);
    }

    static AuditEntry toEntry(AuditRecord r) {
        return new AuditEntry(r.sequence(), r.at(), r.username(), r.action(), r.documentType(), r.documentId(),
                r.before(), r.after(), r.reason(), r.previousHash(), r.hash());
    }
}
