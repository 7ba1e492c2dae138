package com.orderdesk.logic.simulation;

import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.common.PaperMoney;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one-page report of a run, as lines of fixed-width text (the text file, and the PDF prints the
 * same lines): the headline figures of each variant side by side, then each variant's figures by
 * week.
 */
public final class SimulationReport {
    /**
     * The widest line: the PDF prints 8 pt DejaVu Sans Mono (4.8 pt a character) across the 540 pt of
     * a Letter page in portrait, which holds 112 characters; a note longer than this is wrapped at a
     * space, its following lines indented, so nothing runs off the page (or past a terminal's width
     * in the text file).
     */
    public static final int WIDTH = 110;

    /** Dates as every other report prints them ("Nov 27, 2026"), not ISO. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** One variant of a comparison (or the only one): its name, its whole-run figures and its weeks. */
    public record Column(String name, String policies, KpiFigures whole, List<KpiFigures> weeks, List<String> notes) {
        public Column {
            weeks = List.copyOf(weeks);
            notes = List.copyOf(notes);
        }
    }

    private SimulationReport() {
    }

    public static List<String> lines(String title, List<Column> columns) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add("");
        for (Column c : columns) {
            out.add(c.name() + ": " + c.policies());
        }
        out.add("");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-30s", "Figure (whole run)"));
        String cell = "%" + columnWidth(columns) + "s";
        columns.forEach(c -> head.append(String.format(Locale.ROOT, cell, c.name())));
        out.add(head.toString());
        row(out, columns, "Touchless order share", f -> pct(f.touchlessOrderRate()));
        for (OrderChannel ch : OrderChannel.values()) {
            row(out, columns, "  touchless " + ch.name().toLowerCase(Locale.ROOT), f -> pct(f.touchlessByChannel().get(ch)));
        }
        row(out, columns, "Auto-applied cash", f -> pct(f.autoCashRate()));
        row(out, columns, "Split shipments", f -> pct(f.splitShipmentRate()));
        row(out, columns, "Cost per order", f -> money(f.costPerOrder()));
        row(out, columns, "Perfect orders", f -> pct(f.perfectOrderRate()));
        row(out, columns, "DSO (days)", f -> num(f.dso()));
        row(out, columns, "Best possible DSO (days)", f -> num(f.bestPossibleDso()));
        row(out, columns, "Average days delinquent", f -> num(f.averageDaysDelinquent()));
        row(out, columns, "CEI", f -> num(f.cei()));
        row(out, columns, "Days to ship (median)", f -> num(f.daysToShip()));
        row(out, columns, "Days to pay (median)", f -> num(f.daysToPay()));
        row(out, columns, "Receivables at the end", f -> money(f.arTotal()));
        row(out, columns, "Orders entered", f -> String.valueOf(f.basis().ordersEntered()));
        row(out, columns, "Payments received", f -> String.valueOf(f.basis().paymentsReceived()));
        for (Column c : columns) {
            out.add("");
            out.add("By week, " + c.name() + ":");
            out.add(String.format(Locale.ROOT, "%-14s%8s%11s%10s%8s%10s%8s%8s", "Week ending", "Orders", "Touchless",
                    "Auto cash", "Split", "Cost USD", "DSO", "Best"));
            for (KpiFigures w : c.weeks()) {
                out.add(String.format(Locale.ROOT, "%-14s%8d%11s%10s%8s%10s%8s%8s", date(w.period().last()), w.basis().ordersEntered(),
                        pct(w.touchlessOrderRate()), pct(w.autoCashRate()), pct(w.splitShipmentRate()), figure(w.costPerOrder()),
                        num(w.dso()), num(w.bestPossibleDso())));
            }
            c.notes().forEach(n -> out.addAll(wrapped("  ", n)));
        }
        return out;
    }

    /** {@code text} after {@code indent}, cut at spaces into lines of at most {@link #WIDTH}; later lines indented two more. */
    static List<String> wrapped(String indent, String text) {
        List<String> lines = new ArrayList<>();
        String prefix = indent;
        String rest = text.strip();
        while (prefix.length() + rest.length() > WIDTH) {
            int room = WIDTH - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room; // one word longer than the line: cut it rather than let it run off
            }
            lines.add(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).strip();
            prefix = indent + "    ";
        }
        lines.add(prefix + rest);
        return lines;
    }

    /** 16 characters, or wider so that two long variant names ("collections-off") keep two spaces between them. */
    private static int columnWidth(List<Column> columns) {
        return Math.max(16, 2 + columns.stream().mapToInt(c -> c.name().length()).max().orElse(0));
    }

    private static void row(List<String> out, List<Column> columns, String label, Function<KpiFigures, String> value) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-30s", label));
        String cell = "%" + columnWidth(columns) + "s";
        columns.forEach(c -> b.append(String.format(Locale.ROOT, cell, value.apply(c.whole()))));
        out.add(b.toString());
    }

    /** "Nov 27, 2026": the app's date format on paper. */
    public static String date(LocalDate d) {
        return d == null ? "-" : DATE.format(d);
    }

    static String pct(BigDecimal rate) {
        return rate == null ? "-" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /**
     * An amount in a row of mixed figures, in the house form of paper ("USD 112,110.11", ux.md); with
     * thousands separators, since "$112110.11" was hard to read at a glance.
     */
    static String money(BigDecimal v) {
        return v == null ? "-" : PaperMoney.withCode(v);
    }

    /** A figure in the weekly table's money column, whose title names the currency once. */
    static String figure(BigDecimal v) {
        return v == null ? "-" : PaperMoney.figure(v);
    }

    static String num(BigDecimal v) {
        return v == null ? "-" : v.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
