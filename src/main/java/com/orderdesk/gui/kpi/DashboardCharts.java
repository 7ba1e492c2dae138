package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.OrderChannel;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The dashboard's chart nodes, made on the FX thread from what {@link ChartData} prepared off it, one
 * chart at a time: the screen puts one in per pulse (the eight made and laid out in one go held the FX
 * thread 0.3-0.5 s idle, 6-9 s at load 25-44: performance.md, "pulse log sweep"). Bars of aging and of
 * touchless share are clickable: they drill down to the invoices of the bucket and the touched orders of
 * the channel.
 */
public final class DashboardCharts {

    /** A chart and its title, for the screen and the PDF pack alike. */
    public record Chart(String id, String title, XYChart<String, Number> node) {
    }

    private DashboardCharts() {
    }

    /** The chart of {@code data} (on the FX thread); a click on a bar of aging or touchless share calls the consumer. */
    public static Chart node(ChartData data, Consumer<AgingBucket> onBucket, Consumer<OrderChannel> onChannel) {
        XYChart<String, Number> chart = switch (data.kind()) {
            case LINES -> lines(data);
            case AGING -> bars(data, new NumberAxis(), i -> onBucket.accept(AgingBucket.values()[i]));
            case TOUCHLESS -> bars(data, rateAxis(), i -> onChannel.accept(OrderChannel.values()[i]));
        };
        chart.setId(data.id());
        // in the chart's own title place, so the PDF pack, which draws the same node, says it too
        chart.setTitle(data.sentence());
        return new Chart(data.id(), data.title(), chart);
    }

    private static LineChart<String, Number> lines(ChartData data) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = data.percent() ? rateAxis() : new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<String, Number> chart = new GappedLineChart(x, y);
        // every span keeps its place: ranged on the data, the axis dropped a month with no point (a month
        // with no sales has no DSO), and the line ran from the month before to the month after it
        x.setAutoRanging(false);
        x.getCategories().setAll(data.categories());
        for (ChartData.Line l : data.lines()) {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(l.name());
            for (int i = 0; i < l.points().size(); i++) {
                ChartData.Point p = l.points().get(i);
                if (p.value() != null) {
                    XYChart.Data<String, Number> point = new XYChart.Data<>(data.categories().get(i), p.value());
                    line.getData().add(point);
                    if (p.tip() != null) {
                        tooltip(point, p.tip());
                    }
                }
            }
            chart.getData().add(line);
        }
        style(chart, data.lines().size() > 1);
        return chart;
    }

    private static BarChart<String, Number> bars(ChartData data, NumberAxis y, Consumer<Integer> onBar) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        ChartData.Line row = data.lines().get(0);
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        bars.setName(row.name());
        for (int i = 0; i < row.points().size(); i++) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(data.categories().get(i), row.points().get(i).value());
            bars.getData().add(bar);
            int index = i;
            clickable(bar, () -> onBar.accept(index));
        }
        chart.getData().add(bars);
        style(chart, false);
        return chart;
    }

    /** A rate's axis: 0 to 100 %, whatever the weeks hold (ranged on them, it ran to 110 or 125 %). */
    private static NumberAxis rateAxis() {
        return new NumberAxis(0, 100, 20);
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
