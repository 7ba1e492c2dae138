package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.gui.common.Formats;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The dashboard's charts, built from a period's report (on the FX thread; the numbers are already
 * computed). Bars of aging and of touchless share are clickable: they drill down to the invoices
 * of the bucket and the touched orders of the channel. Missing figures (a week with no shipment)
 * leave a gap rather than a zero.
 */
public final class DashboardCharts {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault());
    private static final Formats FORMATS = Formats.forDefaultLocale();
    private static final Function<Period, String> MONTH = DashboardCharts::monthLabel;
    /** A week by its first day, as the application writes month and day ("Sep 7"; it read "7 Sep" beside "Sep 7, 2026"). */
    private static final Function<Period, String> WEEK = p -> FORMATS.monthDay(p.first());

    /** A chart and its title, for the screen and the PDF pack alike. */
    public record Chart(String id, String title, XYChart<String, Number> node) {
    }

    private DashboardCharts() {
    }

    public static List<Chart> build(KpiReport r, Consumer<AgingBucket> onBucket, Consumer<OrderChannel> onChannel) {
        List<Chart> charts = new ArrayList<>();
        // a month the period cuts (the current one: its 1st to today) has the contract's DSO over the
        // days it holds (D its last day, P those days), so it is named by them ("Dec 1–6", not "Dec
        // 2026") and each point's tooltip gives the sum: on the demo book of 6 December, "Dec 2026" at
        // 409 days read as a broken figure; it is six days that held one day of invoicing
        charts.add(new Chart("dsoChart", "DSO and best possible DSO by month (days)", lines(r.byMonth(), MONTH,
                series("DSO", KpiFigures::dso, f -> dsoSum(f, "DSO", f.dso(), "receivables", f.arTotal())),
                series("Best possible DSO", KpiFigures::bestPossibleDso,
                        f -> dsoSum(f, "Best possible DSO", f.bestPossibleDso(), "receivables not yet due", f.arCurrent())))));
        charts.add(new Chart("agingChart", "Receivables by days past due at the period's end", aging(r.figures(), onBucket)));
        charts.add(new Chart("touchlessChart", "Touchless share of orders by channel (%)", touchless(r.figures(), onChannel)));
        charts.add(new Chart("autoCashChart", "Auto-applied cash by week (% of payments)", lines(r.byWeek(), WEEK,
                series("Auto-applied", percent(KpiFigures::autoCashRate)))));
        charts.add(new Chart("splitChart", "Split-shipment rate by week (% of orders shipped)", lines(r.byWeek(), WEEK,
                series("Split shipments", percent(KpiFigures::splitShipmentRate)))));
        charts.add(new Chart("costChart", "Cost per order shipped by week ($)", lines(r.byWeek(), WEEK,
                series("Cost per order", KpiFigures::costPerOrder))));
        charts.add(new Chart("perfectChart", "Perfect order rate by week (%)", lines(r.byWeek(), WEEK,
                series("Perfect orders", percent(KpiFigures::perfectOrderRate)))));
        charts.add(new Chart("daysChart", "Days to ship and days to pay by week (median)", lines(r.byWeek(), WEEK,
                series("Days to ship", KpiFigures::daysToShip), series("Days to pay", KpiFigures::daysToPay))));
        return charts;
    }

    /** A line of a chart; {@code tip}, when not null, is each point's tooltip. */
    private record Series(String name, Function<KpiFigures, BigDecimal> value, Function<KpiFigures, String> tip) {
    }

    private static Series series(String name, Function<KpiFigures, BigDecimal> value) {
        return new Series(name, value, null);
    }

    private static Series series(String name, Function<KpiFigures, BigDecimal> value, Function<KpiFigures, String> tip) {
        return new Series(name, value, tip);
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

    private static LineChart<String, Number> lines(List<KpiFigures> spans, Function<Period, String> label, Series... series) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        List<String> categories = spans.stream().map(f -> label.apply(f.period())).toList();
        x.getCategories().setAll(categories);
        for (Series s : series) {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(s.name());
            for (int i = 0; i < spans.size(); i++) {
                BigDecimal v = s.value().apply(spans.get(i));
                if (v != null) {
                    XYChart.Data<String, Number> point = new XYChart.Data<>(categories.get(i), v.doubleValue());
                    line.getData().add(point);
                    if (s.tip() != null) {
                        tooltip(point, s.tip().apply(spans.get(i)));
                    }
                }
            }
            chart.getData().add(line);
        }
        style(chart, series.length > 1);
        return chart;
    }

    private static BarChart<String, Number> aging(KpiFigures f, Consumer<AgingBucket> onBucket) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        bars.setName("Open amount ($)");
        for (AgingBucket b : AgingBucket.values()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(bucketLabel(b), f.aging().get(b).doubleValue());
            bars.getData().add(bar);
            clickable(bar, () -> onBucket.accept(b));
        }
        chart.getData().add(bars);
        style(chart, false);
        return chart;
    }

    private static BarChart<String, Number> touchless(KpiFigures f, Consumer<OrderChannel> onChannel) {
        NumberAxis y = new NumberAxis(0, 100, 20);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        bars.setName("Touchless (%)");
        for (OrderChannel c : OrderChannel.values()) {
            BigDecimal rate = f.touchlessByChannel().get(c);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(channelLabel(c), rate == null ? 0 : rate.movePointRight(2).doubleValue());
            bars.getData().add(bar);
            clickable(bar, () -> onChannel.accept(c));
        }
        chart.getData().add(bars);
        style(chart, false);
        return chart;
    }

    public static String bucketLabel(AgingBucket b) {
        return b == AgingBucket.CURRENT ? "Not due" : b == AgingBucket.OVER_90 ? "Over 90" : b.key();
    }

    public static String channelLabel(OrderChannel c) {
        return c == OrderChannel.EDI ? "EDI" : c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The bar's node appears once the chart lays it out; the click is attached then. */
    private static void clickable(XYChart.Data<String, Number> bar, Runnable action) {
        bar.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> action.run());
            }
        });
    }

    /** The point's node appears once the chart lays it out; the tooltip is installed then. */
    private static void tooltip(XYChart.Data<String, Number> point, String text) {
        point.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }

    private static void style(XYChart<String, Number> chart, boolean legend) {
        chart.setAnimated(false);
        chart.setLegendVisible(legend);
        chart.setMinHeight(220);
        chart.setPrefHeight(240);
        chart.setMinWidth(300);
    }
}
