package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a BAI2 (Cash Management Balance Reporting, version 2) statement and keeps its credit
 * transactions (type codes 100 to 399: lockbox deposits, ACH and wire credits, cheque deposits)
 * as payments. Debits and balance summaries are read only to check the file's control totals.
 *
 * <p>All or nothing: the file's structure (01 ... 02 ... 03 ... 16/88 ... 49 ... 98 ... 99), every
 * amount and date, and every control total and record count in the 49, 98 and 99 trailers are
 * checked; any problem and the file gives no payment, with each problem located by line.
 */
public final class Bai2Parser {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final List<ImportedPayment> payments = new ArrayList<>();
    private int version = 2;

    private Bai2Parser(String fileName) {
        this.fileName = fileName;
    }

    /**
     * What a BAI file holds.
     *
     * @param version 2 (BAI2) or 3 (BTRS, ANSI X9.121, BAI's successor with the same records)
     */
    public record Result(int version, List<ImportedPayment> payments) {
    }

    /** Reads the whole file; throws with every problem found when anything is wrong. */
    public static List<ImportedPayment> parse(String fileName, Reader in) throws IOException, ImportException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(in)) {
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) > 0;) {
                text.append(buffer, 0, n);
            }
        }
        return read(fileName, text.toString()).payments();
    }

    /** Reads a decoded BAI2 or BTRS text; throws with every problem found when anything is wrong. */
    public static Result read(String fileName, String text) throws ImportException {
        Bai2Parser p = new Bai2Parser(fileName);
        List<Bai2Record> records = Bai2Record.read(text, p::problem);
        p.walk(records);
        if (!p.problems.isEmpty()) {
            throw new ImportException(p.problems);
        }
        return new Result(p.version, List.copyOf(p.payments));
    }

    private void problem(int line, String what) {
        problems.add(fileName + ":" + line + ": " + what);
    }

    /** Running totals of one level (file, group or account) for its trailer's check. */
    private static final class Level {
        final int line;
        long total;
        int records;
        int children;
        /** An amount below could not be read: the control total cannot be checked (not reported twice). */
        boolean amountsUnknown;

        Level(int line) {
            this.line = line;
        }
    }

    private void walk(List<Bai2Record> records) {
        if (records.isEmpty()) {
            problem(1, "empty file: no 01 file header");
            return;
        }
        Level file = null;
        Level group = null;
        Level account = null;
        LocalDate asOf = null;
        String groupCurrency = "USD";
        String currency = "USD";
        boolean ended = false;
        for (Bai2Record r : records) {
            if (ended) {
                problem(r.line(), "record " + r.code() + " after the 99 file trailer");
                break;
            }
            if (file != null) {
                file.records += r.records();
            }
            if (group != null) {
                group.records += r.records();
            }
            if (account != null) {
                account.records += r.records();
            }
            switch (r.code()) {
                case "01" -> {
                    if (file != null) {
                        problem(r.line(), "second 01 file header");
                    }
                    file = new Level(r.line());
                    file.records = r.records();
                    String v = r.field(8);
                    if ("2".equals(v) || "3".equals(v)) {
                        version = Integer.parseInt(v);
                    } else {
                        problem(r.line(), "version \"" + v + "\" is neither BAI version 2 nor BTRS version 3");
                    }
                }
                case "02" -> {
                    if (file == null || group != null) {
                        problem(r.line(), file == null ? "02 group header before the 01 file header" : "02 group header inside a group (98 missing)");
                    }
                    group = new Level(r.line());
                    group.records = r.records();
                    if (file != null) {
                        file.children++;
                    }
                    asOf = date(r, 4, "as-of date");
                    groupCurrency = r.field(6).isEmpty() ? "USD" : r.field(6);
                }
                case "03" -> {
                    if (group == null || account != null) {
                        problem(r.line(), group == null ? "03 account outside a group" : "03 account inside an account (49 missing)");
                    }
                    account = new Level(r.line());
                    account.records = r.records();
                    if (group != null) {
                        group.children++;
                    }
                    currency = r.field(2).isEmpty() ? groupCurrency : r.field(2);
                    account.total += summaries(r, account);
                }
                case "16" -> {
                    if (account == null) {
                        problem(r.line(), "16 transaction outside an account");
                        continue;
                    }
                    Bai2Transaction t = Bai2Transaction.of(r, this::problem);
                    if (t == null) {
                        account.amountsUnknown = true;
                    } else {
                        account.total += t.cents();
                        if (t.isCredit() && t.cents() > 0 && asOf != null) {
                            payments.add(payment(r, t, asOf, currency));
                        }
                    }
                }
                case "49" -> {
                    if (account == null) {
                        problem(r.line(), "49 account trailer without an 03 account");
                        continue;
                    }
                    check(r, account, 1, 2, "account", -1);
                    if (group != null) {
                        group.total += account.total;
                        group.amountsUnknown |= account.amountsUnknown;
                    }
                    account = null;
                }
                case "98" -> {
                    if (group == null || account != null) {
                        problem(r.line(), group == null ? "98 group trailer without an 02 group" : "98 group trailer inside an account (49 missing)");
                        account = null;
                        if (group == null) {
                            continue;
                        }
                    }
                    check(r, group, 1, 3, "group", 2);
                    if (file != null) {
                        file.total += group.total;
                        file.amountsUnknown |= group.amountsUnknown;
                    }
                    group = null;
                }
                case "99" -> {
                    if (file == null || group != null) {
                        problem(r.line(), file == null ? "99 file trailer without an 01 header" : "99 file trailer inside a group (98 missing)");
                        if (file == null) {
                            continue;
                        }
                    }
                    check(r, file, 1, 3, "file", 2);
                    ended = true;
                }
                default -> problem(r.line(), "unknown record type \"" + r.code() + "\"");
            }
        }
        if (!ended) {
            problem(records.get(records.size() - 1).line(), "the file ends without its 99 file trailer (cut short?)");
        }
    }

    /** Checks a trailer's control total, record count and (for 98/99) count of accounts/groups. */
    private void check(Bai2Record r, Level level, int totalField, int recordsField, String what, int childrenField) {
        Long total = Bai2Transaction.amount(r.field(totalField), true);
        if (total == null) {
            problem(r.line(), what + " control total \"" + r.field(totalField) + "\" is not an amount");
        } else if (total != level.total && !level.amountsUnknown) {
            // the total as the file writes it ("+0003461000"), which the person fixing the file searches for
            problem(r.line(), what + " control total \"" + r.field(totalField).trim() + "\" does not match the sum of its amounts "
                    + level.total);
        }
        String count = r.field(recordsField);
        if (!count.matches("\\d+") || Integer.parseInt(count) != level.records) {
            problem(r.line(), what + " record count \"" + count + "\" does not match the " + level.records + " records");
        }
        if (childrenField > 0) {
            String children = r.field(childrenField);
            if (!children.matches("\\d+") || Integer.parseInt(children) != level.children) {
                problem(r.line(), what + " count of " + (what.equals("group") ? "accounts" : "groups") + " \"" + children
                        + "\" does not match the " + level.children + " found");
            }
        }
    }

    /** The sum of the amounts of an 03 record's summaries (type, amount, item count, funds type...). */
    private long summaries(Bai2Record r, Level account) {
        long sum = 0;
        int i = 3;
        // A summary may be left empty (",,,,"), even the first: it is skipped, not the end.
        while (i < r.size()) {
            Long cents = Bai2Transaction.amount(r.field(i + 1), true);
            if (cents == null && !r.field(i + 1).isEmpty()) {
                problem(r.line(), "summary amount \"" + r.field(i + 1) + "\" is not an amount");
                account.amountsUnknown = true;
            } else if (cents != null) {
                sum += cents;
            }
            i = Bai2Transaction.skipFundsType(r, i + 3);
        }
        return sum;
    }

    private LocalDate date(Bai2Record r, int index, String what) {
        try {
            return LocalDate.parse(r.field(index), YYMMDD);
        } catch (DateTimeParseException e) {
            problem(r.line(), what + " \"" + r.field(index) + "\" is not a date (YYMMDD)");
            return null;
        }
    }

    private ImportedPayment payment(Bai2Record r, Bai2Transaction t, LocalDate received, String currency) {
        String text = t.text();
        Payment p = new Payment(fileName + ":" + r.line(), received, BigDecimal.valueOf(t.cents(), 2), currency,
                Bai2Text.payerName(text), "", Bai2Text.remittance(text));
        return new ImportedPayment(p, fileName, r.line(), t.bankReference());
    }
}
