package com.orderdesk.logic.kpi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Payments in received-date order with a prefix count of the auto-applied ones. */
final class PaymentIndex {
    private final int count;
    private final int[] receivedDay;
    private final String[] paymentId;
    private final int[] autoPrefix;

    PaymentIndex(List<Ledgers.Payment> payments, List<String> problems) {
        count = payments.size();
        Set<String> seen = new HashSet<>(count * 4 / 3 + 16);
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            Ledgers.Payment payment = payments.get(i);
            days[i] = (int) payment.receivedDate().toEpochDay();
            if (!seen.add(payment.paymentId())) {
                problems.add("payment " + payment.paymentId() + " appears twice");
            }
        }
        int[] order = DaySearch.order(days);
        receivedDay = new int[count];
        paymentId = new String[count];
        autoPrefix = new int[count + 1];
        for (int i = 0; i < count; i++) {
            Ledgers.Payment payment = payments.get(order[i]);
            receivedDay[i] = days[order[i]];
            paymentId[i] = payment.paymentId();
            autoPrefix[i + 1] = autoPrefix[i] + (payment.auto() ? 1 : 0);
        }
    }

    private int[] range(int firstDay, int lastDay) {
        return new int[] {DaySearch.firstAtOrAfter(receivedDay, count, firstDay), DaySearch.firstAfter(receivedDay, count, lastDay)};
    }

    /** {@code {received, autoApplied}} in the range. */
    long[] receivedAndAuto(int firstDay, int lastDay) {
        int[] r = range(firstDay, lastDay);
        return new long[] {r[1] - r[0], autoPrefix[r[1]] - autoPrefix[r[0]]};
    }

    /** Payment ids received in the range, auto-applied or not as asked (null: both). */
    void collect(int firstDay, int lastDay, Boolean auto, List<String> into) {
        int[] r = range(firstDay, lastDay);
        for (int i = r[0]; i < r[1]; i++) {
            boolean wasAuto = autoPrefix[i + 1] > autoPrefix[i];
            if (auto == null || auto == wasAuto) {
                into.add(paymentId[i]);
            }
        }
    }
}
