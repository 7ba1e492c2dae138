package com.orderdesk.gui.kpi;

import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A line chart over categories whose lines break where a category has no point (a month with no sales has
 * no DSO): JavaFX's own line runs on from the point before to the point after, which reads as a value for
 * the missing one. The stroke is laid out as usual, then each segment that jumps over a category is lifted.
 */
final class GappedLineChart extends LineChart<String, Number> {

    GappedLineChart(CategoryAxis x, NumberAxis y) {
        super(x, y);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis x = (CategoryAxis) getXAxis();
        List<String> categories = x.getCategories();
        double[] positions = new double[categories.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = x.getDisplayPosition(categories.get(i));
        }
        for (Series<String, Number> series : getData()) {
            if (series.getNode() instanceof Path stroke) {
                lift(stroke.getElements(), positions);
            }
        }
    }

    /** Turns each line to a point more than one category on from the last into a move. */
    private static void lift(List<PathElement> elements, double[] positions) {
        int previous = -1;
        for (int i = 0; i < elements.size(); i++) {
            PathElement e = elements.get(i);
            double at = e instanceof LineTo line ? line.getX() : e instanceof MoveTo move ? move.getX() : Double.NaN;
            if (Double.isNaN(at)) {
                continue;
            }
            int index = nearest(positions, at);
            if (e instanceof LineTo line && previous >= 0 && index - previous > 1) {
                elements.set(i, new MoveTo(line.getX(), line.getY()));
            }
            previous = index;
        }
    }

    private static int nearest(double[] positions, double at) {
        int best = 0;
        for (int i = 1; i < positions.length; i++) {
            if (Math.abs(positions[i] - at) < Math.abs(positions[best] - at)) {
                best = i;
            }
        }
        return best;
    }
}
