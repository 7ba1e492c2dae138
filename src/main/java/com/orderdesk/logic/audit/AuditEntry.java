package com.orderdesk.logic.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the append-only audit trail, exactly as stored. Deliberately lenient (no checks
 * beyond what the record needs), so a tampered row still loads and the verifier can report it.
 *
 * @param sequence     1, 2, 3 ... without gaps, in the order entries were written
 * @param timestamp    when it was written, kept to the millisecond (what a database column keeps)
 * @param user         user name of who did it
 * @param action       what was done, e.g. {@code CREDIT_RELEASE}, {@code CREDIT_LIMIT_CHANGE}, {@code SIGN_IN_FAILED}
 * @param documentType the kind of document acted on, e.g. {@code ORDER}, {@code CUSTOMER}; {@code null} if none
 * @param documentId   the document's number or id; {@code null} if none
 * @param before       the values before (JSON text, see {@link AuditValues}); {@code null} if not applicable
 * @param after        the values after; {@code null} if not applicable
 * @param reason       why, as the person typed it; {@code null} if none was asked
 * @param previousHash the hash of the entry before ({@link AuditChain#GENESIS_HASH} for entry 1)
 * @param hash         SHA-256 (hex) of this entry's canonical form, which includes previousHash
 */
public record AuditEntry(
        long sequence,
        Instant timestamp,
        String user,
        String action,
        String documentType,
        String documentId,
        String before,
        String after,
        String reason,
        String previousHash,
        String hash) {

    public AuditEntry {
        if (timestamp != null) {
            timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** A copy with one field changed, for tests and tooling; the hash is NOT recomputed. */
    public AuditEntry withAfter(String newAfter) {
        return new AuditEntry(sequence, timestamp, user, action, documentType, documentId, before, newAfter,
                reason, previousHash, hash);
    }
}
