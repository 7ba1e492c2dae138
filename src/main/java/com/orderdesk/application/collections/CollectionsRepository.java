package com.orderdesk.application.collections;

import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.WeeklyCashIn;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.collections.CollectorAssignment;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of the collections desk, in the caller's unit of work. */
public interface CollectionsRepository {
    /** The day's cached prediction per customer, as stored by {@link #replacePredictions}. */
    record CachedPrediction(long customerId, Money open, Money overdue, Money disputed, LocalDate oldestDue,
                            LocalDate firstPay, LocalDate lastPay, double pLate30, long expectedDaysLate,
                            String behaviour) {
    }

    /** An open invoice with its customer's id, for the predictor and the cache. */
    record BookInvoice(long customerId, OpenInvoice invoice) {
    }

    /** The book's paid invoices (paid date: the last payment received on them) up to {@code asOf}. */
    List<PaidInvoice> paidHistory(LocalDate asOf);

    /** Every invoice with money open. */
    List<BookInvoice> openInvoices();

    /** The as-of date of the cached predictions, empty when none were made yet. */
    Optional<LocalDate> predictionsAsOf();

    void replacePredictions(LocalDate asOf, List<CachedPrediction> rows);

    void saveForecast(LocalDate asOf, List<WeeklyCashIn> weeks);

    /** The stored forecasts, by as-of date, each with its weeks. */
    Map<LocalDate, List<WeeklyCashIn>> forecasts(LocalDate from, LocalDate to);

    /** Cash received per calendar week (Monday) from {@code from} to {@code to}, both included. */
    Map<LocalDate, Money> receivedByWeek(LocalDate from, LocalDate to);

    /** The worklist, ranked later by the logic: every customer of the cached predictions with its contacts and promises. */
    Listing<WorklistRow> worklist(LocalDate today);

    Optional<CollectorAssignment> assignment(long customerId);

    void add(Object entity);

    List<PaymentPromise> openPromises();

    /**
     * Cash posted to the customer after {@code since} from payments received on or before {@code receivedBy}, and the
     * applications left out of it because their amount is no whole number (each named, and logged).
     */
    PaidSince paidSince(long customerId, Instant since, LocalDate receivedBy);

    /** What {@link #paidSince} found: the cash summed, and the damaged applications left out of it, named. */
    record PaidSince(Money paid, List<String> leftOut) {
        public PaidSince {
            leftOut = List.copyOf(leftOut);
        }
    }

    List<CollectionContact> contacts(long customerId);

    List<PaymentPromise> promises(long customerId);

    /** The customer's number and name, empty when there is no such customer. */
    Optional<String[]> customer(long customerId);
}
