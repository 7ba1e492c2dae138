package com.orderdesk.bench.prediction;

import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A second, independently built generator, to check the engine was not fitted to its own
 * benchmark. It shares no behaviour code or parameter with {@link BookGenerator} and shapes
 * customers by trade segment instead of by trait: retail chains paying on the 15th and the last
 * day of the month, public bodies paying slowly with a fiscal-year-end slowdown, small trades
 * paying by cheque on Fridays, corporates whose large invoices wait for a second approval,
 * discount chasers who skip the discount when cash is short, lateness that drifts as a random walk
 * instead of a straight trend, heavy-tailed (Laplace) noise, US bank holidays and a year-end
 * office closure the engine knows nothing about, customers that slow down before they stop, and a
 * few that stop for a while and then pay everything in one go.
 */
public final class VariantBookGenerator {
    private static final String[] TERMS = {"NET 30", "NET 45", "NET 60", "2/10 NET 30", "1/15 NET 45", "NET 10 EOM",
            "NET 20", "DUE ON RECEIPT"};
    private static final double[] TERMS_SHARE = {0.35, 0.15, 0.12, 0.10, 0.08, 0.08, 0.06, 0.06};
    private static final String[] SEGMENTS = {"retail chain", "public body", "small trade", "corporate", "discount chaser",
            "wholesaler"};
    private static final double[] SEGMENT_SHARE = {0.15, 0.10, 0.25, 0.20, 0.10, 0.20};
    private static final int HISTORY_MONTHS = 20;

    private VariantBookGenerator() {
    }

    public static GeneratedBook generate(long seed, int openTarget, int paidTarget, LocalDate asOf) {
        SplittableRandom root = new SplittableRandom(seed * 7919 + 17);
        List<SimulatedInvoice> all = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        int open = 0;
        for (int c = 1; open < openTarget; c++) {
            SplittableRandom rng = root.split();
            Account a = Account.draw("K-" + (5000 + c), rng, asOf);
            kinds.put(a.no, a.label());
            for (SimulatedInvoice s : a.simulate(rng, asOf)) {
                all.add(s);
                if (!s.invoiceDate().isAfter(asOf) && (s.paid() == null || s.paid().isAfter(asOf))) {
                    open++;
                }
            }
        }
        return BookAssembler.assemble("variant (seed " + seed + ")", asOf, all, paidTarget, kinds);
    }

    private static final class Account {
        String no;
        String segment;
        String terms;
        double meanGapDays;
        boolean billsFridays;
        double sizeLog;
        double sizeSpread;
        double lag;
        double noise;
        boolean twiceMonthly;
        boolean fridayCheques;
        double approvalLimit = Double.MAX_VALUE;
        double approvalDays;
        double discountUnless = -1;
        double drift;
        boolean fiscalSlowdown;
        LocalDate start;
        LocalDate end;
        LocalDate slowFrom;
        LocalDate stoppedOn;
        LocalDate resumesOn;

        static Account draw(String no, SplittableRandom rng, LocalDate asOf) {
            Account a = new Account();
            a.no = no;
            a.segment = SEGMENTS[BookGenerator.pick(SEGMENT_SHARE, rng)];
            a.terms = TERMS[BookGenerator.pick(TERMS_SHARE, rng)];
            a.meanGapDays = 6 + 40 * Math.pow(rng.nextDouble(), 1.5);
            a.billsFridays = rng.nextDouble() < 0.2;
            a.sizeLog = Math.log(250) + 2.2 * rng.nextDouble();
            a.sizeSpread = 0.3 + 0.8 * rng.nextDouble();
            a.noise = 1 + 5 * rng.nextDouble();
            switch (a.segment) {
                case "retail chain" -> {
                    a.twiceMonthly = true;
                    a.lag = -6 + 16 * rng.nextDouble();
                    a.sizeLog += 1;
                }
                case "public body" -> {
                    a.lag = 25 + 40 * rng.nextDouble();
                    a.noise += 4;
                    a.fiscalSlowdown = true;
                    a.terms = "NET 30";
                }
                case "small trade" -> {
                    a.fridayCheques = rng.nextDouble() < 0.5;
                    a.lag = 10 * rng.nextDouble() + (rng.nextDouble() < 0.3 ? 15 : 0);
                }
                case "corporate" -> {
                    a.lag = -1 + 3 * rng.nextDouble();
                    a.noise = 0.5 + 1.5 * rng.nextDouble();
                    a.approvalLimit = Math.exp(a.sizeLog + a.sizeSpread);
                    a.approvalDays = 8 + 14 * rng.nextDouble();
                }
                case "discount chaser" -> {
                    a.terms = rng.nextDouble() < 0.5 ? "2/10 NET 30" : "1/15 NET 45";
                    a.discountUnless = Math.exp(a.sizeLog + 1.2 * a.sizeSpread);
                    a.lag = 2 + 6 * rng.nextDouble();
                }
                default -> a.lag = -3 + 25 * rng.nextDouble();
            }
            if (rng.nextDouble() < 0.3) {
                a.drift = 0.8 + 1.7 * rng.nextDouble();
            }
            a.start = asOf.minusMonths(HISTORY_MONTHS);
            a.end = asOf;
            if (rng.nextDouble() < 0.10) {
                a.start = asOf.minusDays(15 + rng.nextInt(110));
            }
            double fate = rng.nextDouble();
            if (fate < 0.04) {
                a.stoppedOn = asOf.minusDays(15 + rng.nextInt(120));
                a.slowFrom = a.stoppedOn.minusDays(60 + rng.nextInt(40));
                a.end = a.stoppedOn.plusDays(rng.nextInt(60));
            } else if (fate < 0.05) {
                a.stoppedOn = asOf.minusDays(20 + rng.nextInt(60));
                a.resumesOn = asOf.plusDays(10 + rng.nextInt(50));
            }
            return a;
        }

        String label() {
            if (stoppedOn != null) {
                return resumesOn != null ? "v:paused" : "v:stopped";
            }
            if (start.isAfter(end.minusMonths(5))) {
                return "v:new";
            }
            return "v:" + segment + (drift != 0 ? " drift" : "");
        }

        List<SimulatedInvoice> simulate(SplittableRandom rng, LocalDate asOf) {
            List<SimulatedInvoice> out = new ArrayList<>();
            PaymentTerms parsed = PaymentTerms.parse(terms);
            // The random walk: one step a month, so each customer drifts its own way.
            double[] walk = new double[HISTORY_MONTHS + 8];
            for (int m = 1; m < walk.length; m++) {
                walk[m] = walk[m - 1] + (drift == 0 ? 0 : drift * laplace(rng) * 0.7 + drift * 0.3);
            }
            LocalDate day = start.plusDays(rng.nextInt((int) Math.max(1, meanGapDays)));
            while (!day.isAfter(end) && !day.isAfter(asOf)) {
                LocalDate issued = billsFridays ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)) : weekday(day);
                if (issued.isAfter(asOf)) {
                    break;
                }
                double amount = Math.max(15, Math.exp(sizeLog + sizeSpread * BookGenerator.gaussian(rng)));
                BigDecimal money = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
                PaymentSchedule s = parsed.scheduleFor(issued);
                int monthIndex = (int) Math.min(walk.length - 1, Math.max(0,
                        (s.dueDate().toEpochDay() - start.toEpochDay()) / 30));
                out.add(new SimulatedInvoice(no, issued, s.dueDate(), money, terms, pay(s, amount, walk[monthIndex], rng)));
                day = day.plusDays(Math.max(1, Math.round(meanGapDays * -Math.log(1 - rng.nextDouble()))));
            }
            return out;
        }

        private LocalDate pay(PaymentSchedule s, double amount, double walked, SplittableRandom rng) {
            LocalDate paid;
            if (s.discountDate() != null && discountUnless > 0 && amount < discountUnless && rng.nextDouble() < 0.92) {
                paid = s.discountDate().minusDays(rng.nextInt(3));
            } else {
                double late = lag + walked + noise * laplace(rng);
                if (amount > approvalLimit) {
                    late += approvalDays;
                }
                if (fiscalSlowdown && s.dueDate().getMonth() == Month.SEPTEMBER) {
                    late += 15;
                }
                if (slowFrom != null && s.dueDate().isAfter(slowFrom)) {
                    late += (s.dueDate().toEpochDay() - slowFrom.toEpochDay()) * 0.4;
                }
                if (rng.nextDouble() < 0.03) {
                    if (rng.nextDouble() < 0.2) {
                        return null; // disputed and written off
                    }
                    late += 15 + 135 * rng.nextDouble();
                }
                paid = s.dueDate().plusDays(Math.round(late));
                if (twiceMonthly) {
                    paid = paid.getDayOfMonth() <= 15 ? paid.withDayOfMonth(15) : paid.with(TemporalAdjusters.lastDayOfMonth());
                    paid = previousBusinessDay(paid);
                } else if (fridayCheques) {
                    paid = paid.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).plusDays(3 + rng.nextInt(3));
                }
            }
            paid = bankDay(paid);
            if (paid.isBefore(s.invoiceDate())) {
                paid = s.invoiceDate();
            }
            if (stoppedOn != null && paid.isAfter(stoppedOn)) {
                return resumesOn == null ? null : bankDay(resumesOn);
            }
            return paid;
        }
    }

    private static double laplace(SplittableRandom rng) {
        double u = rng.nextDouble() - 0.5;
        return -Math.signum(u) * Math.log(1 - 2 * Math.abs(u)) / Math.sqrt(2);
    }

    private static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek().getValue() > 5 ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d;
    }

    private static LocalDate previousBusinessDay(LocalDate d) {
        while (d.getDayOfWeek().getValue() > 5 || holiday(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Money arrives on bank days; the office is closed from 23 December to 2 January. */
    private static LocalDate bankDay(LocalDate d) {
        if ((d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 23) || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() <= 2)) {
            d = LocalDate.of(d.getMonth() == Month.DECEMBER ? d.getYear() + 1 : d.getYear(), 1, 3);
        }
        while (d.getDayOfWeek().getValue() > 5 || holiday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean holiday(LocalDate d) {
        int y = d.getYear();
        return d.equals(LocalDate.of(y, 1, 1)) || d.equals(LocalDate.of(y, 7, 4)) || d.equals(LocalDate.of(y, 12, 25))
                || d.equals(LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)))
                || d.equals(LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
                || d.equals(LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    }
}
