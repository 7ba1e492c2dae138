package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the values of the master-data files: amounts as plain decimals with a point
 * (12.50; no currency sign or thousands separator, so a spreadsheet and the file agree), dates as
 * YYYY-MM-DD, yes/no. Each reader adds a located problem and returns null when it cannot read.
 */
final class FileValues {
    private FileValues() {
    }

    static Money money(FileRow r, String column, List<InputProblem> problems) {
        String t = r.get(column);
        if (t.isEmpty()) {
            problems.add(new InputProblem(r.line(), column, "give an amount, e.g. 12.50"));
            return null;
        }
        if (!t.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            problems.add(new InputProblem(r.line(), column, "an amount is digits with at most two decimals after a"
                    + " point (12.50), not \"" + ProductRules.shorten(t) + "\""));
            return null;
        }
        return Money.of(new BigDecimal(t));
    }

    static Integer whole(FileRow r, String column, List<InputProblem> problems, String what) {
        String t = r.get(column);
        if (!t.matches("\\d{1,9}")) {
            problems.add(new InputProblem(r.line(), column, what + ": a whole number, not \""
                    + ProductRules.shorten(t) + "\""));
            return null;
        }
        return Integer.valueOf(t);
    }

    /** Kilograms with up to three decimals, as whole grams. */
    static Integer grams(FileRow r, String column, List<InputProblem> problems) {
        String t = r.get(column);
        if (!t.matches("\\d{1,6}(\\.\\d{1,3})?")) {
            problems.add(new InputProblem(r.line(), column, "the weight in kg with at most three decimals (0.680),"
                    + " not \"" + ProductRules.shorten(t) + "\""));
            return null;
        }
        return new BigDecimal(t).movePointRight(3).intValueExact();
    }

    static LocalDate date(FileRow r, String column, List<InputProblem> problems, boolean required) {
        String t = r.get(column);
        if (t.isEmpty()) {
            if (required) {
                problems.add(new InputProblem(r.line(), column, "give a date as YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(r.line(), column, "a date is YYYY-MM-DD (2026-01-31), not \""
                    + ProductRules.shorten(t) + "\""));
            return null;
        }
    }

    static Boolean yesNo(FileRow r, String column, List<InputProblem> problems) {
        return switch (r.get(column).toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> {
                problems.add(new InputProblem(r.line(), column, "yes or no, not \"" + ProductRules.shorten(r.get(column)) + "\""));
                yield null;
            }
        };
    }

    static String money(Money m) {
        return m.amount().setScale(2).toPlainString();
    }
}
