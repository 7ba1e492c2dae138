package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.persistence.audit.AuditLog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import org.hibernate.Session;

/** The fulfillment desk's audit actions, appended through the shared {@link AuditLog} hash chain. */
final class RoutingAudit {
    static final String ROUTING_OVERRIDE = "ROUTING_OVERRIDE";
    static final String SHORT_PICK = "SHORT_PICK";

    private RoutingAudit() {
    }

    static AuditEntry append(Session session, AuditEvent event, Instant at) {
        return new AuditLog(Clock.fixed(at, ZoneOffset.UTC)).append(session, event);
    }
}
