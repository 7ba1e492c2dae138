package com.orderdesk.application.simulation;

import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.simulation.Payer;
import com.orderdesk.model.collections.CollectionContact;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The AR clerk's collections work, through the collections use cases, and how customers answer it.
 * Every Monday the clerk runs dunning (the book's procedure proposes the letters; all are sent and
 * recorded) and then calls the {@value #CALLS_PER_WEEK} customers of that run owing the most. The
 * customers' side, a simple model: a letter makes a customer pay the invoices on it within two to
 * six business days with a chance that grows with the level ({@link #LETTER_EFFECT_PERCENT}: 30, 50,
 * 70 %), otherwise it pays when it meant to. A call ends in a promise {@value #PROMISE_PERCENT} % of
 * the time, to pay what is overdue within five to ten days (recorded as a promise); a promise is
 * kept {@value #KEPT_PERCENT} % of the time. A customer who means to pay sooner anyway is not slowed.
 */
final class CollectionsDesk {
    static final int CALLS_PER_WEEK = 15;
    static final int[] LETTER_EFFECT_PERCENT = {30, 50, 70};
    static final int PROMISE_PERCENT = 70;
    static final int KEPT_PERCENT = 80;

    private final SimulationParts parts;
    private final Receivables receivables;
    private final SimulationCounts counts;

    CollectionsDesk(SimulationParts parts, Receivables receivables, SimulationCounts counts) {
        this.parts = parts;
        this.receivables = receivables;
        this.counts = counts;
    }

    void work(LocalDate day, Random r) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return;
        }
        List<DunningRun.Letter> letters = parts.dunning().propose(parts.cast().arClerk(), day);
        if (letters.isEmpty()) {
            return;
        }
        parts.dunning().recordSent(parts.cast().arClerk(), day, letters);
        for (DunningRun.Letter l : letters) {
            counts.letters++;
            int level = Math.min(l.level(), LETTER_EFFECT_PERCENT.length);
            if (r.nextInt(100) < LETTER_EFFECT_PERCENT[level - 1]) {
                payItems(l, businessDaysLater(day, 2 + r.nextInt(5)));
            }
        }
        List<DunningRun.Letter> biggest = new ArrayList<>(letters);
        biggest.sort(Comparator.comparing((DunningRun.Letter l) -> l.overdue().amount()).reversed()
                .thenComparing(DunningRun.Letter::customerNo));
        for (DunningRun.Letter l : biggest.subList(0, Math.min(CALLS_PER_WEEK, biggest.size()))) {
            call(l, day, r);
        }
    }

    private void call(DunningRun.Letter l, LocalDate day, Random r) {
        counts.calls++;
        boolean promises = r.nextInt(100) < PROMISE_PERCENT;
        LocalDate by = Payer.businessDay(day.plusDays(5 + r.nextInt(6)));
        parts.collections().logContact(parts.cast().arClerk(), l.customerId(), CollectionContact.Channel.CALL,
                promises ? "Promised to pay the overdue invoices by " + by + " (simulated call)"
                        : "No promise: will look into it (simulated call)", day.plusDays(7));
        if (!promises) {
            return;
        }
        parts.collections().recordPromise(parts.cast().arClerk(), l.customerId(), l.overdue(), by, "Simulated call");
        counts.promises++;
        if (r.nextInt(100) < KEPT_PERCENT) {
            counts.promisesKept++;
            payItems(l, by);
        }
    }

    private void payItems(DunningRun.Letter l, LocalDate on) {
        for (DunningRun.Item i : l.items()) {
            if (receivables.payBy(i.invoiceNo(), on)) {
                counts.invoicesBroughtForward++;
            }
        }
    }

    private static LocalDate businessDaysLater(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = Payer.businessDay(d.plusDays(1));
        }
        return d;
    }
}
