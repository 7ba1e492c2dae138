package com.orderdesk.gui.kpi;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.common.PaperMoney;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a headline figure and its change read: "51.2 days", "92.4%", "$17.37"; the change against
 * the previous period as "+3.1 days", "-2.4 pts" (percentage points), with a word for better or
 * worse so the tile never relies on colour alone.
 */
public final class HeadlineText {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private final Locale locale;
    private final boolean paper;

    public HeadlineText(Locale locale) {
        this(locale, false);
    }

    private HeadlineText(Locale locale, boolean paper) {
        this.locale = locale;
        this.paper = paper;
    }

    /**
     * The words of the PDF pack: amounts in the documents' house form, "USD 1,289,122.41" and a change
     * "USD +2.37" (PaperMoney; ux.md, amounts on paper); the screen keeps its own "$" ({@link Formats}).
     */
    public static HeadlineText forPaper(Locale locale) {
        return new HeadlineText(locale, true);
    }

    public String value(Headline h, BigDecimal v) {
        if (v == null) {
            return "n/a";
        }
        return switch (h.unit()) {
            case DAYS -> number(v, 1) + " days";
            case MONEY -> money(v);
            case RATE -> number(v.movePointRight(2), 1) + "%";
            case PERCENT -> number(v, 1) + "%";
        };
    }

    /**
     * The value as a tile shows it: money of a million or more in millions ("$58.98M"), since a
     * tile at 1366 px cut "$58,979,512.34" to "$58,979,5..."; the tooltip and the PDF pack keep
     * the whole amount ({@link #value}).
     */
    public String tileValue(Headline h, BigDecimal v) {
        if (v == null || h.unit() != Headline.Unit.MONEY || v.abs().compareTo(MILLION) < 0) {
            return value(h, v);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        String sign = v.signum() < 0 ? "-" : "";
        return sign + Formats.CURRENCY.getSymbol(locale) + f.format(v.abs().divide(MILLION, 2, RoundingMode.HALF_UP)) + "M";
    }

    /** The change from {@code before} to {@code now}, or a sentence why there is none. */
    public String change(Headline h, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "no figure to compare";
        }
        BigDecimal d = now.subtract(before);
        String sign = d.signum() > 0 ? "+" : d.signum() < 0 ? "\u2212" : "\u00b1";
        BigDecimal a = d.abs();
        String amount = switch (h.unit()) {
            case DAYS -> number(a, 1) + " days";
            case MONEY -> money(a);
            case RATE -> number(a.movePointRight(2), 1) + " pts";
            case PERCENT -> number(a, 1) + " pts";
        };
        String verdict = verdict(h, d);
        String signed = paper && h.unit() == Headline.Unit.MONEY
                ? PaperMoney.CODE + " " + sign + PaperMoney.figure(a) : sign + amount;
        return signed + ("same".equals(verdict) ? ", as in the previous period" : ", " + verdict + " than the previous period");
    }

    /**
     * The change in short words ("+1.3 days, worse than before") for a tile and the PDF pack: the
     * sentence of {@link #change} is cut at a tile's width at 1366 px and overflowed the pack's column.
     */
    public String shortChange(Headline h, BigDecimal now, BigDecimal before) {
        return change(h, now, before).replace(", as in the previous period", ", same as before")
                .replace(" than the previous period", " than before");
    }

    /** The short change in two lines for a tile ("+1.3 days" / "worse than before"); the tooltip has the sentence. */
    public String tileChange(Headline h, BigDecimal now, BigDecimal before) {
        return now == null || before == null ? "no figure\nto compare" : shortChange(h, now, before).replaceFirst(", ", "\n");
    }

    /**
     * A tile's tooltip: the whole figure and change, what the figure is (in the words of the kpi contract),
     * and how to list its documents. It said only the first and the last, so "DSO", "Countback DSO" or
     * "Collection effectiveness" was an abbreviation a new finance user had to look up, and "Cost per
     * order" did not say which orders or which costs (newuser18, tour of 7 December).
     */
    public String tooltip(Headline h, BigDecimal now, BigDecimal before) {
        return h.label() + ": " + value(h, now) + "; " + change(h, now, before) + ".\n" + meaning(h)
                + "\nSpace or a click lists the documents behind it.";
    }

    /** What a figure is, for someone who has not read the contract (src/site/markdown/contracts/kpi.md). */
    public static String meaning(Headline h) {
        return switch (h) {
            case DSO -> "Days sales outstanding: the receivables at the period's end divided by the period's credit sales,"
                    + " times its days.";
            case BEST_POSSIBLE_DSO -> "The DSO if every customer paid on the due date: only the receivables not yet due,"
                    + " divided by the period's credit sales, times its days.";
            case AVERAGE_DAYS_DELINQUENT -> "The days late payment adds: DSO less best possible DSO.";
            case DSO_COUNTBACK -> "The receivables counted back against the sales of the latest 30-day blocks: each block"
                    + " still wholly unpaid adds 30 days, the last a part of 30 (at most 360).";
            case CEI -> "Collection effectiveness index: of what could be collected in the period (the receivables at its"
                    + " start plus its sales, less what is not yet due), the share that was.";
            case AR_TOTAL -> "Receivables: the open amount of every invoice at the period's end.";
            case TOUCHLESS -> "Of the orders entered in the period, the share no person acted on after capture (no review,"
                    + " credit release, routing override or correction).";
            case AUTO_CASH -> "Of the payments received in the period, the share applied with no person confirming it.";
            case SPLIT_SHIPMENTS -> "Of the orders shipped in the period, the share that took two shipments or more.";
            case COST_PER_ORDER -> "Shipping plus handling cost of the orders shipped in the period, divided by their number.";
            case PERFECT_ORDERS -> "Of the orders shipped in the period, the share shipped complete, on time, with no damage"
                    + " or return claim and an invoice that needed no correction.";
            case DAYS_TO_SHIP -> "The median days from entry to the last shipment, over the orders shipped in the period.";
            case DAYS_TO_PAY -> "The median days from invoice to paid in full, over the invoices paid off in the period.";
        };
    }

    /** "better", "worse" or "same" (by the figure's direction). */
    public static String verdict(Headline h, BigDecimal change) {
        if (change.signum() == 0) {
            return "same";
        }
        return (change.signum() > 0) == h.higherIsBetter() ? "better" : "worse";
    }

    private String number(BigDecimal v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** With the sign: a tile holds days, percentages and amounts side by side (the rule in {@link Formats}). */
    private String money(BigDecimal v) {
        return paper ? PaperMoney.withCode(v) : Formats.forLocale(locale).moneyWithCurrency(v);
    }
}
