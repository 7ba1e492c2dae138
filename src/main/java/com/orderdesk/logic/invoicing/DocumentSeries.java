package com.orderdesk.logic.invoicing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A numbering series for documents, e.g. {@code INV-000123}: a prefix, a dash and the sequence
 * number zero-padded to {@code width} digits (wider numbers simply print wider). Only the format
 * lives here: the persistence layer keeps the last issued number per series and takes the next one
 * inside the transaction that saves the document, so a rollback leaves no gap.
 */
public record DocumentSeries(String prefix, int width) {
    // declared before the constants below, which need it while the class initialises
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

    public static final DocumentSeries INVOICE = new DocumentSeries("INV", 6);
    public static final DocumentSeries CREDIT_MEMO = new DocumentSeries("CM", 6);

    public DocumentSeries {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("series prefix must be 1-8 capital letters or digits starting with a letter, was \"" + prefix + "\"");
        }
        if (width < 1 || width > 12) {
            throw new IllegalArgumentException("series width must be 1 to 12 digits, was " + width);
        }
    }

    /** The number following {@code lastIssued} (0 when the series is new). */
    public static long next(long lastIssued) {
        if (lastIssued < 0) {
            throw new IllegalArgumentException("last issued number cannot be negative, was " + lastIssued);
        }
        return Math.addExact(lastIssued, 1);
    }

    public String format(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException(prefix + " numbers start at 1, was " + sequence);
        }
        String digits = Long.toString(sequence);
        return prefix + "-" + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The sequence number of {@code documentNumber}, which must belong to this series. */
    public long parse(String documentNumber) {
        String p = prefix + "-";
        if (documentNumber == null || !documentNumber.startsWith(p)
                || documentNumber.length() < p.length() + width
                || !documentNumber.substring(p.length()).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("\"" + documentNumber + "\" is not a " + prefix
                    + " number (expected e.g. " + format(123) + ")");
        }
        long n = Long.parseLong(documentNumber.substring(p.length()));
        if (n < 1) {
            throw new IllegalArgumentException("\"" + documentNumber + "\": " + prefix + " numbers start at 1");
        }
        return n;
    }

    /** Sequence numbers missing between 1 and the highest of {@code issued}: empty when gapless. */
    public List<Long> gaps(Collection<String> issued) {
        TreeSet<Long> seen = new TreeSet<>();
        for (String number : issued) {
            seen.add(parse(number));
        }
        List<Long> missing = new ArrayList<>();
        long expected = 1;
        for (long n : seen) {
            for (; expected < n; expected++) {
                missing.add(expected);
            }
            expected = n + 1;
        }
        return missing;
    }
}
