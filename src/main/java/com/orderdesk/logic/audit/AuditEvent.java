package com.orderdesk.logic.audit;

/**
 * What a service asks to be audited; {@link AuditChain#append} turns it into the next
 * {@link AuditEntry}. Field meanings as in {@link AuditEntry}.
 */
public record AuditEvent(String user, String action, String documentType, String documentId, String before,
                         String after, String reason) {
    public AuditEvent {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs the user who acted.");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an action.");
        }
    }

    /** An event about a document, e.g. {@code of("mgarcia", "CREDIT_RELEASE", "ORDER", "SO-1042")}. */
    public static AuditEvent of(String user, String action, String documentType, String documentId) {
        return new AuditEvent(user, action, documentType, documentId, null, null, null);
    }

    public AuditEvent withChange(String beforeJson, String afterJson) {
        return new AuditEvent(user, action, documentType, documentId, beforeJson, afterJson, reason);
    }

    public AuditEvent withReason(String why) {
        return new AuditEvent(user, action, documentType, documentId, before, after, why);
    }
}
