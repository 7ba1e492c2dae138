package com.orderdesk.logic.capture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one reader (mail, EDI, CSV) found for one order, before the shared rules (prices,
 * duplicate POs, default ship-to, status) turn it into a {@link Draft}.
 */
public final class OrderReading {
    /** What the message said about the ship-to. */
    public enum ShipToState {
        /** The message names none: the customer's default applies. */
        NOT_STATED,
        /** It names one of the customer's ship-tos ({@link #shipToCode}). */
        FOUND,
        /** It names a place that matches none (or several) of the customer's ship-tos. */
        UNMATCHED
    }

    public final String source;
    public final Channel channel;
    public final String text;
    public String customerNo;
    /** Why the customer is unknown, when it is; null lets the assembler say "unknown sender". */
    public Reason customerProblem;
    public ShipToState shipToState = ShipToState.NOT_STATED;
    public String shipToCode;
    public String shipToWords;
    public String poNumber;
    /** The date the purchaser gave the PO (X12 BEG05), when the message states one. */
    public LocalDate poDate;
    public LocalDate requestedDate;
    public final List<LineReading> lines = new ArrayList<>();
    public final List<Reason> reasons = new ArrayList<>();
    public final Map<DraftField, TextSpan> spans = new EnumMap<>(DraftField.class);

    public OrderReading(String source, Channel channel, String text) {
        this.source = source;
        this.channel = channel;
        this.text = text;
    }

    public void span(DraftField field, TextSpan span) {
        if (span != null) {
            spans.put(field, span);
        }
    }
}
