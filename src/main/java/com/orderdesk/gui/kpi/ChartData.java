package com.orderdesk.gui.kpi;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What one of the dashboard's charts shows (its categories, lines or bars, each point's tooltip), made
 * from a period's report without the toolkit, off the FX thread: the FX thread then only makes the chart's
 * nodes, one chart per pulse ({@link DashboardCharts#node}). Missing figures (a week with no shipment)
 * leave a gap rather than a zero; {@code sentence} is what the chart says in its title's place (null:
 * nothing): that it has nothing to show (a period with no sales, orders or payments showed bare axes),
 * or which months have no DSO for want of sales. {@code percent}: a rate, drawn on an axis from 0 to
 * 100 % (left to itself the axis ran to 110 or 125 % on weeks at 100 %).
 */
public record ChartData(String id, String title, Kind kind, List<String> categories, List<Line> lines, String sentence,
                        boolean percent) {
    /** A chart of lines; the aging bars (a click lists the bucket's invoices); the touchless bars (a channel's orders). */
    public enum Kind { LINES, AGING, TOUCHLESS }

    /** A line or a row of bars; {@code points} hold a value (null: a gap) and a tooltip (null: none) per category. */
    public record Line(String name, List<Point> points) {
    }

    public record Point(Double value, String tip) {
    }

    public ChartData {
        categories = List.copyOf(categories);
        lines = List.copyOf(lines);
    }

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault());
    private static final Formats FORMATS = Formats.forDefaultLocale();
    private static final Function<Period, String> MONTH = ChartData::monthLabel;
    /** A week by its first day, as the application writes month and day ("Sep 7"; it read "7 Sep" beside "Sep 7, 2026"). */
    private static final Function<Period, String> WEEK = p -> FORMATS.monthDay(p.first());

    /** The eight charts of a period's report, in the screen's order (two to a row). */
    public static List<ChartData> of(KpiReport r) {
        List<ChartData> charts = new ArrayList<>();
        // a month the period cuts (the current one: its 1st to today) has the contract's DSO over the
        // days it holds (D its last day, P those days), so it is named by them ("Dec 1–6", not "Dec
        // 2026") and each point's tooltip gives the sum: on the demo book of 6 December, "Dec 2026" at
        // 409 days read as a broken figure; it is six days that held one day of invoicing
        ChartData dso = lines("dsoChart", "DSO and best possible DSO by month (days)", r.byMonth(), MONTH,
                "No invoices issued in the period.",
                series("DSO", KpiFigures::dso, f -> dsoSum(f, "DSO", f.dso(), "receivables", f.arTotal())),
                series("Best possible DSO", KpiFigures::bestPossibleDso,
                        f -> dsoSum(f, "Best possible DSO", f.bestPossibleDso(), "receivables not yet due", f.arCurrent())));
        charts.add(dso.sentence() != null ? dso : dso.saying(monthsWithoutSales(r.byMonth())));
        charts.add(aging(r.figures(), r.figures().period()));
        charts.add(touchless(r.figures()));
        charts.add(lines("autoCashChart", "Auto-applied cash by week (% of payments)", r.byWeek(), WEEK,
                "No payments received in the period.", series("Auto-applied", percent(KpiFigures::autoCashRate), null))
                .inPercent());
        charts.add(lines("splitChart", "Split-shipment rate by week (% of orders shipped)", r.byWeek(), WEEK,
                NOTHING_SHIPPED, series("Split shipments", percent(KpiFigures::splitShipmentRate), null)).inPercent());
        charts.add(lines("costChart", "Cost per order shipped by week ($)", r.byWeek(), WEEK,
                NOTHING_SHIPPED, series("Cost per order", KpiFigures::costPerOrder, null)));
        charts.add(lines("perfectChart", "Perfect order rate by week (%)", r.byWeek(), WEEK,
                NOTHING_SHIPPED, series("Perfect orders", percent(KpiFigures::perfectOrderRate), null)).inPercent());
        charts.add(lines("daysChart", "Days to ship and days to pay by week (median)", r.byWeek(), WEEK,
                "Nothing shipped or paid in the period.",
                series("Days to ship", KpiFigures::daysToShip, null), series("Days to pay", KpiFigures::daysToPay, null)));
        return List.copyOf(charts);
    }

    /** A line of a chart; {@code tip}, when not null, is each point's tooltip. */
    private record Series(String name, Function<KpiFigures, BigDecimal> value, Function<KpiFigures, String> tip) {
    }

    private static Series series(String name, Function<KpiFigures, BigDecimal> value, Function<KpiFigures, String> tip) {
        return new Series(name, value, tip);
    }

    private static final String NOTHING_SHIPPED = "No orders shipped in the period.";

    /** @param empty what the chart says when no span has a figure (every point a gap) */
    private static ChartData lines(String id, String title, List<KpiFigures> spans, Function<Period, String> label,
                                   String empty, Series... series) {
        List<String> categories = spans.stream().map(f -> label.apply(f.period())).toList();
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            List<Point> points = new ArrayList<>(spans.size());
            for (KpiFigures span : spans) {
                BigDecimal v = s.value().apply(span);
                points.add(new Point(v == null ? null : v.doubleValue(), v == null || s.tip() == null ? null : s.tip().apply(span)));
            }
            lines.add(new Line(s.name(), points));
        }
        boolean any = lines.stream().flatMap(l -> l.points().stream()).anyMatch(p -> p.value() != null);
        return new ChartData(id, title, Kind.LINES, categories, lines, any ? null : empty, false);
    }

    private ChartData saying(String said) {
        return new ChartData(id, title, kind, categories, lines, said, percent);
    }

    private ChartData inPercent() {
        return new ChartData(id, title, kind, categories, lines, sentence, true);
    }

    /**
     * A month with no sales has no DSO (the contract's figure is null when S = 0, as the {@code kpi} command
     * gives it for that month): the chart keeps the month as a gap and says why, with what was owed at its
     * end, so that a finance user does not read the gap as a month the screen lost. Null when every month
     * had sales.
     */
    static String monthsWithoutSales(List<KpiFigures> months) {
        List<KpiFigures> without = months.stream().filter(m -> m.dso() == null).toList();
        if (without.isEmpty()) {
            return null;
        }
        if (without.size() == 1) {
            KpiFigures m = without.get(0);
            return "No sales in " + monthLabel(m.period()) + ", so no DSO (receivables "
                    + FORMATS.moneyWithCurrency(m.arTotal()) + ").";
        }
        String first = monthLabel(without.get(0).period());
        String last = monthLabel(without.get(without.size() - 1).period());
        // counted and bounded rather than listed: six names ran past the title's width at 1024 px
        return without.size() == 2 ? "No sales in " + first + " or " + last + ", so no DSO for them."
                : "No sales in " + without.size() + " months (" + first + " to " + last + "): no DSO.";
    }

    private static ChartData aging(KpiFigures f, Period period) {
        List<String> buckets = new ArrayList<>();
        List<Point> bars = new ArrayList<>();
        boolean anyOpen = false;
        for (AgingBucket b : AgingBucket.values()) {
            buckets.add(bucketLabel(b));
            bars.add(new Point(f.aging().get(b).doubleValue(), null));
            anyOpen |= f.aging().get(b).signum() != 0;
        }
        return new ChartData("agingChart", "Receivables by days past due at the period's end", Kind.AGING, buckets,
                List.of(new Line("Open amount ($)", bars)), anyOpen ? null : "Nothing open on " + FORMATS.date(period.last()) + ".",
                false);
    }

    private static ChartData touchless(KpiFigures f) {
        List<String> channels = new ArrayList<>();
        List<Point> bars = new ArrayList<>();
        boolean anyOrders = f.touchlessByChannel().values().stream().anyMatch(java.util.Objects::nonNull);
        for (OrderChannel c : OrderChannel.values()) {
            BigDecimal rate = f.touchlessByChannel().get(c);
            // a channel with no orders has no share: its empty bar said 0 % touchless (the demo's File); with no
            // orders at all the chart's sentence says it once (four long names turned the axis on its side)
            channels.add(rate == null && anyOrders ? channelLabel(c) + ": no orders" : channelLabel(c));
            bars.add(new Point(rate == null ? 0 : rate.movePointRight(2).doubleValue(), null));
        }
        return new ChartData("touchlessChart", "Touchless share of orders by channel (%)", Kind.TOUCHLESS, channels,
                List.of(new Line("Touchless (%)", bars)), anyOrders ? null : "No orders entered in the period.", true);
    }

    public static String bucketLabel(AgingBucket b) {
        return b == AgingBucket.CURRENT ? "Not due" : b == AgingBucket.OVER_90 ? "Over 90" : b.key();
    }

    public static String channelLabel(OrderChannel c) {
        return c == OrderChannel.EDI ? "EDI" : c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A month by name and year ("Nov 2026"); a month the period cuts by its days ("Dec 1–6",
     * "Sep 8–30"): its figures are over those days only.
     */
    static String monthLabel(Period month) {
        boolean whole = month.first().getDayOfMonth() == 1
                && month.last().equals(month.last().with(TemporalAdjusters.lastDayOfMonth()));
        if (whole) {
            return MONTH_YEAR.format(month.first());
        }
        String first = FORMATS.monthDay(month.first());
        return month.days() == 1 ? first : first + "\u2013" + month.last().getDayOfMonth();
    }

    /** "Dec 1, 2026 – Dec 6, 2026 (6 days): DSO 409.2 days = receivables $937,798.30 / sales $13,750.14 × 6 days". */
    static String dsoSum(KpiFigures f, String figure, BigDecimal days, String receivables, BigDecimal amount) {
        int n = f.period().days();
        return FORMATS.date(f.period().first()) + " \u2013 " + FORMATS.date(f.period().last()) + " (" + n + (n == 1 ? " day" : " days")
                + "): " + figure + " " + days + " days = " + receivables + " " + FORMATS.moneyWithCurrency(amount) + " / sales "
                + FORMATS.moneyWithCurrency(f.basis().sales()) + " \u00d7 " + n + (n == 1 ? " day" : " days");
    }

    private static Function<KpiFigures, BigDecimal> percent(Function<KpiFigures, BigDecimal> rate) {
        return f -> rate.apply(f) == null ? null : rate.apply(f).movePointRight(2);
    }
}
