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

    /**
     * This draft refused whole for {@code why} (its interchange was not for this desk, or came
     * before): rejected, with what was read kept for whoever looks into it.
     */
    public Draft refused(String why) {
        return new Draft(source, channel, DraftStatus.REJECTED, customerNo, shipTo, poNumber, requestedDate, 0.0, lines,
                List.of(Reason.of(Reason.Code.OTHER, why)), decodedText, fieldSpans);
    }

    /** The words a field was read from, or null. */
    public String sourceWords(DraftField field) {
        TextSpan span = fieldSpans.get(field);
        return span == null ? null : span.of(decodedText);
    }
}
