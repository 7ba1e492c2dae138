package com.orderdesk.logic.collections;

import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaymentOutlook;
import com.orderdesk.logic.prediction.PaymentPrediction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prediction engine's answers per invoice summed up per customer, as the worklist caches them
 * for the day: the earliest and latest expected pay dates, the amount-weighted probability of
 * paying over 30 days late, how many days late the money is expected, and the customer's habit.
 */
public record CustomerOutlook(String customerNo, LocalDate firstPay, LocalDate lastPay, double pLate30,
                              long expectedDaysLate, String behaviour) {

    /** One per customer with open invoices in {@code open}, keyed by customer number. */
    public static Map<String, CustomerOutlook> of(List<OpenInvoice> open, PaymentOutlook outlook) {
        Map<String, double[]> sums = new LinkedHashMap<>(); // weight, weighted p, weighted days late
        Map<String, LocalDate[]> dates = new LinkedHashMap<>();
        List<PaymentPrediction> predictions = outlook.predictions();
        for (int i = 0; i < predictions.size(); i++) {
            PaymentPrediction p = predictions.get(i);
            OpenInvoice o = open.get(i);
            double w = Math.max(0.01, o.amount().max(BigDecimal.ZERO).doubleValue());
            double[] s = sums.computeIfAbsent(o.customerNo(), k -> new double[3]);
            s[0] += w;
            s[1] += w * p.pLate30();
            s[2] += w * Math.max(0, ChronoUnit.DAYS.between(o.dueDate(), p.expectedPayDate()));
            LocalDate[] d = dates.computeIfAbsent(o.customerNo(), k -> new LocalDate[] {p.expectedPayDate(), p.expectedPayDate()});
            if (p.expectedPayDate().isBefore(d[0])) {
                d[0] = p.expectedPayDate();
            }
            if (p.expectedPayDate().isAfter(d[1])) {
                d[1] = p.expectedPayDate();
            }
        }
        Map<String, CustomerOutlook> out = new LinkedHashMap<>();
        sums.forEach((customer, s) -> {
            LocalDate[] d = dates.get(customer);
            String habit = outlook.behaviourOf(customer).map(b -> b.summary()).orElse("");
            out.put(customer, new CustomerOutlook(customer, d[0], d[1], s[1] / s[0], Math.round(s[2] / s[0]), habit));
        });
        return out;
    }
}
