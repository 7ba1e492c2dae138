package com.orderdesk.logic.audit;

/** An audit entry as stored, with its seal (the audit key's MAC of its hash; null when written unkeyed). */
public record StoredEntry(AuditEntry entry, String mac) {
}
