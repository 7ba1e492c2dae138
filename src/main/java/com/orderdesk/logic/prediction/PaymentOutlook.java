package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine says about a book at an as-of date: a prediction per open invoice, the weekly
 * cash-in they add up to, and each customer's way of paying.
 */
public final class PaymentOutlook {
    private final LocalDate asOf;
    private final ForecastHorizon horizon;
    private final List<PaymentPrediction> predictions;
    private final List<OpenInvoice> open;
    private final Map<String, CustomerModel> models;
    private final Map<String, Boolean> stopped;

    PaymentOutlook(LocalDate asOf, ForecastHorizon horizon, List<PaymentPrediction> predictions, List<OpenInvoice> open,
                   Map<String, CustomerModel> models, Map<String, Boolean> stopped) {
        this.asOf = asOf;
        this.horizon = horizon;
        this.predictions = List.copyOf(predictions);
        this.open = open;
        this.models = models;
        this.stopped = stopped;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public ForecastHorizon horizon() {
        return horizon;
    }

    /** One per open invoice, in the order they were given. */
    public List<PaymentPrediction> predictions() {
        return predictions;
    }

    /**
     * Expected cash-in per calendar week of the horizon: each open invoice's amount spread over the
     * weeks by the probability of its being paid in each (so a 60/40 chance between two weeks puts
     * 60 % and 40 % of it in them), which forecasts sums better than placing it whole in the week
     * of its single expected date.
     */
    public List<WeeklyCashIn> cashInForecast() {
        double[] weekly = new double[horizon.weeks()];
        long firstMonday = horizon.firstWeekStart().toEpochDay();
        for (int i = 0; i < predictions.size(); i++) {
            predictions.get(i).distribution().spreadInto(open.get(i).amount().doubleValue(), firstMonday, weekly);
        }
        return weeks(weekly);
    }

    /** The same sum with each invoice placed whole in the week of its expected pay date. */
    public List<WeeklyCashIn> cashInForecastByExpectedDate() {
        double[] weekly = new double[horizon.weeks()];
        for (int i = 0; i < predictions.size(); i++) {
            PaymentPrediction p = predictions.get(i);
            int week = horizon.weekOf(p.expectedPayDate());
            if (week >= 0 && !p.likelyUnpaid()) {
                weekly[week] += open.get(i).amount().doubleValue();
            }
        }
        return weeks(weekly);
    }

    private List<WeeklyCashIn> weeks(double[] weekly) {
        List<WeeklyCashIn> out = new ArrayList<>(weekly.length);
        for (int w = 0; w < weekly.length; w++) {
            out.add(new WeeklyCashIn(horizon.firstWeekStart().plusWeeks(w),
                    BigDecimal.valueOf(weekly[w]).setScale(2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    /** How a customer of the book (with history, open invoices, or both) pays. */
    public Optional<CustomerBehaviour> behaviourOf(String customerNo) {
        CustomerModel m = models.get(customerNo);
        return m == null ? Optional.empty() : Optional.of(behaviour(m));
    }

    /** Every customer's behaviour, by customer number. */
    public Map<String, CustomerBehaviour> behaviours() {
        Map<String, CustomerBehaviour> out = new LinkedHashMap<>();
        models.values().stream().sorted(java.util.Comparator.comparing(CustomerModel::customerNo))
                .forEach(m -> out.put(m.customerNo(), behaviour(m)));
        return out;
    }

    private CustomerBehaviour behaviour(CustomerModel m) {
        boolean hasStopped = stopped.getOrDefault(m.customerNo(), false);
        LatenessModel l = m.lateness();
        double takeRate = m.discount().offered() == 0 ? Double.NaN : (double) m.discount().taken() / m.discount().offered();
        return new CustomerBehaviour(m.customerNo(), m.paidCount(), l.intercept(), l.trendPerMonth(),
                m.run().exists() ? Optional.of(m.run().describe()) : Optional.empty(), takeRate,
                l.amountSlope() * Math.log(2), hasStopped, ReasonWriter.summary(m, hasStopped, asOf));
    }
}
