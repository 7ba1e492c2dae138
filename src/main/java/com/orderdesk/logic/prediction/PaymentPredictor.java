package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The payment-prediction engine: from the book's paid invoices and its open ones at an as-of date,
 * when each open invoice will be paid, how likely it is to be paid very late, and why. Plain Java
 * and deterministic: the same book gives the same predictions.
 *
 * <pre>{@code
 * PaymentOutlook outlook = new PaymentPredictor().predict(history, open, asOf);
 * outlook.predictions();        // one per open invoice, in the given order
 * outlook.cashInForecast();     // 13 calendar weeks of expected cash-in
 * outlook.behaviourOf("C042");  // "pays ~12 days late, trend worsening (+1.5 days/month)"
 * }</pre>
 */
public final class PaymentPredictor {
    private final PredictionSettings settings;

    public PaymentPredictor() {
        this(PredictionSettings.DEFAULT);
    }

    public PaymentPredictor(PredictionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Predicts every open invoice.
     *
     * @param history invoices paid on or before {@code asOf}
     * @param open    invoices unpaid at {@code asOf}; customers need not appear in the history
     * @throws IllegalArgumentException if a paid date falls after {@code asOf} or before its invoice date
     */
    public PaymentOutlook predict(List<PaidInvoice> history, List<OpenInvoice> open, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LateRiskCalibration calibration = LateRiskCalibration.learn(history, open, asOf, trial -> {
            Map<String, Double> raw = new HashMap<>();
            PaymentOutlook trialOutlook = predict(trial.history(), trial.open(), trial.asOf(), LateRiskCalibration.IDENTITY);
            for (PaymentPrediction p : trialOutlook.predictions()) {
                raw.put(p.invoiceNo(), p.pLate30());
            }
            return raw;
        });
        return predict(history, open, asOf, calibration);
    }

    private PaymentOutlook predict(List<PaidInvoice> history, List<OpenInvoice> open, LocalDate asOf,
                                   LateRiskCalibration calibration) {
        Map<String, List<PaidInvoice>> paidBy = new LinkedHashMap<>();
        for (PaidInvoice p : history) {
            if (p.paidDate().isAfter(asOf) || p.paidDate().isBefore(p.invoiceDate())) {
                throw new IllegalArgumentException("invoice " + p.invoiceNo() + " paid on " + p.paidDate()
                        + ", outside its invoice date " + p.invoiceDate() + " to the as-of date " + asOf);
            }
            paidBy.computeIfAbsent(p.customerNo(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<OpenInvoice>> openBy = new LinkedHashMap<>();
        for (OpenInvoice o : open) {
            openBy.computeIfAbsent(o.customerNo(), k -> new ArrayList<>()).add(o);
        }
        TermsCatalog catalog = new TermsCatalog();
        long asOfDay = asOf.toEpochDay();
        BookDefaults book = BookDefaults.learn(paidBy, catalog, asOf, settings.recencyHalfLifeMonths());
        TrendMixture trends = TrendMixture.learn(paidBy, catalog, asOfDay, settings.recencyHalfLifeMonths());
        CustomerModelBuilder builder = new CustomerModelBuilder(book, catalog, asOfDay, settings.recencyHalfLifeMonths(), trends);
        Set<String> customerSet = new LinkedHashSet<>(paidBy.keySet());
        customerSet.addAll(openBy.keySet());
        List<String> customers = new ArrayList<>(customerSet);
        // Customers are fitted independently, so on both cores; the results are then read in the
        // customers' order, which keeps the engine deterministic.
        Map<String, CustomerModel> models = new HashMap<>();
        List<CustomerModel> fitted = customers.parallelStream()
                .map(c -> builder.build(c, paidBy.getOrDefault(c, List.of()), openBy.getOrDefault(c, List.of())))
                .toList();
        Map<String, Boolean> stopped = new HashMap<>();
        StuckDelays stuck = new StuckDelays();
        for (CustomerModel model : fitted) {
            models.put(model.customerNo(), model);
            stopped.put(model.customerNo(), model.stopped());
            recordStuck(model, paidBy.getOrDefault(model.customerNo(), List.of()), asOfDay, catalog, stuck);
        }
        ForecastHorizon horizon = ForecastHorizon.of(asOf, settings.horizonWeeks());
        OpenInvoiceForecaster forecaster = new OpenInvoiceForecaster(book, catalog, asOf, stuck, BookCalendar.learn(history));
        List<PaymentPrediction> predictions = new ArrayList<>(open.size());
        for (OpenInvoice o : open) {
            CustomerModel m = models.get(o.customerNo());
            boolean hasStopped = stopped.get(o.customerNo());
            OpenInvoiceForecaster.Outcome out = forecaster.forecast(o, m, hasStopped);
            PayDateDistribution d = out.distribution();
            LocalDate median = d.median();
            boolean likelyUnpaid = median == null;
            LocalDate expected = likelyUnpaid ? horizon.lastDay() : median;
            // Once 30 days past due and still open, it is late by definition: the calibration's
            // curve (fitted on uncertain cases) must not make that a 99 % chance.
            double pLate = o.dueDate().plusDays(30).isBefore(asOf) ? 1
                    : calibration.apply(d.probabilityAfter(o.dueDate().plusDays(30)));
            String reason = ReasonWriter.forInvoice(o, catalog.of(o.terms()), m, out, hasStopped, asOf);
            predictions.add(new PaymentPrediction(o.invoiceNo(), o.customerNo(), expected, Math.min(1, Math.max(0, pLate)),
                    reason, likelyUnpaid, d));
        }
        return new PaymentOutlook(asOf, horizon, predictions, open, models, stopped);
    }

    /** Adds to the book's stuck delays how far each off-run payment was behind its customer's usual date. */
    private static void recordStuck(CustomerModel m, List<PaidInvoice> paid, long asOf, TermsCatalog catalog,
                                    StuckDelays stuck) {
        if (m.run().exists() || m.lateness().effectiveCount() == 0) {
            return;
        }
        double margin = 2 * m.lateness().scale();
        for (PaidInvoice p : paid) {
            if (BookDefaults.tookDiscount(p, catalog.of(p.terms()))) {
                continue;
            }
            long due = p.dueDate().toEpochDay();
            long day = p.paidDate().toEpochDay();
            double center = m.lateness().center(CustomerModelBuilder.logAmount(p.amount(), m.medianAmount()),
                    (due - asOf) / CustomerModelBuilder.DAYS_PER_MONTH, p.dueDate().getMonthValue() - 1);
            double behind = day - due - center;
            if (behind > margin) {
                stuck.record(behind);
            }
        }
    }
}
