package com.orderdesk.logic.collections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is at stake with a customer, and the worklist's order: broken promises first (someone
 * promised and did not pay: call them today), then by stake, largest first.
 */
public final class WorklistRanking {
    /** A customer not yet overdue comes on the list when at least this likely to pay over 30 days late. */
    public static final double PREDICTED_LATE = 0.30;

    public static final Comparator<WorklistRow> ORDER = Comparator.comparing(WorklistRow::brokenPromise).reversed()
            .thenComparing(Comparator.comparingDouble(WorklistRow::stake).reversed())
            .thenComparing(WorklistRow::customerNo);

    private WorklistRanking() {
    }

    /**
     * Open amount × probability of paying late × days past due (at least one day, so a customer
     * predicted late but not yet overdue still ranks by its amount and risk).
     */
    public static double stake(long openCents, double pLate30, long daysPastDue) {
        long days = Math.max(1, daysPastDue);
        return openCents / 100.0 * pLate30 * days;
    }

    /** Whether a customer belongs on the worklist at all. */
    public static boolean belongs(long overdueCents, double pLate30, long openCents) {
        return openCents > 0 && (overdueCents > 0 || pLate30 >= PREDICTED_LATE);
    }

    public static List<WorklistRow> rank(List<WorklistRow> rows) {
        List<WorklistRow> out = new ArrayList<>(rows);
        out.sort(ORDER);
        return out;
    }
}
