package com.orderdesk.logic.audit;

import java.util.Objects;

/**
 * The last entry's sequence and hash, kept outside the audit table (a settings row, a file, a
 * printout). The chain alone cannot tell that entries were cut off the end, or that the whole
 * tail was rewritten with fresh hashes; comparing against a head recorded earlier can.
 */
public record ChainHead(long sequence, String hash) {
    public ChainHead {
        Objects.requireNonNull(hash, "hash");
    }

    public static ChainHead of(AuditEntry last) {
        return new ChainHead(last.sequence(), last.hash());
    }
}
