package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.reporting.KpiPackReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Writes the dashboard's PDF pack; the screen draws the charts, the reporting adapter fills the report. */
@FunctionalInterface
public interface DashboardPdf {
    /** AtlantaFX Primer Light's text, background and line colours, for charts drawn for paper. */
    String PAPER = "-color-fg-default: #24292f; -color-fg-muted: #57606a; -color-fg-subtle: #6e7781;"
            + " -color-bg-default: #ffffff; -color-bg-subtle: #f6f8fa; -color-border-default: #d0d7de;"
            + " -color-border-muted: #d0d7de; ";

    /**
     * The size a chart is drawn at for the pack, in the screen's pixels (then at twice that scale): the
     * proportions of the report's chart frame (540 x 210 pt), about 1.5 px to the point, so the charts'
     * 12-13 px labels print at about 8.5 pt. The pack used the screen's charts as the window had sized them:
     * their shapes did not fit the frame, two charts left each page half empty, and a narrow window printed
     * small charts.
     */
    double PAPER_WIDTH = 810;
    double PAPER_HEIGHT = 315;

    void write(Path file, KpiPackReport.Pack pack);

    /**
     * Draws the dashboard's charts (and the cash forecast, or its sentence) again for the pack, one chart per
     * pulse of the FX thread (each made in its pulse), then hands them to {@code done} (call on the FX thread). Drawn in one go, the nine
     * took about 420 ms of the FX thread (measured in DashboardScreenTest at load 1), over the 200 ms a
     * screen may hold it; one at a time, the window keeps answering between them.
     */
    static void drawPaperCharts(DashboardViewModel.Loaded loaded, Consumer<List<KpiPackReport.ChartImage>> done) {
        List<Supplier<KpiPackReport.ChartImage>> steps = new ArrayList<>();
        for (ChartData chart : loaded.charts()) {
            steps.add(() -> forPaper(chart.title(), DashboardCharts.node(chart, bucket -> { }, channel -> { }).node()));
        }
        steps.add(() -> CashForecastChart.build(loaded.forecast()) instanceof javafx.scene.layout.Region forecast
                ? forPaper(CashForecastChart.TITLE, forecast) : null);
        drawNext(steps.iterator(), new ArrayList<>(), done);
    }

    private static void drawNext(Iterator<Supplier<KpiPackReport.ChartImage>> steps, List<KpiPackReport.ChartImage> drawn,
                                 Consumer<List<KpiPackReport.ChartImage>> done) {
        if (!steps.hasNext()) {
            done.accept(drawn);
            return;
        }
        KpiPackReport.ChartImage image = steps.next().get();
        if (image != null) {
            drawn.add(image);
        }
        Platform.runLater(() -> drawNext(steps, drawn, done));
    }

    /** A node not shown anywhere, laid out alone at the pack's chart size and drawn in paper colours. */
    static KpiPackReport.ChartImage forPaper(String title, javafx.scene.layout.Region node) {
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(node);
        javafx.scene.Scene scene = new javafx.scene.Scene(frame, PAPER_WIDTH, PAPER_HEIGHT);
        com.orderdesk.gui.common.Theme.style(scene);
        frame.applyCss();
        frame.layout();
        return snapshot(title, node);
    }

    /** The chart's pixels as drawn now, at twice the screen's scale for print (call on the FX thread). */
    static KpiPackReport.ChartImage snapshot(DashboardCharts.Chart chart) {
        return snapshot(chart.title(), chart.node());
    }

    /** Any node's pixels (a chart, or the sentence shown in its place), at twice the screen's scale. */
    static KpiPackReport.ChartImage snapshot(String title, javafx.scene.Node node) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        // drawn in the light theme's colours whatever the window's: under the dark theme the pack's
        // charts came out as dark boxes with pale grey labels, hardly readable on white paper
        String style = node.getStyle();
        node.setStyle(PAPER + (style == null ? "" : style));
        WritableImage image;
        try {
            node.applyCss();
            image = node.snapshot(p, null);
        } finally {
            node.setStyle(style);
            node.applyCss();
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new KpiPackReport.ChartImage(title, w, h, argb);
    }

    /** The pack's words: each headline with this period's and the previous period's value and the change. */
    static KpiPackReport.Pack pack(DashboardViewModel.Loaded loaded, List<KpiPackReport.ChartImage> charts, Locale locale) {
        HeadlineText text = HeadlineText.forPaper(locale);
        KpiFigures now = loaded.report().figures();
        KpiFigures before = loaded.report().previous();
        List<KpiPackReport.Figure> figures = new ArrayList<>();
        for (Headline h : Headline.all()) {
            BigDecimal v = h.of(now);
            BigDecimal b = h.of(before);
            // short words ("worse than before"): the whole sentence overflowed the change column, where
            // the report shrank it to an unreadable size on the demo book's money figures
            figures.add(new KpiPackReport.Figure(h.label(), text.value(h, v), text.value(h, b),
                    text.shortChange(h, v, b)));
        }
        // words and dates for the reader of the pack, as the dashboard shows them (it read "2026-09-07 to
        // 2026-12-05 (90 days) against 2026-06-09..2026-09-06", "sales 1657997.53" and a source path)
        com.orderdesk.gui.common.Formats formats = com.orderdesk.gui.common.Formats.forLocale(locale);
        String basis = String.format(locale, "%,d orders entered, %,d shipped; %,d payments received; %,d invoices paid;"
                        + " sales %s. Figures as Order Desk's KPI contract defines them.",
                now.basis().ordersEntered(), now.basis().ordersShipped(), now.basis().paymentsReceived(),
                now.basis().invoicesPaid(), com.orderdesk.logic.common.PaperMoney.withCode(now.basis().sales()));
        com.orderdesk.logic.kpi.Period p = loaded.period();
        com.orderdesk.logic.kpi.Period earlier = p.previous();
        return new KpiPackReport.Pack("Order-to-cash figures", formats.date(p.first()) + " \u2013 " + formats.date(p.last())
                + " (" + p.days() + " days), against " + formats.date(earlier.first()) + " \u2013 " + formats.date(earlier.last()),
                basis, figures, charts);
    }
}
