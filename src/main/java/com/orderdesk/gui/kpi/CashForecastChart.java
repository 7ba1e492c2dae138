package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.CashForecastView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * The cash forecast on the dashboard: bars of cash-in expected per week from the latest payment
 * predictions, and for the weeks gone by the forecast beside what came in. Without predictions a
 * sentence says how to get them rather than an empty box.
 */
public final class CashForecastChart {
    public static final String ID = "cashForecastChart";
    public static final String TITLE = "Cash forecast by week ($): expected from the payment predictions;"
            + " past weeks: forecast against what came in";
    static final String NO_PREDICTIONS = "No payment predictions yet, so no cash forecast. The collections worklist"
            + " predicts when each open invoice will be paid when AR staff open it (Collections, Worklist) and keeps the"
            + " 13 weeks ahead as the day's forecast; then press F5 here.";
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();

    private CashForecastChart() {
    }

    /** The chart, or the sentence when there are no predictions (on the FX thread). */
    public static Node build(CashForecastView view) {
        if (view == null || !view.hasPredictions()) {
            Label none = new Label(NO_PREDICTIONS);
            none.setId(ID);
            none.setWrapText(true);
            none.getStyleClass().add("kpi-forecast-none");
            none.setMinHeight(120);
            none.setMaxWidth(Double.MAX_VALUE);
            return none;
        }
        CategoryAxis x = new CategoryAxis();
        BarChart<String, Number> chart = new BarChart<>(x, new NumberAxis());
        List<String> categories = view.weeks().stream().map(CashForecastChart::label).toList();
        x.getCategories().setAll(categories);
        XYChart.Series<String, Number> forecast = new XYChart.Series<>();
        forecast.setName("Forecast (latest of " + FORMATS.date(view.asOf())
                + "; past weeks: as it stood)"); // the app's date format, as the heading (it read 2026-12-05)
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName("Came in");
        for (int i = 0; i < view.weeks().size(); i++) {
            CashForecastView.Week w = view.weeks().get(i);
            if (w.forecast() != null) {
                forecast.getData().add(new XYChart.Data<>(categories.get(i), w.forecast().doubleValue()));
            }
            if (w.actual() != null) {
                actual.getData().add(new XYChart.Data<>(categories.get(i), w.actual().doubleValue()));
            }
        }
        chart.getData().add(forecast);
        chart.getData().add(actual);
        chart.setId(ID);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setBarGap(1);
        chart.setMinHeight(240);
        chart.setPrefHeight(260);
        chart.setMinWidth(300);
        return chart;
    }

    private static String label(CashForecastView.Week w) {
        return FORMATS.monthDay(w.start()); // "Dec 7", as the other weekly charts (it read "7 Dec")
    }
}
