package com.orderdesk.logic.capture;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One order found in a message, or the single entry for a message that holds none or cannot be
 * read. {@code decodedText} is the text the engine read (mail headers and body as text, the EDI or
 * CSV file as it is); every {@link TextSpan} points into it.
 */
public record Draft(String source, Channel channel, DraftStatus status, String customerNo, String shipTo,
                    String poNumber, LocalDate requestedDate, double confidence, List<DraftLine> lines,
                    List<Reason> reasons, String decodedText, Map<DraftField, TextSpan> fieldSpans) {

    public Draft {
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
        fieldSpans = Map.copyOf(fieldSpans);
    }

    /** The words a field was read from, or null. */
    public String sourceWords(DraftField field) {
        TextSpan span = fieldSpans.get(field);
        return span == null ? null : span.of(decodedText);
    }
}
