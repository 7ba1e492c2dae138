package com.orderdesk.logic.kpi;

/**
 * Receivables by aging bucket for every day of a range, from one pass over the invoices and their
 * settlements: {@code AR(d)}, {@code current(d)} and the aging at any day of the range are then a
 * lookup, so a period, its previous period and all its weeks and months cost one pass together.
 *
 * <p>How: an invoice's amount (from its invoice day) and each settlement (negative, from its day)
 * is a change of the invoice's open amount that lasts from its day on; on any later day it sits in
 * the bucket given by that day's days past due. So each change adds its amount to each bucket over
 * a range of days (current up to the due date, 1-30 from due+1 to due+30, ..., over 90 from due+91
 * on), recorded as a difference array and summed once at the end.
 */
final class BalanceTimeline {
    private static final AgingBucket[] BUCKETS = AgingBucket.values();

    private final int fromDay;
    private final int toDay;
    /** {@code balance[bucket][day - fromDay]} in cents. */
    private final long[][] balance;

    private BalanceTimeline(int fromDay, int toDay, long[][] balance) {
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.balance = balance;
    }

    /** The daily balances for {@code fromDay .. toDay} (epoch days); settlements after {@code toDay} are not read. */
    static BalanceTimeline build(InvoiceIndex invoices, int fromDay, int toDay) {
        int length = toDay - fromDay + 1;
        long[][] diff = new long[BUCKETS.length][length + 1];
        for (int i = 0; i < invoices.count && invoices.invoiceDay[i] <= toDay; i++) {
            long due = invoices.dueDay[i];
            addChange(diff, fromDay, toDay, invoices.amountCents[i], invoices.invoiceDay[i], due);
            for (int s = invoices.settlementStart[i], end = invoices.settlementStart[i + 1];
                 s < end && invoices.settlementDay[s] <= toDay; s++) {
                addChange(diff, fromDay, toDay, -invoices.settlementCents[s], invoices.settlementDay[s], due);
            }
        }
        for (long[] bucket : diff) {
            long running = 0;
            for (int k = 0; k < length; k++) {
                running += bucket[k];
                bucket[k] = running;
            }
        }
        return new BalanceTimeline(fromDay, toDay, diff);
    }

    /** Adds {@code cents} from {@code day} on, in each bucket over the days the invoice sits in it. */
    private static void addChange(long[][] diff, int fromDay, int toDay, long cents, int day, long due) {
        addRange(diff[0], fromDay, toDay, cents, day, Long.MIN_VALUE, due);
        addRange(diff[1], fromDay, toDay, cents, day, due + 1, due + 30);
        addRange(diff[2], fromDay, toDay, cents, day, due + 31, due + 60);
        addRange(diff[3], fromDay, toDay, cents, day, due + 61, due + 90);
        addRange(diff[4], fromDay, toDay, cents, day, due + 91, Long.MAX_VALUE);
    }

    private static void addRange(long[] diff, int fromDay, int toDay, long cents, int day, long bucketFirst, long bucketLast) {
        long first = Math.max(Math.max(day, bucketFirst), fromDay); // changes before the range count from its first day
        long last = Math.min(bucketLast, toDay);
        if (first <= last) {
            diff[(int) (first - fromDay)] += cents;
            diff[(int) (last - fromDay) + 1] -= cents;
        }
    }

    private int slot(int day) {
        if (day < fromDay || day > toDay) {
            throw new IllegalArgumentException("day " + day + " is outside the timeline " + fromDay + ".." + toDay);
        }
        return day - fromDay;
    }

    /** {@code AR(day)} in cents. */
    long receivables(int day) {
        int k = slot(day);
        long total = 0;
        for (long[] bucket : balance) {
            total += bucket[k];
        }
        return total;
    }

    /** {@code current(day)} in cents. */
    long current(int day) {
        return balance[0][slot(day)];
    }

    long bucket(AgingBucket bucket, int day) {
        return balance[bucket.ordinal()][slot(day)];
    }

    Aging aging(int day) {
        return new Aging(KpiMath.money(bucket(AgingBucket.CURRENT, day)), KpiMath.money(bucket(AgingBucket.DAYS_1_30, day)),
                KpiMath.money(bucket(AgingBucket.DAYS_31_60, day)), KpiMath.money(bucket(AgingBucket.DAYS_61_90, day)),
                KpiMath.money(bucket(AgingBucket.OVER_90, day)));
    }
}
