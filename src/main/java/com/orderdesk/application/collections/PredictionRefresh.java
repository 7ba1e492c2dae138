package com.orderdesk.application.collections;

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

    /** Predicts every open invoice as of {@code asOf} and stores the result; returns the customers cached. */
    int run(LocalDate asOf) {
        List<PaidInvoice> history = repository.paidHistory(asOf);
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
        PaymentOutlook outlook = new PaymentPredictor().predict(history, open, asOf);
        Map<String, CustomerOutlook> outlooks = CustomerOutlook.of(open, outlook);
        List<CachedPrediction> rows = new ArrayList<>(outlooks.size());
        for (CustomerOutlook c : outlooks.values()) {
            long id = ids.get(c.customerNo());
            long[] m = money.get(id);
            rows.add(new CachedPrediction(id, Money.ofCents(m[0]), Money.ofCents(m[1]), disputed(id), oldestDue.get(id),
                    c.firstPay(), c.lastPay(), c.pLate30(), c.expectedDaysLate(), c.behaviour()));
        }
        repository.replacePredictions(asOf, rows);
        repository.saveForecast(asOf, outlook.cashInForecast());
        return rows.size();
    }

    private Money disputed(long customerId) {
        Money sum = Money.ZERO;
        for (DisputedAmount d : disputes.byInvoice(customerId).values()) {
            sum = sum.plus(d.inOpenAmount());
        }
        return sum;
    }
}
