package com.orderdesk.gui.common;

import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.logic.invoicing.print.StatementKind;
import java.time.LocalDate;

/**
 * Which statement of account to print: the open items on {@code to}, or the activity from {@code from}
 * to {@code to} (balance forward). {@code from} is not read for open items.
 */
public record StatementChoice(StatementKind kind, LocalDate from, LocalDate to) {

    /** Today's open-item statement (the statement as it always was). */
    public static StatementChoice openItems(LocalDate today) {
        return new StatementChoice(StatementKind.OPEN_ITEMS, ActivityStatement.defaultFrom(today), today);
    }

    /** The activity statement of the default period: from the first day of the previous calendar month up to today. */
    public static StatementChoice activity(LocalDate today) {
        return new StatementChoice(StatementKind.ACTIVITY, ActivityStatement.defaultFrom(today), today);
    }

    public boolean isActivity() {
        return kind == StatementKind.ACTIVITY;
    }

    /** What is wrong with the choice on {@code today} as a sentence, or null when it can be printed. */
    public String problem(LocalDate today) {
        if (kind == null) {
            return "Choose open items or activity for a period.";
        }
        if (!isActivity()) {
            return to == null || to.isAfter(today) ? "The statement date must be today or earlier." : null;
        }
        try {
            ActivityStatement.checkPeriod(from, to, today);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
