package com.orderdesk.bench.prediction;

import com.orderdesk.logic.prediction.ForecastHorizon;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.PaymentOutlook;
import com.orderdesk.logic.prediction.PaymentPrediction;
import com.orderdesk.logic.prediction.WeeklyCashIn;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contract's figures (src/site/markdown/contracts/predict-payments.md, "Decisions"), for the
 * engine and the two baselines anyone could compute:
 * <ul>
 * <li>MAE: mean of |predicted - true| pay date in days over all open invoices, both dates capped
 *     at the horizon's last day (an invoice not paid by then counts as paid on it). The baselines are
 *     taken as the contract defines them, so for an overdue invoice their date may be in the past;
 *     the same figure with their dates moved to the as-of date + 1 (as the engine's must be) is
 *     kept beside them as a harder reference.</li>
 * <li>Brier: mean of (p_late_30 - outcome)^2, the outcome being paid more than 30 days after due
 *     or never; the reference forecast is the customer's historical share of such invoices (the
 *     book's share for a customer without history).</li>
 * <li>Weekly cash-in error: sum over the horizon's weeks of |forecast - actual| over the sum of
 *     actual, the actual being the open invoices' amounts by the week they were really paid.</li>
 * </ul>
 */
public record PredictionScore(int invoices, double mae, double maeDueDate, double maeCustomerAverage,
                              double maeDueDateNotBeforeTomorrow, double maeCustomerAverageNotBeforeTomorrow,
                              double brier, double brierReference, double forecastError, double forecastErrorByDate,
                              double forecastErrorDueDate, double forecastErrorCustomerAverage,
                              Map<String, double[]> byKind) {

    public double maeRatioToCustomerAverage() {
        return mae / maeCustomerAverage;
    }

    public double maeRatioToDueDate() {
        return mae / maeDueDate;
    }

    public static PredictionScore score(GeneratedBook book, PaymentOutlook outlook) {
        ForecastHorizon h = outlook.horizon();
        long asOf = book.asOf().toEpochDay();
        long end = h.lastDay().toEpochDay();
        Map<String, double[]> history = new HashMap<>(); // customer -> [count, sum days late, count > 30]
        double[] all = new double[3];
        for (PaidInvoice p : book.history()) {
            long late = p.paidDate().toEpochDay() - p.dueDate().toEpochDay();
            double[] c = history.computeIfAbsent(p.customerNo(), k -> new double[3]);
            c[0]++;
            c[1] += late;
            c[2] += late > 30 ? 1 : 0;
            all[0]++;
            all[2] += late > 30 ? 1 : 0;
        }
        double bookShare = all[0] == 0 ? 0 : all[2] / all[0];
        List<PaymentPrediction> predictions = outlook.predictions();
        double[] actual = new double[h.weeks()];
        double[] byDueDate = new double[h.weeks()];
        double[] byAverage = new double[h.weeks()];
        double errOurs = 0;
        double errDue = 0;
        double errAverage = 0;
        double errDueFloored = 0;
        double errAverageFloored = 0;
        double brier = 0;
        double brierRef = 0;
        Map<String, double[]> byKind = new TreeMap<>();
        for (int i = 0; i < book.open().size(); i++) {
            OpenInvoice o = book.open().get(i);
            PaymentPrediction p = predictions.get(i);
            if (!p.invoiceNo().equals(o.invoiceNo())) {
                throw new IllegalStateException("predictions out of order at " + o.invoiceNo());
            }
            LocalDate truePaid = book.truePaidDate(o.invoiceNo()).orElse(null);
            long truth = truePaid == null ? end : Math.min(end, truePaid.toEpochDay());
            double[] c = history.get(o.customerNo());
            long due = o.dueDate().toEpochDay();
            long dueBaseline = due;
            long averageBaseline = due + (c == null ? 0 : Math.round(c[1] / c[0]));
            long ours = p.expectedPayDate().toEpochDay();
            double e = Math.abs(Math.min(end, ours) - truth);
            double eAvg = Math.abs(Math.min(end, averageBaseline) - truth);
            errOurs += e;
            errDue += Math.abs(Math.min(end, dueBaseline) - truth);
            errAverage += eAvg;
            errDueFloored += Math.abs(Math.min(end, Math.max(asOf + 1, dueBaseline)) - truth);
            errAverageFloored += Math.abs(Math.min(end, Math.max(asOf + 1, averageBaseline)) - truth);
            boolean lateOutcome = truePaid == null || truePaid.toEpochDay() > due + 30;
            double outcome = lateOutcome ? 1 : 0;
            brier += Math.pow(p.pLate30() - outcome, 2);
            double ref = c == null ? bookShare : c[2] / c[0];
            brierRef += Math.pow(ref - outcome, 2);
            double amount = o.amount().doubleValue();
            add(actual, h, truePaid, amount);
            add(byDueDate, h, LocalDate.ofEpochDay(dueBaseline), amount);
            add(byAverage, h, LocalDate.ofEpochDay(averageBaseline), amount);
            double[] k = byKind.computeIfAbsent(book.customerKind().getOrDefault(o.customerNo(), "?"), x -> new double[5]);
            k[0]++;
            k[1] += e;
            k[2] += eAvg;
            k[3] += Math.pow(p.pLate30() - outcome, 2);
            k[4] += outcome;
        }
        int n = book.open().size();
        return new PredictionScore(n, errOurs / n, errDue / n, errAverage / n, errDueFloored / n, errAverageFloored / n,
                brier / n, brierRef / n,
                weeklyError(amounts(outlook.cashInForecast()), actual),
                weeklyError(amounts(outlook.cashInForecastByExpectedDate()), actual),
                weeklyError(byDueDate, actual), weeklyError(byAverage, actual), byKind);
    }

    private static void add(double[] weekly, ForecastHorizon h, LocalDate day, double amount) {
        if (day != null) {
            int w = h.weekOf(day);
            if (w >= 0) {
                weekly[w] += amount;
            }
        }
    }

    private static double[] amounts(List<WeeklyCashIn> weeks) {
        double[] a = new double[weeks.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = weeks.get(i).expected().doubleValue();
        }
        return a;
    }

    /** Sum over weeks of |forecast - actual| over the sum of actual. */
    static double weeklyError(double[] forecast, double[] actual) {
        double diff = 0;
        double total = 0;
        for (int w = 0; w < actual.length; w++) {
            diff += Math.abs(forecast[w] - actual[w]);
            total += actual[w];
        }
        return total == 0 ? 0 : diff / total;
    }
}
