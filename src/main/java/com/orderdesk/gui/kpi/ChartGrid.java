package com.orderdesk.gui.kpi;

import com.orderdesk.gui.common.OnePerPulse;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.CashForecastView;
import com.orderdesk.logic.kpi.OrderChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The dashboard's charts in their grid, two to a row and the cash forecast across both columns, put in
 * one per pulse of the FX thread: each chart is made, styled and laid out in a pulse of its own, in the
 * place of the one shown there before (so on F5 the figures read before stay until each is replaced). The
 * eight charts and the forecast made in one go held the FX thread 0.3-0.5 s idle and 6-9 s at load 25-44.
 */
final class ChartGrid {
    private final GridPane grid;
    private OnePerPulse drawing;

    ChartGrid(GridPane grid) {
        this.grid = grid;
    }

    /**
     * Starts putting in {@code charts} and the forecast, one per pulse, dropping the charts of an earlier
     * call not put in yet; {@code done} runs once the last is in. Call on the FX thread.
     */
    void show(List<ChartData> charts, CashForecastView forecast, Consumer<AgingBucket> onBucket,
              Consumer<OrderChannel> onChannel, Runnable done) {
        stop();
        List<Runnable> steps = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            ChartData data = charts.get(i);
            int place = i;
            steps.add(() -> put(place, place % 2, place / 2, 1, cell(data.title(),
                    DashboardCharts.node(data, onBucket, onChannel).node())));
        }
        int last = charts.size();
        steps.add(() -> {
            // the cash forecast spans both columns: 21 weeks of bars need the width
            put(last, 0, (last + 1) / 2, 2, cell(CashForecastChart.TITLE, CashForecastChart.build(forecast)));
            grid.getChildren().remove(last + 1, Math.max(last + 1, grid.getChildren().size()));
            done.run();
        });
        drawing = OnePerPulse.run(steps);
    }

    /** Drops the charts not put in yet. */
    void stop() {
        if (drawing != null) {
            drawing.stop();
            drawing = null;
        }
    }

    private void put(int place, int column, int row, int columns, Node cell) {
        GridPane.setConstraints(cell, column, row, columns, 1);
        if (place < grid.getChildren().size()) {
            grid.getChildren().set(place, cell);
        } else {
            grid.getChildren().add(cell);
        }
    }

    private static Node cell(String title, Node chart) {
        Label heading = new Label(title);
        heading.getStyleClass().add("kpi-chart-title");
        heading.setWrapText(true);
        return new VBox(4, heading, chart);
    }
}
