package com.orderdesk.logic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain of the audit trail: each entry's SHA-256 covers its own fields and the previous
 * entry's hash, so changing, removing or reordering a stored entry breaks the chain.
 *
 * <p>The canonical form is versioned and length-prefixed, so no choice of field contents can make
 * two different entries serialise alike ("ab"+"c" vs "a"+"bc"), and null stays distinct from "":
 * <pre>
 * orderdesk-audit-v1
 * sequence:1204
 * timestamp:1764144000123          (epoch milliseconds, or ~ when missing)
 * user:7:mgarcia                   (UTF-8 byte length, colon, text; ~ for null)
 * action:14:CREDIT_RELEASE
 * ...documentType, documentId, before, after, reason likewise...
 * previousHash:64:&lt;hex&gt;
 * </pre>
 */
public final class AuditChain {
    /** The previous hash of entry 1. */
    public static final String GENESIS_HASH = "0".repeat(64);
    static final String VERSION = "orderdesk-audit-v1";

    private AuditChain() {
    }

    /**
     * Builds the next entry after {@code previous} ({@code null} for the first). Appending must be
     * serialised by the caller (one writer at a time, e.g. in the transaction that reads the last
     * entry with a lock), or two entries would claim the same sequence.
     */
    public static AuditEntry append(AuditEntry previous, AuditEvent event, Instant at) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS_HASH : previous.hash();
        AuditEntry unsigned = new AuditEntry(sequence, at, event.user(), event.action(), event.documentType(),
                event.documentId(), event.before(), event.after(), event.reason(), previousHash, null);
        return new AuditEntry(sequence, unsigned.timestamp(), event.user(), event.action(), event.documentType(),
                event.documentId(), event.before(), event.after(), event.reason(), previousHash, hashOf(unsigned));
    }

    /** The canonical text of every field but the hash itself. */
    public static String canonical(AuditEntry e) {
        StringBuilder sb = new StringBuilder(256).append(VERSION).append('\n');
        sb.append("sequence:").append(e.sequence()).append('\n');
        sb.append("timestamp:").append(e.timestamp() == null ? "~" : Long.toString(e.timestamp().toEpochMilli()))
                .append('\n');
        field(sb, "user", e.user());
        field(sb, "action", e.action());
        field(sb, "documentType", e.documentType());
        field(sb, "documentId", e.documentId());
        field(sb, "before", e.before());
        field(sb, "after", e.after());
        field(sb, "reason", e.reason());
        field(sb, "previousHash", e.previousHash());
        return sb.toString();
    }

    /** SHA-256 of the canonical form, lowercase hex. */
    public static String hashOf(AuditEntry e) {
        return HexFormat.of().formatHex(sha256().digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the entry's stored hash matches its content. */
    public static boolean isSelfConsistent(AuditEntry e) {
        return hashOf(e).equals(e.hash());
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append(':');
        if (value == null) {
            sb.append('~');
        } else {
            sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        sb.append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
