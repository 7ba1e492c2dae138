package com.orderdesk.application;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.security.SignedInUser;

/**
 * Appends to the audit trail inside the unit of work that makes the change, so the change and
 * its entry are stored together or not at all.
 */
public interface AuditRecorder {
    /**
     * An entry by {@code actor}, sealed with the audit key they opened at sign-in. Refused
     * ({@link com.orderdesk.logic.security.NotSignedInException}) when the actor holds no key or not
     * this book's key, or when the event names someone else.
     */
    AuditEntry record(SignedInUser actor, AuditEvent event);

    /** An entry written before anyone holds the key: only for sign-in attempts that did not succeed. */
    AuditEntry recordUnkeyed(AuditEvent event);
}
