package com.orderdesk.application.capture;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: messages read, messages left out because the inbox already holds them (same
 * file name and bytes), how many drafts ended in each status, of how many messages given, and
 * whether it was cancelled.
 */
public record ImportSummary(int read, List<String> alreadyTaken, Map<InboxStatus, Integer> byStatus, int messages,
                            boolean cancelled) {
    public ImportSummary {
        alreadyTaken = List.copyOf(alreadyTaken);
        byStatus = new EnumMap<>(byStatus.isEmpty() ? Map.of(InboxStatus.TO_REVIEW, 0) : byStatus);
    }

    public int count(InboxStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** "3 messages: 1 saved touchless, 1 to review, 1 not an order"; "Read 3 of 12 messages; cancelled" when stopped. */
    public String sentence() {
        if (cancelled) { // short: the status bar cuts a long sentence, and the inbox list shows what came in
            return "Read " + (read + alreadyTaken.size()) + " of " + messages + " messages; cancelled";
        }
        StringBuilder s = new StringBuilder(read + (read == 1 ? " message" : " messages"));
        String sep = ": ";
        for (InboxStatus st : InboxStatus.values()) {
            if (count(st) > 0) {
                s.append(sep).append(count(st)).append(' ').append(st.label().toLowerCase(java.util.Locale.ROOT));
                sep = ", ";
            }
        }
        if (!alreadyTaken.isEmpty()) {
            s.append("; ").append(alreadyTaken.size()).append(" already in the inbox");
        }
        return s.toString();
    }
}
