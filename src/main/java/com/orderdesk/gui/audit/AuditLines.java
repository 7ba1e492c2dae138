package com.orderdesk.gui.audit;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditSentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The audit trail's rows as the viewer reads them, made once per entry off the FX thread: the time
 * in the desk's format and the sentence of what happened (which parses the entry's stored values).
 * An entry not made here (none should be) is read on the spot.
 */
record AuditLines(List<AuditEntry> entries, Map<Long, String> whens, Map<Long, String> sentences,
                  Function<AuditEntry, String> when) {
    /** Before the first search. */
    static AuditLines none() {
        return new AuditLines(List.of(), Map.of(), Map.of(), e -> e.timestamp().toString());
    }

    /** Reads every one of {@code entries}: the search's background task calls this. */
    static AuditLines of(List<AuditEntry> entries, Function<AuditEntry, String> when) {
        Map<Long, String> whens = new HashMap<>();
        Map<Long, String> sentences = new HashMap<>();
        for (AuditEntry e : entries) {
            whens.put(e.sequence(), when.apply(e));
            sentences.put(e.sequence(), AuditSentence.of(e));
        }
        return new AuditLines(List.copyOf(entries), whens, sentences, when);
    }

    String when(AuditEntry e) {
        String made = whens.get(e.sequence());
        return made != null ? made : when.apply(e);
    }

    String sentence(AuditEntry e) {
        String made = sentences.get(e.sequence());
        return made != null ? made : AuditSentence.of(e);
    }
}
