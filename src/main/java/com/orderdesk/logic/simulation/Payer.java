package com.orderdesk.logic.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

/**
 * How one simulated customer pays (the kinds of the predict-bench generator): {@code PROMPT} a few
 * days before the due date, {@code LATE} one to six weeks after it, {@code DISCOUNT_TAKER} on the
 * last day of the early-payment discount (else like prompt), {@code PAYMENT_RUN} on its weekly run
 * day for everything due before the next run. And how its bank credit says what it pays: the
 * invoice number as printed, a loose form of it, or nothing.
 */
public record Payer(String customerNo, String bankName, Kind kind, Reference reference, DayOfWeek runDay) {
    public enum Kind { PROMPT, LATE, DISCOUNT_TAKER, PAYMENT_RUN }

    public enum Reference { EXACT, LOOSE, NONE }

    /** A customer's habits, drawn from the run's seed and its number (the same customer pays alike in every variant). */
    public static Payer of(long seed, String customerNo, String name) {
        Random r = new Random(seed * 31 + customerNo.hashCode());
        int k = r.nextInt(100);
        Kind kind = k < 40 ? Kind.PROMPT : k < 65 ? Kind.LATE : k < 80 ? Kind.DISCOUNT_TAKER : Kind.PAYMENT_RUN;
        int f = r.nextInt(100);
        Reference ref = f < 60 ? Reference.EXACT : f < 85 ? Reference.LOOSE : Reference.NONE;
        // a bank shortens long names and drops punctuation: the matcher must still find the customer
        String bank = name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9 ]", "");
        if (r.nextInt(100) < 30 && bank.length() > 16) {
            bank = bank.substring(0, 16).strip();
        }
        return new Payer(customerNo, bank, kind, ref, DayOfWeek.of(1 + r.nextInt(5)));
    }

    /**
     * The business day this customer pays an invoice, drawn once when it is issued.
     *
     * @param discountDays the days of the early-payment discount, 0 when the terms have none
     */
    public LocalDate payDay(LocalDate invoiceDate, LocalDate dueDate, int discountDays, Random r) {
        LocalDate day = switch (kind) {
            case PROMPT -> dueDate.minusDays(r.nextInt(6));
            case LATE -> dueDate.plusDays(5 + r.nextInt(38));
            case DISCOUNT_TAKER -> discountDays > 0 ? invoiceDate.plusDays(Math.max(1, discountDays - r.nextInt(3)))
                    : dueDate.minusDays(r.nextInt(3));
            case PAYMENT_RUN -> dueDate.minusDays(6).with(TemporalAdjusters.nextOrSame(runDay));
        };
        if (day.isBefore(invoiceDate.plusDays(1))) {
            day = invoiceDate.plusDays(1);
        }
        return businessDay(day);
    }

    /** The discount a discount taker keeps back, paying on {@code payDay} (none after the window). */
    public BigDecimal discount(BigDecimal open, BigDecimal discountPercent, LocalDate invoiceDate, int discountDays,
                               LocalDate payDay) {
        if (kind != Kind.DISCOUNT_TAKER || discountPercent.signum() == 0 || payDay.isAfter(invoiceDate.plusDays(discountDays))) {
            return BigDecimal.ZERO;
        }
        return open.multiply(discountPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** What the remittance text says for {@code invoiceNo} ({@code INV-000123}). */
    public String referenceFor(String invoiceNo) {
        return switch (reference) {
            case EXACT -> invoiceNo;
            case LOOSE -> "INV " + invoiceNo.replaceAll("\\D", "").replaceFirst("^0+", "");
            case NONE -> "PAYMENT THANK YOU";
        };
    }

    /** Banks credit on weekdays: a weekend day moves on to Monday. */
    public static LocalDate businessDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
