package com.orderdesk.application.collections;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.claims.DisputedAmounts;
import com.orderdesk.application.collections.CollectionsRepository.BookInvoice;
import com.orderdesk.application.collections.CollectionsRepository.CachedPrediction;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.collections.CustomerOutlook;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.PaymentOutlook;
import com.orderdesk.logic.prediction.PaymentPredictor;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter between the book and the prediction engine: the book's paid and open invoices in the
 * engine's input form, and its answers summed up per customer into the day's cache (with the
 * disputed amount from the claims desk and the 13-week forecast kept as the day's snapshot).
 * Called inside the caller's unit of work.
 */
final class PredictionRefresh {
    private final CollectionsRepository repository;
    private final DisputedAmounts disputes;

    PredictionRefresh(CollectionsRepository repository, DisputedAmounts disputes) {
        this.repository = repository;
        this.disputes = disputes;
    }

    /** Thrown inside the refresh's unit of work when the caller asked it to stop: nothing of it is stored. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("The prediction run was stopped.", null, false, false);
        }
    }

    /** The refresh's steps, as a {@link BatchProgress} hears them; the worklist's read comes after them. */
    static final List<String> STEPS = List.of("Reading the paid invoices", "Reading the open invoices",
            "Predicting each invoice's payment", "Summing up each customer's outlook");

    /**
     * Predicts every open invoice as of {@code asOf} and stores the result; returns the customers
     * cached. Tells {@code progress} of each step (counted in {@code of} steps in
     * all) and asks between two, and between two customers while their outlooks are summed up,
     * whether to stop: then {@link Stopped} is thrown before anything was stored, so the caller's
     * unit of work rolls back and the day's cache stays as it was.
     */
    int run(LocalDate asOf, BatchProgress progress, int of) {
        step(progress, 0, of);
        List<PaidInvoice> history = repository.paidHistory(asOf);
        step(progress, 1, of);
        List<BookInvoice> book = repository.openInvoices();
        List<OpenInvoice> open = new ArrayList<>(book.size());
        Map<String, Long> ids = new HashMap<>();
        Map<Long, long[]> money = new LinkedHashMap<>(); // open, overdue cents
        Map<Long, LocalDate> oldestDue = new HashMap<>();
        for (BookInvoice b : book) {
            OpenInvoice o = b.invoice();
            open.add(o);
            ids.put(o.customerNo(), b.customerId());
            long cents = Money.of(o.amount()).cents();
            long[] m = money.computeIfAbsent(b.customerId(), k -> new long[2]);
            m[0] += cents;
            if (o.dueDate().isBefore(asOf)) {
                m[1] += cents;
                oldestDue.merge(b.customerId(), o.dueDate(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        step(progress, 2, of);
        PaymentOutlook outlook = new PaymentPredictor().predict(history, open, asOf);
        step(progress, 3, of);
        Map<String, CustomerOutlook> outlooks = CustomerOutlook.of(open, outlook);
        List<CachedPrediction> rows = new ArrayList<>(outlooks.size());
        for (CustomerOutlook c : outlooks.values()) {
            if (progress.stopRequested()) { // each customer asks the claims desk for its disputes: seconds on a big book
                throw new Stopped();
            }
            long id = ids.get(c.customerNo());
            long[] m = money.get(id);
            rows.add(new CachedPrediction(id, Money.ofCents(m[0]), Money.ofCents(m[1]), disputed(id), oldestDue.get(id),
                    c.firstPay(), c.lastPay(), c.pLate30(), c.expectedDaysLate(), c.behaviour()));
        }
        if (progress.stopRequested()) {
            throw new Stopped();
        }
        repository.replacePredictions(asOf, rows);
        repository.saveForecast(asOf, outlook.cashInForecast());
        return rows.size();
    }

    private static void step(BatchProgress progress, int index, int of) {
        if (progress.stopRequested()) {
            throw new Stopped();
        }
        progress.starting(index + 1, of, STEPS.get(index));
    }

    private Money disputed(long customerId) {
        Money sum = Money.ZERO;
        for (DisputedAmount d : disputes.byInvoice(customerId).values()) {
            sum = sum.plus(d.inOpenAmount());
        }
        return sum;
    }
}
