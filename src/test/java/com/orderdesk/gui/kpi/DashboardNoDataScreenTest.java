package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
 * Finance's check of 7 December (fin13): a period with nothing in it (dates chosen before the book
 * began) showed "n/a" in the tiles but bare axes in the charts, with no word why; and the touchless
 * chart drew a channel with no orders (the demo's File) as an empty bar, read as 0 % touchless.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardNoDataScreenTest {
    private static OrderLife life;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();

    @BeforeAll
    static void book() throws Exception {
        life = DashboardScreens.paidOrderBook("dashboard-no-data");
    }

    @Start
    void start(Stage stage) {
        DashboardController controller = DashboardScreens.controller(life, screen);
        screen.show(stage, controller, 1258, 760);
        controller.refresh();
    }

    @AfterAll
    static void closeBook() {
        life.book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static XYChart<String, Number> chart(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(XYChart.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeriodWithNothingInItSaysSoInEveryChartAndAChannelWithNoOrdersIsNotShownAsNoneTouchless(FxRobot robot)
            throws Exception {
        waitUntil(() -> robot.lookup("#" + CashForecastChart.ID).tryQuery().isPresent());
        // the last 90 days: a phone order (touched), no order from a file
        CategoryAxis channels = (CategoryAxis) chart(robot, "touchlessChart").getXAxis();
        assertThat(channels.getCategories()).contains("Phone", "File: no orders");
        assertThat(chart(robot, "touchlessChart").getTitle()).as("some orders: no sentence").isNull();

        // dates before the book began: no sales, no orders, no payments, nothing open
        LocalDate first = TestBook.TODAY.minusYears(5).withDayOfMonth(1);
        LocalDate last = first.plusDays(30);
        robot.interact(() -> robot.lookup("#rangeBox").queryAs(ComboBox.class).setValue(DashboardViewModel.Range.CHOSEN));
        robot.interact(() -> {
            robot.lookup("#fromPicker").queryAs(DatePicker.class).setValue(first);
            robot.lookup("#toPicker").queryAs(DatePicker.class).setValue(last);
        });
        robot.clickOn("#showButton");
        String heading = com.orderdesk.gui.common.Formats.forDefaultLocale().date(first);
        waitUntil(() -> robot.lookup("#periodLabel").queryAs(Label.class).getText().startsWith(heading));
        // the charts are put in one per pulse, the days chart last of the eight
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart(robot, "daysChart").getTitle() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            // asserted below, chart by chart
        }
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> said = Map.of(
                "dsoChart", "No invoices issued in the period",
                "agingChart", "Nothing open on " + com.orderdesk.gui.common.Formats.forDefaultLocale().date(last),
                "touchlessChart", "No orders entered in the period",
                "autoCashChart", "No payments received in the period",
                "splitChart", "No orders shipped in the period",
                "costChart", "No orders shipped in the period",
                "perfectChart", "No orders shipped in the period",
                "daysChart", "Nothing shipped or paid in the period");
        for (var e : said.entrySet()) {
            assertThat(chart(robot, e.getKey()).getTitle()).as(e.getKey()).startsWith(e.getValue());
        }
        // no orders at all: the sentence says so once, the channels keep their short names
        assertThat(((CategoryAxis) chart(robot, "touchlessChart").getXAxis()).getCategories())
                .containsExactly("Phone", "Email", "EDI", "File");
        assertThat(List.copyOf(screen.dialogs.errors)).isEmpty();
    }
}
