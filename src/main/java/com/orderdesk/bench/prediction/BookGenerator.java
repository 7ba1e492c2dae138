package com.orderdesk.bench.prediction;

import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's own books: customers of every kind the engine is meant to learn, mixed (one
 * customer may take discounts, pay in a monthly run and get slower) and noisy (each payment's
 * lateness varies, cheques take days to arrive, one invoice in fifty is disputed and paid weeks
 * late, weekend payments arrive on Monday). Each customer is simulated past the as-of date, so
 * the open invoices' real pay dates are known.
 */
public final class BookGenerator {
    static final String[] TERMS = {"NET 30", "2/10 NET 30", "NET 45", "NET 60", "1/10 NET 30", "NET 15",
            "DUE ON RECEIPT", "NET 10 EOM"};
    private static final double[] TERMS_SHARE = {0.42, 0.20, 0.10, 0.08, 0.06, 0.05, 0.05, 0.04};
    private static final int[] RUN_DAYS = {1, 5, 10, 15, 20, 25, 28, 31};
    private static final int HISTORY_MONTHS = 30;

    private BookGenerator() {
    }

    /** Generates customers until about {@code openTarget} invoices are open, then keeps the latest {@code paidTarget} paid. */
    public static GeneratedBook generate(long seed, int openTarget, int paidTarget, LocalDate asOf) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SimulatedInvoice> all = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        int open = 0;
        for (int c = 1; open < openTarget; c++) {
            SplittableRandom rng = root.split();
            Profile p = Profile.random("C" + (10000 + c), rng, asOf);
            kinds.put(p.customerNo, p.kind());
            for (SimulatedInvoice s : simulate(p, rng, asOf)) {
                all.add(s);
                if (!s.invoiceDate().isAfter(asOf) && (s.paid() == null || s.paid().isAfter(asOf))) {
                    open++;
                }
            }
        }
        return BookAssembler.assemble("own (seed " + seed + ")", asOf, all, paidTarget, kinds);
    }

    /** One customer's habits. */
    static final class Profile {
        String customerNo;
        String terms;
        double invoicesPerMonth;
        double amountMedian;
        double amountSigma;
        double lag;
        double lagSd;
        double discountTake;
        int runKind; // 0 none, 1 monthly, 2 weekly
        int runDay;
        DayOfWeek runWeekday;
        boolean runToFriday;
        boolean cheque;
        double amountSlope;
        double trend;
        LocalDate trendStart;
        int seasonMonth = -1;
        double seasonDays;
        LocalDate stop;
        LocalDate firstInvoice;
        LocalDate lastInvoice;
        double disputeRate;

        static Profile random(String no, SplittableRandom rng, LocalDate asOf) {
            Profile p = new Profile();
            p.customerNo = no;
            p.terms = TERMS[pick(TERMS_SHARE, rng)];
            p.invoicesPerMonth = Math.exp(Math.log(1.6) + 0.8 * gaussian(rng));
            p.amountMedian = Math.exp(Math.log(900) + 1.0 * gaussian(rng));
            p.amountSigma = 0.4 + 0.6 * rng.nextDouble();
            double u = rng.nextDouble();
            p.lag = u < 0.35 ? 2 * gaussian(rng) + 1 : u < 0.75 ? 3 + 17 * rng.nextDouble()
                    : u < 0.9 ? 20 + 25 * rng.nextDouble() : -1 - 6 * rng.nextDouble();
            p.lagSd = Math.exp(Math.log(1.5) + rng.nextDouble() * Math.log(6));
            if (p.terms.contains("/")) {
                p.discountTake = rng.nextDouble() < 0.6 ? 0.7 + 0.28 * rng.nextDouble() : 0.15 * rng.nextDouble();
            }
            double run = rng.nextDouble();
            p.runKind = run < 0.30 ? 1 : run < 0.45 ? 2 : 0;
            p.runDay = RUN_DAYS[rng.nextInt(RUN_DAYS.length)];
            p.runWeekday = DayOfWeek.of(1 + rng.nextInt(5));
            p.runToFriday = rng.nextDouble() < 0.3;
            p.cheque = rng.nextDouble() < 0.4;
            if (rng.nextDouble() < 0.25) {
                p.amountSlope = 2 + 5 * rng.nextDouble();
            }
            if (rng.nextDouble() < 0.2) {
                p.trend = rng.nextDouble() < 0.7 ? 0.5 + 2 * rng.nextDouble() : -0.5 - rng.nextDouble();
                p.trendStart = asOf.minusMonths(3 + rng.nextInt(10));
            }
            if (rng.nextDouble() < 0.15) {
                p.seasonMonth = new int[] {11, 6, 2}[rng.nextInt(3)];
                p.seasonDays = 6 + 12 * rng.nextDouble();
            }
            p.firstInvoice = asOf.minusMonths(HISTORY_MONTHS);
            p.lastInvoice = asOf;
            if (rng.nextDouble() < 0.08) {
                p.firstInvoice = asOf.minusDays(10 + rng.nextInt(90));
            }
            if (rng.nextDouble() < 0.03) {
                p.stop = asOf.minusDays(20 + rng.nextInt(130));
                p.lastInvoice = p.stop.plusDays(rng.nextInt(45));
            } else if (rng.nextDouble() < 0.08) {
                p.lastInvoice = asOf.minusDays(rng.nextInt(400)); // stopped buying, paid up
            }
            p.disputeRate = 0.02;
            return p;
        }

        String kind() {
            if (stop != null) {
                return "stopped";
            }
            if (firstInvoice.isAfter(lastInvoice.minusMonths(4))) {
                return "new";
            }
            if (trend != 0) {
                return trend > 0 ? "worsening" : "improving";
            }
            if (seasonMonth >= 0) {
                return "seasonal";
            }
            if (discountTake > 0.5) {
                return "discount";
            }
            if (runKind == 1) {
                return "monthly run";
            }
            if (runKind == 2) {
                return "weekly run";
            }
            return amountSlope > 0 ? "large later" : "plain";
        }
    }

    static List<SimulatedInvoice> simulate(Profile p, SplittableRandom rng, LocalDate asOf) {
        List<SimulatedInvoice> out = new ArrayList<>();
        PaymentTerms terms = PaymentTerms.parse(p.terms);
        double perDay = p.invoicesPerMonth / 30.44;
        LocalDate day = p.firstInvoice.plusDays((long) (-Math.log(1 - rng.nextDouble()) / perDay));
        while (!day.isAfter(p.lastInvoice)) {
            LocalDate invoiceDate = day.getDayOfWeek().getValue() > 5 ? day.plusDays(8 - day.getDayOfWeek().getValue()) : day;
            if (!invoiceDate.isAfter(asOf)) {
                BigDecimal amount = BigDecimal.valueOf(Math.max(20, p.amountMedian * Math.exp(p.amountSigma * gaussian(rng))))
                        .setScale(2, RoundingMode.HALF_UP);
                PaymentSchedule schedule = terms.scheduleFor(invoiceDate);
                LocalDate paid = payDay(p, rng, schedule, amount.doubleValue());
                if (p.stop != null && paid.isAfter(p.stop)) {
                    paid = null;
                }
                out.add(new SimulatedInvoice(p.customerNo, invoiceDate, schedule.dueDate(), amount, p.terms, paid));
            }
            day = day.plusDays(1 + (long) (-Math.log(1 - rng.nextDouble()) / perDay));
        }
        return out;
    }

    private static LocalDate payDay(Profile p, SplittableRandom rng, PaymentSchedule schedule, double amount) {
        LocalDate due = schedule.dueDate();
        LocalDate paid;
        if (schedule.discountDate() != null && rng.nextDouble() < p.discountTake) {
            paid = schedule.discountDate().minusDays(rng.nextInt(4));
        } else {
            double months = p.trendStart == null || due.isBefore(p.trendStart) ? 0
                    : (due.toEpochDay() - p.trendStart.toEpochDay()) / 30.44;
            double lateness = Math.max(-5, p.lag + p.trend * months) + p.lagSd * gaussian(rng)
                    + p.amountSlope * Math.log(amount / p.amountMedian);
            int month = due.getMonthValue() - 1;
            if (p.seasonMonth >= 0 && (month == p.seasonMonth || month == (p.seasonMonth + 1) % 12)) {
                lateness += p.seasonDays;
            }
            if (rng.nextDouble() < p.disputeRate) {
                lateness += 25 + 75 * rng.nextDouble();
            }
            paid = due.plusDays(Math.round(lateness));
            if (p.runKind == 1) {
                paid = nextMonthlyRun(paid, p.runDay, p.runToFriday);
            } else if (p.runKind == 2) {
                paid = paid.plusDays(Math.floorMod(p.runWeekday.getValue() - paid.getDayOfWeek().getValue(), 7));
            }
        }
        paid = paid.plusDays(p.cheque ? 1 + rng.nextInt(4) : rng.nextDouble() < 0.3 ? 1 : 0);
        paid = nextBusinessDay(paid);
        return paid.isBefore(schedule.invoiceDate()) ? schedule.invoiceDate() : paid;
    }

    static LocalDate nextMonthlyRun(LocalDate ready, int day, boolean toFriday) {
        LocalDate month = ready.withDayOfMonth(1).minusMonths(1);
        for (int i = 0; i < 4; i++, month = month.plusMonths(1)) {
            LocalDate run = month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
            int dow = run.getDayOfWeek().getValue();
            if (dow > 5) {
                run = toFriday ? run.minusDays(dow - 5) : run.plusDays(8 - dow);
            }
            if (!run.isBefore(ready)) {
                return run;
            }
        }
        throw new IllegalStateException("no run after " + ready);
    }

    static LocalDate nextBusinessDay(LocalDate d) {
        int dow = d.getDayOfWeek().getValue();
        return dow > 5 ? d.plusDays(8 - dow) : d;
    }

    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    static int pick(double[] shares, SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
