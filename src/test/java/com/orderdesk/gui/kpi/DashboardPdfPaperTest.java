package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.reporting.KpiPackReport;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect (tour of 5 December 2026, demo book, dark theme): the PDF pack's charts were the screen's
 * pixels, dark boxes with pale grey labels on white paper. They are drawn in the light colours for
 * the pack, whatever the window's theme, and the window keeps its own.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPdfPaperTest {
    private LineChart<String, Number> chart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.class.getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
        chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        XYChart.Series<String, Number> dso = new XYChart.Series<>();
        dso.setName("DSO");
        dso.getData().addAll(new XYChart.Data<>("Sep 2026", 45), new XYChart.Data<>("Oct 2026", 43), new XYChart.Data<>("Nov 2026", 54));
        chart.getData().add(dso);
        Scene scene = new Scene(chart, 500, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(Truncation::applicationLook).get();
    }

    @Test
    void underTheDarkThemeThePacksChartIsDrawnLightAndTheScreensStaysDark(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        KpiPackReport.ChartImage paper = WaitForAsyncUtils.asyncFx(() -> DashboardPdf.snapshot("DSO", chart)).get();
        assertThat(brightness(paper)).as("mean brightness of the pack's chart (0 black, 1 white)").isGreaterThan(0.8);
        assertThat(windowBrightness(WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null)).get()))
                .as("the window's chart keeps the dark theme").isLessThan(0.3);
        assertThat(chart.getStyle()).isEmpty();
    }

    /** Mean brightness of the image's pixels. */
    private static double brightness(KpiPackReport.ChartImage image) {
        double sum = 0;
        for (int argb : image.argb()) {
            sum += ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 765.0;
        }
        return sum / image.argb().length;
    }

    /** Mean brightness of the window's pixels. */
    private static double windowBrightness(javafx.scene.image.WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                sum += (c.getRed() + c.getGreen() + c.getBlue()) / 3;
            }
        }
        return sum / (w * h);
    }
}
