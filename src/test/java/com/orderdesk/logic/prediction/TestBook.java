package com.orderdesk.logic.prediction;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds small books by hand for the engine's tests: each customer's history written out as its habit says. */
final class TestBook {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27); // a Friday
    final List<PaidInvoice> paid = new ArrayList<>();
    final List<OpenInvoice> open = new ArrayList<>();
    private int next = 1;

    /** A paid invoice: issued on {@code issued}, due {@code netDays} later, paid on {@code paidOn}. */
    TestBook paid(String customer, LocalDate issued, int netDays, String terms, double amount, LocalDate paidOn) {
        paid.add(new PaidInvoice("P" + next++, customer, issued, issued.plusDays(netDays), money(amount), terms, paidOn));
        return this;
    }

    TestBook open(String invoiceNo, String customer, LocalDate issued, int netDays, String terms, double amount) {
        open.add(new OpenInvoice(invoiceNo, customer, issued, issued.plusDays(netDays), money(amount), terms));
        return this;
    }

    /** Customers who pay NET 30 invoices on or about their due date, so that the book has usual figures. */
    TestBook background(int customers) {
        Random random = new Random(7);
        for (int c = 0; c < customers; c++) {
            for (LocalDate d = AS_OF.minusMonths(14); d.isBefore(AS_OF.minusDays(45)); d = d.plusDays(20 + random.nextInt(20))) {
                LocalDate issued = weekday(d);
                paid("BG" + c, issued, 30, "NET 30", 500 + random.nextInt(1000), weekday(issued.plusDays(29 + random.nextInt(4))));
            }
        }
        return this;
    }

    PaymentOutlook predict() {
        return new PaymentPredictor().predict(paid, open, AS_OF);
    }

    PaymentPrediction prediction(PaymentOutlook outlook, String invoiceNo) {
        return outlook.predictions().stream().filter(p -> p.invoiceNo().equals(invoiceNo)).findFirst().orElseThrow();
    }

    static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.plusDays(2) : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
