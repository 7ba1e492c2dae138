package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.reporting.KpiPackReport;
import com.orderdesk.reporting.ReportCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A credit manager works the dashboard with its keys (F1): Alt+P the period, Alt+F / Alt+T chosen
 * dates, Tab to a figure and Space lists the documents behind it, Enter opens the selected one, F5
 * reads the book again (an order entered since shows only then).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardKeysScreenTest {
    private static OrderLife life;
    private final List<DashboardViewModel.DrillRow> opened = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        ScreenFixture.allowSlowSetup();
        life = DashboardScreens.paidOrderBook("dashboard-keys-test");
        DashboardScreens.emailOrder(life, "PO-MAIL-1");
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var manager = life.manager;
        DashboardController controller = DashboardScreens.controller(life, screen, () -> manager, kind -> true,
                opened::add, new KpiPackReport(new ReportCatalog())::write);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusFirst();
    }

    @AfterAll
    static void closeBook() {
        life.book.db.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition, () -> "period '" + period() + "', touchless '" + tile("TOUCHLESS") + "'");
    }

    private String period() {
        return ((Label) scene.lookup("#periodLabel")).getText();
    }

    private String tile(String headline) {
        Button b = (Button) scene.lookup("#tile-" + headline);
        return b == null ? "" : ((javafx.scene.layout.VBox) b.getGraphic()).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, c) -> a + "|" + c);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        waitUntil(() -> tile("TOUCHLESS").contains("50.0%"));
        ComboBox<DashboardViewModel.Range> range = robot.lookup("#rangeBox").queryAs(ComboBox.class);

        // Alt+P: the period; chosen dates with Alt+F / Alt+T, shown with Alt+S
        robot.clickOn("#drillTable");
        alt(robot, KeyCode.P);
        assertThat(screen.settledFocusId()).as("focus after Alt+P").isEqualTo("rangeBox");
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> range.getValue() == DashboardViewModel.Range.CHOSEN);
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        alt(robot, KeyCode.F);
        assertThat(screen.settledFocusId()).as("focus after Alt+F").isEqualTo("fromPicker");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(from.getConverter().toString(TestBook.TODAY.minusDays(9)));
        alt(robot, KeyCode.T);
        assertThat(screen.settledFocusId()).as("focus after Alt+T").isEqualTo("toPicker");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(from.getConverter().toString(TestBook.TODAY));
        alt(robot, KeyCode.S);
        waitUntil(() -> period().contains("(10 days"));

        // Tab through the figures to the touchless share; Space lists the orders a person touched
        alt(robot, KeyCode.P);
        for (int i = 0; i < 20 && !"tile-TOUCHLESS".equals(screen.settledFocusId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(screen.settledFocusId()).as("Tab reaches the touchless share").isEqualTo("tile-TOUCHLESS");
        robot.type(KeyCode.SPACE);
        TableView<DashboardViewModel.DrillRow> drill = robot.lookup("#drillTable").queryAs(TableView.class);
        waitUntil(() -> drill.getItems().size() == 1 && drill.isFocused());

        // Enter: the selected document opens in its screen
        robot.type(KeyCode.ENTER);
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0).number()).isEqualTo(life.orderNumber);

        // F5: an order entered since the screen read the book shows only after it
        DashboardScreens.emailOrder(life, "PO-MAIL-2");
        alt(robot, KeyCode.P);
        robot.type(KeyCode.F5);
        waitUntil(() -> tile("TOUCHLESS").contains("66.7%"));
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * Each label's letter puts the cursor in its field and changes nothing else. The dates are open
     * only for a chosen period, so the period is chosen first (by mouse: the keys are not the test).
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        // the figures in (the other test may have entered an order since: no value is awaited)
        waitUntil(() -> screen.lastMessage().startsWith("Figures for "));
        ComboBox<DashboardViewModel.Range> range = robot.lookup("#rangeBox").queryAs(ComboBox.class);
        robot.interact(() -> range.setValue(DashboardViewModel.Range.CHOSEN));
        waitUntil(() -> !robot.lookup("#fromPicker").query().isDisabled());
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.P, "rangeBox");
        fields.put(KeyCode.F, "fromPicker");
        fields.put(KeyCode.T, "toPicker");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#drillTable").query(), fields);
        assertThat(opened).as("nothing opened").isEmpty();
    }

    /** A From that is no date is not shown: before, Show (Alt+S) computed the figures from the date the picker kept. */
    @Test
    @SuppressWarnings("unchecked")
    void aFromThatIsNoDateIsNotShown(FxRobot robot) throws Exception {
        waitUntil(() -> period().contains(" days")); // the figures are in (another test may have added an order)
        ComboBox<DashboardViewModel.Range> range = robot.lookup("#rangeBox").queryAs(ComboBox.class);
        robot.clickOn("#drillTable");
        alt(robot, KeyCode.P);
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> range.getValue() == DashboardViewModel.Range.CHOSEN);
        String shown = period();
        alt(robot, KeyCode.F);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-02-30");
        alt(robot, KeyCode.S);
        waitUntil(() -> !screen.dialogs.errors.isEmpty());
        assertThat(screen.dialogs.errors).singleElement().asString().contains("\u201c2026-02-30\u201d is not a date");
        assertThat(period()).isEqualTo(shown);
        assertThat(robot.lookup("#fromPicker").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-02-30");
    }
}
