package com.orderdesk.logic.kpi;

import java.util.List;

/** Payments in received-date order with a prefix count of the auto-applied ones. */
final class PaymentIndex {
    private final int count;
    private final int[] receivedDay;
    private final String[] paymentId;
    private final int[] autoPrefix;

    PaymentIndex(List<Ledgers.Payment> payments, List<String> problems) {
        count = payments.size();
        int[] days = new int[count];
        String[] ids = new String[count];
        boolean[] auto = new boolean[count];
        IdTable seen = new IdTable(count);
        for (int k = 0; k < count; k++) {
            Ledgers.Payment payment = payments.get(k);
            days[k] = (int) payment.receivedDate().toEpochDay();
            ids[k] = payment.paymentId();
            auto[k] = payment.auto();
            if (seen.putIfAbsent(payment.paymentId(), k) >= 0) {
                problems.add("payment " + payment.paymentId() + " appears twice");
            }
        }
        int[] order = DaySearch.order(days);
        receivedDay = new int[count];
        paymentId = new String[count];
        autoPrefix = new int[count + 1];
        for (int i = 0; i < count; i++) {
            int k = order[i];
            receivedDay[i] = days[k];
            paymentId[i] = ids[k];
            autoPrefix[i + 1] = autoPrefix[i] + (auto[k] ? 1 : 0);
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
