package com.orderdesk.application.audit;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.SealedHead;
import com.orderdesk.logic.audit.StoredEntry;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads of the stored audit trail, in the open unit of work (a port). Nothing here writes: only AuditRecorder appends. */
public interface AuditRepository {
    /** Entries matching the query, newest first, at most its limit; dates are read in {@code zone}. */
    List<AuditEntry> find(AuditQuery query, ZoneId zone);

    long count();

    /**
     * Streams every entry in storage order (row id, not sequence, so a reordering shows) to
     * {@code each}, which returns false to stop early.
     */
    void forEachStored(Predicate<StoredEntry> each);

    Optional<SealedHead> head();

    /** The hash of the entry with this sequence, if it is stored. */
    Optional<String> hashAt(long sequence);
}
