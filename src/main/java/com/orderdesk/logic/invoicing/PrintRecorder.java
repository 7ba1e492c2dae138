package com.orderdesk.logic.invoicing;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the prints of a batch export a few dozen at a time (one transaction per flush instead of
 * one per document). Thread-safe: the export's workers add as they finish; call {@link #flush()}
 * when the batch ends, cancelled or not, so every PDF written is recorded.
 */
public final class PrintRecorder {
    private static final int BATCH = 50;

    private final InvoiceBook book;
    private final String user;
    private final List<String> pending = new ArrayList<>();

    public PrintRecorder(InvoiceBook book, String user) {
        this.book = book;
        this.user = user;
    }

    public void printed(String number) {
        List<String> toWrite = null;
        synchronized (pending) {
            pending.add(number);
            if (pending.size() >= BATCH) {
                toWrite = List.copyOf(pending);
                pending.clear();
            }
        }
        if (toWrite != null) {
            book.recordPrints(toWrite, user);
        }
    }

    public void flush() {
        List<String> toWrite;
        synchronized (pending) {
            toWrite = List.copyOf(pending);
            pending.clear();
        }
        if (!toWrite.isEmpty()) {
            book.recordPrints(toWrite, user);
        }
    }
}
