package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credits of SWIFT MT940 customer statements and MT942 interim reports, with or
 * without the FIN blocks ({1:...}{2:...}{4: ... -}), and with the header lines some banks put
 * before the first :20: tag. Each credit (:61: with mark C) is a payment; its :86: line gives the
 * payer and the remittance, read from the structured layouts banks use (SWIFT "/NAME/.../REMI/",
 * the German "?20...?32" subfields) or kept whole as remittance text.
 *
 * <p>A parser of its own rather than Prowide Core: see the bank-payments contract (Prowide's 5.5 MB
 * jar with three dependencies parses the FIN envelope this reader only skips, and leaves the :86:
 * content, where the remittance is, to the caller).
 *
 * <p>All or nothing: a :61: line that cannot be read, or a credit whose currency is not stated,
 * refuses the file with every problem located by line.
 */
final class Mt940Parser {
    private static final Pattern TAG = Pattern.compile("^:(\\d\\d[A-Z]?):(.*)$");
    /**
     * :61: value date, optional entry date, mark (C, D, RC, RD), optional funds code, amount with
     * a decimal comma (some banks leave it out of whole amounts), transaction type (N/S/F and
     * three characters; banks also use other letters), customer reference (banks exceed its 16
     * characters), //bank reference, and supplementary details on the next line.
     */
    private static final Pattern LINE_61 = Pattern.compile(
            "^(\\d{6})(\\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\\d{1,15}(?:,\\d{0,2})?)([A-Z][A-Z0-9]{3})([^\\n]*?)(?://([^\\n]*))?(?:\\n([\\s\\S]*))?$");
    private static final Pattern BALANCE = Pattern.compile("^[CD]\\d{6}([A-Z]{3})\\d");
    private static final Pattern FLOOR = Pattern.compile("^([A-Z]{3})");

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final List<ImportedPayment> payments = new ArrayList<>();
    private String currency;
    private Pending pending;

    /** A credit read from :61:, waiting for its :86:. */
    private record Pending(int line, LocalDate date, BigDecimal amount, String customerRef, String bankRef, String details) {
    }

    private Mt940Parser(String fileName) {
        this.fileName = fileName;
    }

    static List<ImportedPayment> read(String fileName, String text) throws ImportException {
        Mt940Parser p = new Mt940Parser(fileName);
        p.walk(text);
        if (!p.problems.isEmpty()) {
            throw new ImportException(p.problems);
        }
        return List.copyOf(p.payments);
    }

    private void walk(String text) {
        String tag = null;
        StringBuilder value = new StringBuilder();
        int tagLine = 0;
        boolean inMessage = false;
        int lineNo = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            lineNo++;
            String line = raw.stripTrailing();
            int block4 = line.indexOf("{4:");
            if (block4 >= 0) {
                line = line.substring(block4 + 3);
            }
            Matcher m = TAG.matcher(line);
            if (m.matches()) {
                if (tag != null) {
                    field(tag, value.toString(), tagLine);
                }
                tag = m.group(1);
                value.setLength(0);
                value.append(m.group(2));
                tagLine = lineNo;
                inMessage |= tag.equals("20");
            } else if (line.equals("-") || line.startsWith("-}") || line.equals("-XXX")) {
                if (tag != null) {
                    field(tag, value.toString(), tagLine);
                }
                flush();
                tag = null;
                inMessage = false;
                currency = null;
            } else if (tag != null && inMessage && !line.isBlank()) {
                value.append('\n').append(line);
            }
        }
        if (tag != null) {
            field(tag, value.toString(), tagLine);
        }
        flush();
    }

    private void field(String tag, String value, int line) {
        switch (tag) {
            case "20" -> {
                flush();
                currency = null;
            }
            case "60F", "60M" -> {
                Matcher m = BALANCE.matcher(value.strip());
                currency = m.find() ? m.group(1) : currency;
            }
            case "34F" -> {
                Matcher m = FLOOR.matcher(value.strip());
                currency = m.find() ? m.group(1) : currency;
            }
            case "61" -> {
                flush();
                statementLine(value, line);
            }
            case "86" -> {
                if (pending != null) {
                    add(pending, value);
                    pending = null;
                }
            }
            default -> flush();
        }
    }

    private void statementLine(String value, int line) {
        Matcher m = LINE_61.matcher(value.strip());
        if (!m.matches()) {
            problem(line, ":61: \"" + abbreviate(value) + "\" is not a statement line (date, C/D mark, amount, type, reference)");
            return;
        }
        if (!m.group(3).equals("C")) {
            return; // debits, and reversals of either, are not payments received
        }
        LocalDate date;
        try {
            date = LocalDate.of(2000 + Integer.parseInt(m.group(1).substring(0, 2)),
                    Integer.parseInt(m.group(1).substring(2, 4)), Integer.parseInt(m.group(1).substring(4, 6)));
        } catch (DateTimeException e) {
            problem(line, ":61: value date \"" + m.group(1) + "\" is not a date (YYMMDD)");
            return;
        }
        BigDecimal amount = new BigDecimal(m.group(5).replace(',', '.').replaceAll("\\.$", ""));
        if (amount.scale() > 2) {
            problem(line, ":61: amount \"" + m.group(5) + "\" has fractions of a cent");
            return;
        }
        if (currency == null) {
            problem(line, "a credit before any :60F: opening balance or :34F: floor limit that states the currency");
            return;
        }
        String customerRef = m.group(7).strip();
        String bankRef = m.group(8) == null ? "" : m.group(8).strip();
        pending = new Pending(line, date, amount.setScale(2), "NONREF".equals(customerRef) ? "" : customerRef, bankRef,
                m.group(9) == null ? "" : m.group(9).strip());
    }

    private void flush() {
        if (pending != null) {
            add(pending, "");
            pending = null;
        }
    }

    private void add(Pending t, String info) {
        Mt940Details details = Mt940Details.of(info.replace('\n', ' ').equals(info) ? info : joinLines(info));
        String remittance = !details.remittance().isEmpty() ? details.remittance()
                : !t.details().isEmpty() ? t.details() : t.customerRef();
        Payment p = new Payment(fileName + ":" + t.line(), t.date(), t.amount(), currency, details.payerName(),
                details.payerAccount(), remittance);
        String ref = !t.bankRef().isEmpty() ? t.bankRef() : t.customerRef();
        payments.add(new ImportedPayment(p, fileName, t.line(), ref));
    }

    /**
     * Lines of :86: are cut at a fixed width (65 characters in SWIFT), also inside words: a
     * structured field is joined without a blank, free text with one.
     */
    private static String joinLines(String info) {
        boolean structured = info.startsWith("/") || info.matches("(?s)^\\d{3}\\?.*");
        return String.join(structured ? "" : " ", info.lines().map(String::strip).toList());
    }

    private void problem(int line, String what) {
        problems.add(fileName + ":" + line + ": " + what);
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }
}
