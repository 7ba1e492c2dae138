package com.orderdesk.bench.prediction;

import com.orderdesk.logic.prediction.ForecastHorizon;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;

/**
 * The machine-learning alternative the engine was measured against: a Tribuo CART regression tree
 * that predicts the days from the as-of date to payment from per-invoice and per-customer
 * features (terms, amount against the customer's usual, month, days overdue, the customer's
 * median / 90th-percentile / mean lateness, share paid 30+ days late, discount rate, recent
 * shift, days since its last payment). It learns from the book itself: the book is cut back 13
 * and 26 weeks, and the invoices open at each cut, with what happened to them, are its examples.
 */
final class TreeModelBaseline {
    static final String[] FEATURES = {"net_days", "discount", "log_amount", "due_month", "days_overdue", "paid_count",
            "median_late", "q90_late", "mean_late", "share_30", "discount_rate", "recent_shift", "days_since_paid"};
    private static final int CAP = 91;

    private TreeModelBaseline() {
    }

    /** Expected pay date per open invoice of the book, from a tree of the given depth. */
    static Map<String, LocalDate> predict(GeneratedBook book, int depth) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("cut-back book", factory), factory);
        LocalDate asOf = book.asOf();
        for (int weeksBack : new int[] {13, 26}) {
            LocalDate cut = asOf.minusWeeks(weeksBack);
            List<PaidInvoice> before = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (PaidInvoice p : book.history()) {
                if (!p.paidDate().isAfter(cut)) {
                    before.add(p);
                }
            }
            Map<String, double[]> stats = customerStats(before, cut);
            for (PaidInvoice p : book.history()) {
                if (p.paidDate().isAfter(cut) && !p.invoiceDate().isAfter(cut)) {
                    rows.add(features(p.customerNo(), p.invoiceDate(), p.dueDate(), p.amount().doubleValue(), p.terms(), cut, stats));
                    targets.add((double) Math.min(CAP, p.paidDate().toEpochDay() - cut.toEpochDay()));
                }
            }
            for (OpenInvoice o : book.open()) {
                if (!o.invoiceDate().isAfter(cut)) {
                    rows.add(features(o.customerNo(), o.invoiceDate(), o.dueDate(), o.amount().doubleValue(), o.terms(), cut, stats));
                    targets.add((double) CAP); // still unpaid today: at least as late as the cap
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                data.add(new ArrayExample<>(new Regressor("days", targets.get(i)), FEATURES, rows.get(i)));
            }
        }
        Model<Regressor> model = new CARTRegressionTrainer(depth).train(data);
        Map<String, double[]> stats = customerStats(book.history(), asOf);
        long end = ForecastHorizon.of(asOf, 13).lastDay().toEpochDay();
        Map<String, LocalDate> out = new HashMap<>();
        for (OpenInvoice o : book.open()) {
            Example<Regressor> x = new ArrayExample<>(new Regressor("days", Double.NaN), FEATURES,
                    features(o.customerNo(), o.invoiceDate(), o.dueDate(), o.amount().doubleValue(), o.terms(), asOf, stats));
            double days = model.predict(x).getOutput().getValues()[0];
            long day = Math.min(end, asOf.toEpochDay() + Math.max(1, Math.round(days)));
            out.put(o.invoiceNo(), LocalDate.ofEpochDay(day));
        }
        return out;
    }

    private static double[] features(String customer, LocalDate issued, LocalDate due, double amount, String terms,
                                     LocalDate asOf, Map<String, double[]> stats) {
        double[] s = stats.getOrDefault(customer, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1000, 1});
        return new double[] {due.toEpochDay() - issued.toEpochDay(), terms.contains("/") ? 1 : 0,
                Math.log(Math.max(1, amount) / s[9]), due.getMonthValue(), asOf.toEpochDay() - due.toEpochDay(), s[0], s[1], s[2],
                s[3], s[4], s[5], s[6], s[8] == 1000 ? 1000 : asOf.toEpochDay() - s[7]};
    }

    /** Per customer: count, median, q90, mean lateness, share > 30, discount rate, recent shift, last paid day, has-paid, median amount. */
    private static Map<String, double[]> customerStats(List<PaidInvoice> history, LocalDate asOf) {
        Map<String, List<PaidInvoice>> by = new HashMap<>();
        for (PaidInvoice p : history) {
            by.computeIfAbsent(p.customerNo(), k -> new ArrayList<>()).add(p);
        }
        Map<String, double[]> out = new HashMap<>();
        for (Map.Entry<String, List<PaidInvoice>> e : by.entrySet()) {
            List<PaidInvoice> list = e.getValue();
            double[] late = list.stream().mapToDouble(p -> p.paidDate().toEpochDay() - p.dueDate().toEpochDay()).sorted().toArray();
            double[] amounts = list.stream().mapToDouble(p -> p.amount().doubleValue()).sorted().toArray();
            double mean = java.util.Arrays.stream(late).average().orElse(0);
            double recent = list.stream().filter(p -> p.dueDate().isAfter(asOf.minusDays(90)))
                    .mapToDouble(p -> p.paidDate().toEpochDay() - p.dueDate().toEpochDay()).average().orElse(mean);
            long offered = list.stream().filter(p -> p.terms().contains("/")).count();
            long taken = list.stream().filter(p -> p.terms().contains("/") && p.paidDate().isBefore(p.dueDate().minusDays(10))).count();
            long lastPaid = list.stream().mapToLong(p -> p.paidDate().toEpochDay()).max().orElse(0);
            out.put(e.getKey(), new double[] {late.length, late[late.length / 2], late[(int) (late.length * 0.9)], mean,
                    java.util.Arrays.stream(late).filter(d -> d > 30).count() / (double) late.length,
                    offered == 0 ? -1 : taken / (double) offered, recent - mean, lastPaid, 1, amounts[amounts.length / 2]});
        }
        return out;
    }
}
