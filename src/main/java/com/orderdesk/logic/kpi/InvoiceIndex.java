package com.orderdesk.logic.kpi;

import java.util.Arrays;
import java.util.List;

/**
 * Invoices and their settlements as sorted primitive arrays, built once per book: invoices in
 * invoice-date order (so sales over any range is two binary searches and a prefix difference),
 * each invoice's settlements next to each other in date order, and the dates on which invoices
 * were paid (their open amount reached zero), sorted, for days to pay.
 */
final class InvoiceIndex {
    /** Invoices in invoice-date order. */
    final int count;
    final String[] invoiceNo;
    final int[] invoiceDay;
    final int[] dueDay;
    final long[] amountCents;
    /** {@code salesPrefix[i]}: the amounts of invoices {@code 0..i-1} (so {@code count + 1} entries). */
    private final long[] salesPrefix;

    /** Settlements of invoice i: positions {@code settlementStart[i] .. settlementStart[i+1]-1}, by date. */
    final int[] settlementStart;
    /**
     * The day a settlement counts from: its date, or the invoice date if it is dated earlier, as
     * in {@code AR(d)}, which takes an invoice's settlements only once the invoice itself counts.
     */
    final int[] settlementDay;
    final long[] settlementCents;

    /** Paid events, by paid day: invoice {@code paidInvoice[k]} reached zero on {@code paidDay[k]}. */
    private final int paidCount;
    private final int[] paidDay;
    private final int[] paidInvoice;
    /** The day it went above zero again (a reversal), or {@link Integer#MAX_VALUE} if it never did. */
    private final int[] reopenedDay;

    /**
     * The ledgers as flat arrays in input order: each settlement names its invoice by input
     * position ({@code -1}: unknown, named in the problems).
     */
    private record Input(int count, String[] no, int[] day, int[] due, long[] cents,
                         int settlementCount, int[] settledInvoice, int[] settlementDay, long[] settlementCents) {

        /** Reads the records once, in input order (they lie in memory roughly in that order). */
        static Input of(List<Ledgers.Invoice> invoices, List<Ledgers.Settlement> settlements, List<String> problems) {
            int count = invoices.size();
            String[] no = new String[count];
            int[] day = new int[count];
            int[] due = new int[count];
            long[] cents = new long[count];
            IdTable inputIndexByNo = new IdTable(count);
            for (int k = 0; k < count; k++) {
                Ledgers.Invoice invoice = invoices.get(k);
                no[k] = invoice.invoiceNo();
                day[k] = (int) invoice.invoiceDate().toEpochDay();
                due[k] = (int) invoice.dueDate().toEpochDay();
                cents[k] = KpiMath.cents(invoice.amount(), "invoice ", invoice.invoiceNo(), "");
                if (inputIndexByNo.putIfAbsent(invoice.invoiceNo(), k) >= 0) {
                    problems.add("invoice " + invoice.invoiceNo() + " appears twice");
                }
            }
            int settlementCount = settlements.size();
            int[] owner = new int[settlementCount];
            int[] settled = new int[settlementCount];
            long[] settledCents = new long[settlementCount];
            for (int s = 0; s < settlementCount; s++) {
                Ledgers.Settlement settlement = settlements.get(s);
                int k = inputIndexByNo.get(settlement.invoiceNo());
                owner[s] = k;
                if (k < 0) {
                    problems.add("settlement of unknown invoice " + settlement.invoiceNo());
                    continue;
                }
                settled[s] = (int) settlement.date().toEpochDay();
                settledCents[s] = KpiMath.cents(settlement.amount(), "settlement of ", settlement.invoiceNo(), "");
            }
            return new Input(count, no, day, due, cents, settlementCount, owner, settled, settledCents);
        }

        static Input of(ReceivableColumns c) {
            int n = c.invoiceCount();
            int m = c.settlementCount();
            return new Input(n, Arrays.copyOf(c.invoiceNo, n), Arrays.copyOf(c.invoiceDay, n), Arrays.copyOf(c.dueDay, n),
                    Arrays.copyOf(c.amountCents, n), m, c.settledInvoice, c.settlementDay, c.settlementCents);
        }
    }

    private InvoiceIndex(Input in) {
        // Sorting moves primitives, not records scattered over the heap.
        count = in.count();
        int[] order = DaySearch.order(in.day());
        int[] positionOfInput = new int[count];
        invoiceNo = new String[count];
        invoiceDay = new int[count];
        dueDay = new int[count];
        amountCents = new long[count];
        salesPrefix = new long[count + 1];
        for (int position = 0; position < count; position++) {
            int k = order[position];
            positionOfInput[k] = position;
            invoiceNo[position] = in.no()[k];
            invoiceDay[position] = in.day()[k];
            dueDay[position] = in.due()[k];
            amountCents[position] = in.cents()[k];
            salesPrefix[position + 1] = salesPrefix[position] + in.cents()[k];
        }

        int settlementCount = in.settlementCount();
        int[] owner = new int[settlementCount];
        int[] effectiveDay = new int[settlementCount];
        long[] cents = in.settlementCents();
        for (int s = 0; s < settlementCount; s++) {
            int k = in.settledInvoice()[s];
            if (k < 0) {
                owner[s] = -1;
                continue;
            }
            owner[s] = positionOfInput[k];
            effectiveDay[s] = Math.max(in.settlementDay()[s], in.day()[k]);
        }
        // Grouping settlements in global date order leaves each invoice's group in date order.
        settlementStart = new int[count + 1];
        for (int s = 0; s < settlementCount; s++) {
            if (owner[s] >= 0) {
                settlementStart[owner[s] + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            settlementStart[i + 1] += settlementStart[i];
        }
        int kept = settlementStart[count];
        settlementDay = new int[kept];
        settlementCents = new long[kept];
        int[] next = Arrays.copyOf(settlementStart, count);
        for (int s : DaySearch.order(effectiveDay)) {
            if (owner[s] < 0) {
                continue;
            }
            int slot = next[owner[s]]++;
            settlementDay[slot] = effectiveDay[s];
            settlementCents[slot] = cents[s];
        }

        PaidEvents paid = new PaidEvents(count / 2 + 16);
        for (int i = 0; i < count; i++) {
            collectPaidEvents(i, paid);
        }
        paidCount = paid.size;
        int[] byDay = DaySearch.order(Arrays.copyOf(paid.day, paid.size));
        paidDay = new int[paidCount];
        paidInvoice = new int[paidCount];
        reopenedDay = new int[paidCount];
        for (int k = 0; k < paidCount; k++) {
            paidDay[k] = paid.day[byDay[k]];
            paidInvoice[k] = paid.invoice[byDay[k]];
            reopenedDay[k] = paid.reopened[byDay[k]];
        }
    }

    /** Builds the index; {@code problems} receives duplicates and settlements of unknown invoices. */
    static InvoiceIndex build(List<Ledgers.Invoice> invoices, List<Ledgers.Settlement> settlements, List<String> problems) {
        return new InvoiceIndex(Input.of(invoices, settlements, problems));
    }

    /** Builds the index from columns (their settlements name invoices by position: nothing to look up). */
    static InvoiceIndex build(ReceivableColumns columns) {
        return new InvoiceIndex(Input.of(columns));
    }

    /**
     * Walks one invoice's open amount day by day (a day's settlements together): each time it goes
     * from above zero to zero or below, the invoice was paid that day; each time it goes back above
     * zero, that payment was undone. An invoice issued for zero or less was never owed, so it is
     * never "paid" unless a reversal first makes it owed.
     */
    private void collectPaidEvents(int invoice, PaidEvents paid) {
        long open = amountCents[invoice];
        boolean owed = open > 0;
        int openEvent = -1;
        int s = settlementStart[invoice];
        int end = settlementStart[invoice + 1];
        while (s < end) {
            int day = settlementDay[s];
            while (s < end && settlementDay[s] == day) {
                open -= settlementCents[s++];
            }
            boolean owedNow = open > 0;
            if (owed && !owedNow) {
                openEvent = paid.add(invoice, day);
            } else if (!owed && owedNow && openEvent >= 0) {
                paid.reopened[openEvent] = day;
                openEvent = -1;
            }
            owed = owedNow;
        }
    }

    /** {@code sales(a, b)} in cents: invoice amounts with invoice day in {@code first .. last}. */
    long sales(int firstDay, int lastDay) {
        if (lastDay < firstDay) {
            return 0;
        }
        int from = DaySearch.firstAtOrAfter(invoiceDay, count, firstDay);
        int to = DaySearch.firstAfter(invoiceDay, count, lastDay);
        return salesPrefix[to] - salesPrefix[from];
    }

    /** Invoice positions issued in {@code first .. last}: {@code [from, to)}. */
    int[] issuedRange(int firstDay, int lastDay) {
        return new int[] {DaySearch.firstAtOrAfter(invoiceDay, count, firstDay), DaySearch.firstAfter(invoiceDay, count, lastDay)};
    }

    /**
     * The invoices paid in {@code first .. last}: their open amount reached zero on a day of the
     * range and had not gone above zero again by its last day. Calls back with the invoice's
     * position and its days to pay; returns how many.
     */
    int forEachPaid(int firstDay, int lastDay, PaidVisitor visitor) {
        int from = DaySearch.firstAtOrAfter(paidDay, paidCount, firstDay);
        int to = DaySearch.firstAfter(paidDay, paidCount, lastDay);
        int n = 0;
        for (int k = from; k < to; k++) {
            if (reopenedDay[k] > lastDay) {
                int invoice = paidInvoice[k];
                visitor.visit(invoice, paidDay[k] - invoiceDay[invoice]);
                n++;
            }
        }
        return n;
    }

    /** Upper bound of {@link #forEachPaid}'s count over a range, for sizing buffers. */
    int paidEventsWithin(int firstDay, int lastDay) {
        return DaySearch.firstAfter(paidDay, paidCount, lastDay) - DaySearch.firstAtOrAfter(paidDay, paidCount, firstDay);
    }

    /** Open amount of invoice {@code i} at the end of {@code day} (its settlements dated up to then). */
    long openAt(int invoice, int day) {
        long open = amountCents[invoice];
        for (int s = settlementStart[invoice], end = settlementStart[invoice + 1]; s < end && settlementDay[s] <= day; s++) {
            open -= settlementCents[s];
        }
        return open;
    }

    @FunctionalInterface
    interface PaidVisitor {
        void visit(int invoice, int daysToPay);
    }

    /** A growable list of paid events while the index is built. */
    private static final class PaidEvents {
        int size;
        int[] invoice;
        int[] day;
        int[] reopened;

        PaidEvents(int capacity) {
            invoice = new int[capacity];
            day = new int[capacity];
            reopened = new int[capacity];
        }

        int add(int invoiceAt, int paidOn) {
            if (size == day.length) {
                int grown = size * 2;
                invoice = Arrays.copyOf(invoice, grown);
                day = Arrays.copyOf(day, grown);
                reopened = Arrays.copyOf(reopened, grown);
            }
            invoice[size] = invoiceAt;
            day[size] = paidOn;
            reopened[size] = Integer.MAX_VALUE;
            return size++;
        }
    }
}
