package com.orderdesk.logic.cash.intake;

import java.util.List;

/**
 * A CSV file whose header fits no known column mapping: the desk asks the person to map its columns
 * (and keeps the answer for the next file with this header), so the header, the delimiter it was
 * read with and a few rows to show travel with the refusal.
 */
public final class UnmappedCsvException extends ImportException {
    private final List<String> header;
    private final char delimiter;
    private final List<List<String>> sample;

    public UnmappedCsvException(String fileName, List<String> header, char delimiter, List<List<String>> sample) {
        super(List.of(fileName + ":1: a CSV layout this desk does not know (columns " + String.join(", ", header)
                + "): map its columns once in the cash desk (Import file), then import it again"));
        this.header = List.copyOf(header);
        this.delimiter = delimiter;
        this.sample = sample.stream().map(List::copyOf).toList();
    }

    public List<String> header() {
        return header;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The first data rows, as read with the delimiter. */
    public List<List<String>> sample() {
        return sample;
    }
}
