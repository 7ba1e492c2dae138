package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ANSI X12 820 payment order / remittance advice transactions with StAEDI: each 820 that
 * credits the payee (BPR03 "C") is a payment of BPR02, from the N1*PR payer, dated BPR16 (else
 * its DTM), traced by TRN02, and its RMR lines (invoice, amount paid, discount taken) and ADX
 * adjustments are its remittance: as lines, and as the text the matching engine reads.
 *
 * <p>X12 has no currency on the amounts unless a CUR segment names one; without it an 820 is in
 * US dollars, as the standard's users take it. Other transaction sets in the same interchange
 * (a 997, an 810) are skipped. All or nothing: a structure error StAEDI reports, or a BPR or RMR
 * amount that is not a number, refuses the file with the line of each problem.
 */
final class X12RemittanceReader {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** @param version the X12 version of the functional group (GS08), e.g. "004010" */
    record Result(String version, List<ImportedPayment> payments) {
    }

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final List<ImportedPayment> payments = new ArrayList<>();
    private String version = "";
    private Remittance820 current;

    private X12RemittanceReader(String fileName) {
        this.fileName = fileName;
    }

    static Result read(String fileName, String text) throws ImportException {
        X12RemittanceReader r = new X12RemittanceReader(fileName);
        r.walk(text);
        if (r.problems.isEmpty() && r.payments.isEmpty() && r.version.isEmpty()) {
            r.problems.add(fileName + ":1: an X12 interchange without a functional group");
        }
        if (!r.problems.isEmpty()) {
            throw new ImportException(r.problems);
        }
        return new Result(r.version, List.copyOf(r.payments));
    }

    private void walk(String text) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // Pretty-printed files put line breaks and indentation between segments.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        // Envelope code lists and element sizes vary by trading partner (ISA qualifiers "08" or
        // "XX", six-digit GS dates in old files): what matters here is the 820's content, and the
        // structure (segments, counts, trailers) is still checked.
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        String tag = null;
        Map<Integer, String> elements = new HashMap<>();
        int line = 1;
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(terminated(text).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8.name())) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                Location at = reader.getLocation();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements.clear();
                        line = Math.max(1, at.getLineNumber());
                    }
                    case ELEMENT_DATA -> {
                        int position = at.getElementPosition();
                        if (at.getComponentPosition() <= 1 && at.getElementOccurrence() <= 1) {
                            elements.putIfAbsent(position, reader.getText());
                        }
                    }
                    case END_SEGMENT -> segment(tag, elements, line);
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        // An envelope element of an unexpected size or format (lengths differ
                        // between X12 releases); the 820's own amounts and dates are checked below.
                    }
                    case SEGMENT_ERROR -> problem(Math.max(1, at.getLineNumber()),
                            "X12 " + String.valueOf(reader.getErrorType()).toLowerCase().replace('_', ' ')
                                    + (at.getSegmentTag() == null ? "" : " in segment " + at.getSegmentTag()));
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("^EDIE\\d+\\s*-?\\s*", "");
            problem(line, "not a readable X12 interchange: " + message);
        } catch (java.io.IOException e) {
            problem(line, "not a readable X12 interchange: " + e.getMessage());
        }
    }

    /**
     * The text with its last segment terminated: the terminator is the character right after the
     * fixed-width ISA segment (106 characters), and some files omit it after the final IEA.
     */
    private static String terminated(String text) {
        String t = text.stripLeading();
        if (t.length() < 106) {
            return t;
        }
        char terminator = t.charAt(105);
        String body = Character.isWhitespace(terminator) ? t.stripTrailing() : t.strip();
        return body.endsWith(String.valueOf(terminator)) ? body : body + terminator;
    }

    private void segment(String tag, Map<Integer, String> e, int line) {
        if (tag == null) {
            return;
        }
        switch (tag) {
            case "GS" -> version = e.getOrDefault(8, "").strip();
            case "ST" -> current = "820".equals(e.getOrDefault(1, "").strip()) ? new Remittance820(line) : null;
            case "SE" -> {
                if (current != null) {
                    finish(current);
                    current = null;
                }
            }
            default -> {
                if (current != null) {
                    current.segment(tag, e, line, this::problem);
                }
            }
        }
    }

    private void finish(Remittance820 t) {
        if (t.amount == null) {
            problem(t.line, "an 820 without a BPR payment amount");
            return;
        }
        if (!"C".equals(t.creditDebit) || t.amount.signum() <= 0) {
            return; // a debit to the payee, or a zero advice: no money received
        }
        LocalDate date = t.date != null ? t.date : t.fallbackDate;
        if (date == null) {
            problem(t.line, "an 820 without a payment date (BPR16 or DTM)");
            return;
        }
        Payment p = new Payment(fileName + ":" + t.line, date, t.amount, t.currency.isEmpty() ? "USD" : t.currency,
                t.payerName, t.payerAccount, t.remittanceText());
        payments.add(new ImportedPayment(p, fileName, t.line, t.trace, t.items));
    }

    private void problem(int line, String what) {
        problems.add(fileName + ":" + line + ": " + what);
    }

    static BigDecimal amount(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (!v.matches("-?\\d{0,15}(\\.\\d{0,2})?") || v.replace("-", "").replace(".", "").isEmpty()) {
            return null;
        }
        return new BigDecimal(v).setScale(2);
    }

    static LocalDate date(String raw) {
        String v = raw == null ? "" : raw.strip();
        try {
            return v.length() == 8 ? LocalDate.parse(v, CCYYMMDD) : v.length() == 6 ? LocalDate.parse("20" + v, CCYYMMDD) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
