package com.orderdesk.logic.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a dunning procedure must keep before it is saved: levels numbered 1, 2, 3… without
 * gaps, each later level more days past due than the one before (else a customer could never reach
 * it, or would skip it), grace days and fee zero or more, and a letter text of 1 to 4,000 characters.
 */
public final class DunningProcedure {
    public static final int MAX_LEVELS = 9;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_DAYS = 3650;

    private DunningProcedure() {
    }

    /** Every problem, one sentence each naming the level; empty when the procedure may be saved. */
    public static List<String> problems(List<DunningRun.Level> levels) {
        List<String> out = new ArrayList<>();
        if (levels.isEmpty()) {
            out.add("The procedure needs at least one level.");
            return out;
        }
        if (levels.size() > MAX_LEVELS) {
            out.add("The procedure has " + levels.size() + " levels; at most " + MAX_LEVELS + " are allowed.");
        }
        for (int i = 0; i < levels.size(); i++) {
            DunningRun.Level l = levels.get(i);
            String name = "Level " + (i + 1);
            if (l.level() != i + 1) {
                out.add(name + " is numbered " + l.level() + "; levels are numbered 1, 2, 3… in order.");
            }
            if (l.daysPastDue() < 0 || l.daysPastDue() > MAX_DAYS) {
                out.add(name + ": days past due must be 0 to " + MAX_DAYS + ", not " + l.daysPastDue() + ".");
            } else if (i > 0 && l.daysPastDue() <= levels.get(i - 1).daysPastDue()) {
                out.add(name + ": days past due (" + l.daysPastDue() + ") must be more than level " + i + "'s ("
                        + levels.get(i - 1).daysPastDue() + ").");
            }
            if (l.graceDays() < 0 || l.graceDays() > MAX_DAYS) {
                out.add(name + ": grace days must be 0 to " + MAX_DAYS + ", not " + l.graceDays() + ".");
            }
            if (l.fee() == null || l.fee().isNegative()) {
                out.add(name + ": the fee must be zero or more.");
            }
            if (l.template() == null) {
                out.add(name + ": choose the letter.");
            }
            if (l.text() == null || l.text().isBlank()) {
                out.add(name + ": the letter text is empty.");
            } else if (l.text().strip().length() > MAX_TEXT) {
                out.add(name + ": the letter text is longer than 4,000 characters.");
            }
        }
        return out;
    }
}
