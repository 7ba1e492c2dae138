package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.reporting.KpiPackReport;
import com.orderdesk.reporting.ReportCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A credit manager opens the dashboard on a book where one phone order went through credit release
 * and a routing override (touched) and an email order went through untouched; changes the period;
 * drills down from the touchless share to the touched order and opens it; exports the figures.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    private static OrderLife life;
    private static Path dir;
    private static String untouched;
    private final List<DashboardViewModel.DrillRow> opened = new CopyOnWriteArrayList<>();
    private final List<KpiPackReport.Pack> packs = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();

    @BeforeAll
    static void book() throws Exception {
        dir = Files.createTempDirectory("dashboard-test");
        life = new OrderLife(TestBook.create(dir));
        life.entered().released().overridden().shipped().invoiced().paid();
        untouched = DashboardScreens.emailOrder(life, "PO-MAIL");
    }

    @Start
    void start(Stage stage) {
        var manager = life.manager;
        DashboardController controller = DashboardScreens.controller(life, screen, () -> manager,
                kind -> kind == Drill.Kind.ORDER, opened::add, (file, pack) -> {
                    packs.add(pack);
                    new KpiPackReport(new ReportCatalog()).write(file, pack);
                });
        Truncation.applicationLook();
        // 1366 px less the navigation rail (108 px): the room the dashboard has in the window at 1366 px
        screen.show(stage, controller, 1258, 760);
        controller.refresh();
        controller.focusFirst();
    }

    @AfterAll
    static void closeBook() {
        life.book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String tile(FxRobot robot, String headline) {
        Button b = robot.lookup("#tile-" + headline).queryAs(Button.class);
        return b == null ? "" : ((javafx.scene.layout.VBox) b.getGraphic()).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, c) -> a + "|" + c);
    }

    /** A date in the short style a person types ("12/5/2026"), which a list must not show. */
    private static final String SHORT_DATE = "\\d{1,2}/\\d{1,2}/\\d{4}";

    /** The texts the table's cells show (what a person reads, not the row's values). */
    private static List<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).filter(t -> t != null && !t.isEmpty()).map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<DashboardViewModel.DrillRow> drilled(FxRobot robot) {
        return List.copyOf(robot.lookup("#drillTable").queryAs(TableView.class).getItems());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCreditManagerSeesTheFiguresChangesThePeriodAndDrillsFromTouchlessShareToTheTouchedOrders(FxRobot robot)
            throws Exception {
        // opens on the last 90 days: two orders entered, one of them touched
        waitUntil(() -> robot.lookup("#tile-TOUCHLESS").tryQuery().isPresent());
        // the charts come one per pulse after the figures, the cash forecast last
        waitUntil(() -> robot.lookup("#" + CashForecastChart.ID).tryQuery().isPresent());
        assertThat(tile(robot, "TOUCHLESS")).contains("Touchless orders").contains("50.0%");
        assertThat(tile(robot, "SPLIT_SHIPMENTS")).contains("100.0%"); // the override split the phone order
        assertThat(tile(robot, "AR_TOTAL")).contains("0.00");
        assertThat(text(robot, "#periodLabel")).contains("90 days");
        // the status bar names the period as the screen does (it said "2026-08-29..2026-11-26")
        String period = text(robot, "#periodLabel");
        assertThat(screen.status.getLastMessage()).isEqualTo("Figures for " + period.substring(0, period.indexOf("  (")) + " shown");
        assertThat(robot.lookup("#touchlessChart").tryQuery()).isPresent();
        assertThat(robot.lookup("#agingChart").tryQuery()).isPresent();
        // no payment predictions yet: the cash forecast says how to get them instead of an empty box
        assertThat(robot.lookup("#" + CashForecastChart.ID).queryAs(Label.class).getText())
                .contains("No payment predictions yet").contains("Worklist").contains("F5");

        // the period: last 30 days, from the keyboard
        robot.clickOn("#rangeBox");
        robot.type(KeyCode.UP, KeyCode.ENTER);
        waitUntil(() -> text(robot, "#periodLabel").contains("30 days"));
        assertThat(robot.lookup("#rangeBox").queryAs(ComboBox.class).getValue()).isEqualTo(DashboardViewModel.Range.LAST_30);
        assertThat(tile(robot, "TOUCHLESS")).contains("50.0%").contains("no figure\nto compare");
        assertThat(robot.lookup("#tile-TOUCHLESS").queryAs(Button.class).getTooltip().getText())
                .contains("Touchless orders: 50.0%").contains("no figure to compare");

        // touchless share: the documents behind it are the orders a person touched
        robot.clickOn("#tile-TOUCHLESS");
        waitUntil(() -> drilled(robot).size() == 1);
        assertThat(drilled(robot).get(0).number()).isEqualTo(life.orderNumber).isNotEqualTo(untouched);
        assertThat(drilled(robot).get(0).detail()).contains("Phone").contains("touched");
        assertThat(text(robot, "#drillTitle")).contains("Orders a person touched");
        // dates in the user's words, as the heading and the Date column show them (tour of 5 December:
        // the title read "(2026-09-07..2026-12-05)", an invoice's detail "due 2026-10-10")
        assertThat(text(robot, "#drillTitle")).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d")
                .contains(com.orderdesk.gui.common.Formats.forDefaultLocale().date(TestBook.TODAY));
        assertThat(drilled(robot).get(0).detail()).contains("shipped").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d")
                .doesNotContainPattern(SHORT_DATE);
        // the Date column reads as every other list's dates, the medium style (it read "12/5/2026", the typing style)
        assertThat(cellTexts(robot, "#drillTable")).contains(com.orderdesk.gui.common.Formats.forDefaultLocale()
                .date(drilled(robot).get(0).date())).noneMatch(t -> t.matches(".*" + SHORT_DATE + ".*"));
        // the figures line writes the period's sales with the sign, as the tiles and the PDF pack (it read "0.00 of sales")
        assertThat(robot.lookup("#dashboardFoot").queryAs(Label.class).getText()).containsPattern("\\$[\\d,]+\\.\\d\\d of sales");
        Node drillTable = robot.lookup("#drillTable").query();
        assertThat(Truncation.cutHeaders(drillTable)).as("drill-down headers cut at 1366 px").isEmpty();
        assertThat(Truncation.columnsOutOfView((TableView<?>) drillTable)).as("drill-down columns out of view").isEmpty();
        assertThat(Truncation.cutCells(drillTable, "Detail")).as("document, date, amount cut at 1366 px").isEmpty();
        assertThat(Truncation.cutLabels(robot.lookup("#tiles").query(), ".label")).as("tiles cut at 1366 px").isEmpty();
        assertThat(robot.lookup("#tiles").queryAs(FlowPane.class).getChildren().get(3).getLayoutY())
                .as("four tiles to a row at 1366 px").isEqualTo(robot.lookup("#tiles").queryAs(FlowPane.class).getChildren().get(0).getLayoutY());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0).number()).isEqualTo(life.orderNumber);

        // the period's figures as CSV (Ctrl+E) and as a PDF pack with the charts (Ctrl+P)
        Path csv = dir.resolve("figures.csv");
        screen.dialogs.fileToSave = csv;
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(csv) && screen.status.getLastMessage() != null && screen.status.getLastMessage().contains("exported"));
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
                .contains("period," + TestBook.TODAY.minusDays(29) + "," + TestBook.TODAY + ",touchless_order_rate,0.5000");
        Path pdf = dir.resolve("figures.pdf");
        screen.dialogs.fileToSave = pdf;
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(pdf) && screen.status.getLastMessage() != null && screen.status.getLastMessage().contains("PDF pack"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // the pack's period and basis in the reader's words (tour of 5 December: "2026-09-07 to 2026-12-05 (90 days)
        // against 2026-06-09..2026-09-06", "sales 1657997.53", "(src/site/markdown/contracts/kpi.md)")
        assertThat(packs).singleElement().satisfies(pack -> {
            assertThat(pack.period()).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d").contains("30 days")
                    .startsWith(com.orderdesk.gui.common.Formats.forDefaultLocale().date(TestBook.TODAY.minusDays(29)));
            // amounts in the pack in the documents' house form, code first (ux.md): it read "sales $1,289,122.41"
            assertThat(pack.basis()).doesNotContain("src/", "$").containsPattern("sales USD \\d");
            assertThat(pack.figures()).flatExtracting(f -> List.of(f.value(), f.previous(), f.change()))
                    .noneMatch(v -> v.contains("$")).anyMatch(v -> v.startsWith("USD "));
            // each chart drawn for the page's frame, whatever the window's size, three to a page after the first
            // (the screen's own charts, in their window shapes, printed two to a page and left each half empty)
            // (the ninth is the forecast's sentence, no predictions yet: the frame's width, its own height)
            assertThat(pack.charts()).hasSize(9).allSatisfy(c -> assertThat(c.width()).isEqualTo((int) (2 * DashboardPdf.PAPER_WIDTH)));
            assertThat(pack.charts().subList(0, 8)).allSatisfy(c -> assertThat(c.height()).isEqualTo((int) (2 * DashboardPdf.PAPER_HEIGHT)));
        });
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("the figures and a chart, then 3 + 3 + 2 charts").isEqualTo(4);
        }

        // AR staff run the predictions (the worklist does when it opens); F5 reads the book again:
        // 8 past weeks (forecast against what came in) and the 13 weeks ahead
        life.services.collections().refreshPredictions(life.ar);
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#" + CashForecastChart.ID).tryQuery().filter(n -> n instanceof BarChart).isPresent());
        BarChart<String, Number> forecast = robot.lookup("#" + CashForecastChart.ID).queryAs(BarChart.class);
        assertThat(((CategoryAxis) forecast.getXAxis()).getCategories()).hasSize(8 + 13);
        // weeks by month and day as the application writes them ("Dec 7"; the axis read "7 Dec")
        assertThat(((CategoryAxis) forecast.getXAxis()).getCategories()).allMatch(w -> w.matches("[A-Z][a-z]{2} \\d{1,2}"));
        assertThat(robot.lookup("#autoCashChart").queryAs(javafx.scene.chart.LineChart.class).getXAxis())
                .isInstanceOfSatisfying(CategoryAxis.class, x -> assertThat(x.getCategories()).isNotEmpty()
                        .allMatch(w -> w.matches("[A-Z][a-z]{2} \\d{1,2}")));
        assertThat(forecast.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Forecast (latest of " + com.orderdesk.gui.common.Formats.forDefaultLocale().date(life.services.kpi().today())
                        + "; past weeks: as it stood)", "Came in");
        assertThat(forecast.getData().get(0).getName()).as("the app's date format").doesNotContain(life.services.kpi().today().toString());
        assertThat(forecast.getData().get(0).getData()).hasSize(13); // no snapshot before today: no past forecast
        assertThat(forecast.getData().get(1).getData()).hasSize(8);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * The DSO chart's months: a month the period cuts is named by the days it counts (the contract's
     * DSO with D its last day and P those days), and each point's tooltip gives the sum to check by
     * hand. It read "Nov 2026" for November 1 to 26 (and "Aug 2026" for three days of August).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDsoChartNamesAMonthNotYetOverByItsDaysAndItsPointsGiveTheSum(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#dsoChart").tryQuery().isPresent());
        javafx.scene.chart.LineChart<String, Number> dso = robot.lookup("#dsoChart").queryAs(javafx.scene.chart.LineChart.class);
        // the last 90 days to 26 November 2026: 29 to 31 August, September, October, 1 to 26 November;
        // the book's one invoice is of November, the other months have no sales, hence no DSO and no point:
        // they keep their places on the axis as gaps, and the chart says why (they were dropped: fin14)
        assertThat(((CategoryAxis) dso.getXAxis()).getCategories())
                .containsExactly("Aug 29\u201331", "Sep 2026", "Oct 2026", "Nov 1\u201326");
        assertThat(dso.getData().get(0).getData()).extracting(XYChart.Data::getXValue).containsExactly("Nov 1\u201326");
        assertThat(dso.getTitle()).isEqualTo("No sales in 3 months (Aug 29\u201331 to Oct 2026): no DSO.");
        XYChart.Data<String, Number> november = dso.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals("Nov 1\u201326")).findFirst().orElseThrow();
        com.orderdesk.logic.kpi.KpiFigures month = life.services.kpi().figures(life.manager, Runnable::run).book()
                .report(com.orderdesk.logic.kpi.Period.endingOn(TestBook.TODAY, 90)).byMonth().get(3);
        assertThat(month.period().days()).isEqualTo(26);
        assertThat(november.getYValue().doubleValue()).isEqualTo(month.dso().doubleValue());
        var formats = com.orderdesk.gui.common.Formats.forDefaultLocale();
        Object tip = november.getNode().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip).isInstanceOfSatisfying(javafx.scene.control.Tooltip.class, t -> assertThat(t.getText())
                .isEqualTo(formats.date(TestBook.TODAY.withDayOfMonth(1)) + " \u2013 " + formats.date(TestBook.TODAY)
                        + " (26 days): DSO " + month.dso() + " days = receivables " + formats.moneyWithCurrency(month.arTotal())
                        + " / sales " + formats.moneyWithCurrency(month.basis().sales()) + " \u00d7 26 days"));
        assertThat(month.basis().sales().signum()).as("November has sales: its DSO is a figure").isPositive();
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
