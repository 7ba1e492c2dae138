package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.cli.KpiLedgerFiles;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.Period;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Finance's check of 7 December (fin14), on the ledger kpi/month-without-sales (invoices in April and June,
 * none in May): the DSO chart dropped May from its axis and drew April straight to June, read as a
 * mistake; and the perfect-order chart's axis ran to 125 % on a rate that cannot pass 100 %.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardChartAxesTest {
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private StackPane room;

    @Start
    void start(Stage stage) {
        room = new StackPane();
        stage.setScene(new Scene(room, 560, 320));
        stage.show();
    }

    private static java.nio.file.Path ledger() throws Exception {
        return java.nio.file.Path.of(DashboardChartAxesTest.class.getResource("/kpi/month-without-sales/invoices.csv").toURI())
                .getParent();
    }

    private static KpiReport report() throws Exception {
        KpiLedgerFiles.Result read = KpiLedgerFiles.read(ledger());
        assertThat(read.problems()).isEmpty();
        return KpiBook.of(read.ledgers()).report(Period.endingOn(JUNE_30, 90));
    }

    private XYChart<String, Number> shown(FxRobot robot, String id) throws Exception {
        ChartData data = ChartData.of(report()).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        XYChart<String, Number>[] chart = new XYChart[1];
        robot.interact(() -> {
            chart[0] = DashboardCharts.node(data, b -> { }, c -> { }).node();
            room.getChildren().setAll(chart[0]);
            room.applyCss();
            room.layout();
        });
        robot.interact(() -> room.layout());
        return chart[0];
    }

    @Test
    void aMonthWithNoSalesKeepsItsPlaceOnTheAxisAsAGapAndTheChartSaysWhy(FxRobot robot) throws Exception {
        XYChart<String, Number> dso = shown(robot, "dsoChart");
        assertThat(((CategoryAxis) dso.getXAxis()).getCategories()).containsExactly("Apr 2\u201330", "May 2026", "Jun 2026");
        // April 3,000.00 / 2,000.00 x 29 = 43.5; June 4,000.00 / 1,500.00 x 30 = 80.0; May: no sales, no DSO
        XYChart.Series<String, Number> line = dso.getData().get(0);
        assertThat(line.getData()).extracting(XYChart.Data::getXValue).containsExactly("Apr 2\u201330", "Jun 2026");
        // the line is broken at May: June's point starts a new stroke rather than continuing April's
        Path stroke = (Path) line.getNode();
        double june = dso.getXAxis().getDisplayPosition("Jun 2026");
        assertThat(stroke.getElements()).noneMatch(e -> e instanceof LineTo l && l.getX() == june)
                .anyMatch(e -> e instanceof MoveTo m && m.getX() == june);
        assertThat(dso.getTitle()).isEqualTo("No sales in May 2026, so no DSO (receivables $2,500.00).");
    }

    @Test
    void ratesAreDrawnOnAnAxisFromNoneToAll(FxRobot robot) throws Exception {
        // week of June 1: one order shipped, perfect (100 %); week of June 8: one of two (50 %)
        for (String id : List.of("perfectChart", "splitChart", "autoCashChart")) {
            NumberAxis y = (NumberAxis) shown(robot, id).getYAxis();
            assertThat(y.getLowerBound()).as(id).isEqualTo(0);
            assertThat(y.getUpperBound()).as(id).isEqualTo(100);
        }
    }

    @Test
    void theKpiCommandGivesEachMonthTheFigureTheChartShows() throws Exception {
        // what finance types to check a month by hand: its last day and its days
        assertThat(kpi("2026-05-31", 31)).contains("\"dso\" : null", "\"best_possible_dso\" : null",
                "\"ar_total\" : 2500.00", "\"sales\" : 0.00");
        assertThat(kpi("2026-04-30", 29)).contains("\"dso\" : 43.5");
        assertThat(kpi("2026-06-30", 30)).contains("\"dso\" : 80.0");
        assertThat(report().byMonth()).extracting(f -> f.dso() == null ? null : f.dso().toPlainString())
                .containsExactly("43.5", null, "80.0");
    }

    private static String kpi(String asOf, int days) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = com.orderdesk.main.OrderDeskCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("kpi", "--ledger", ledger().toString(), "--as-of", asOf, "--days", String.valueOf(days))).isZero();
        return out.toString();
    }
}
