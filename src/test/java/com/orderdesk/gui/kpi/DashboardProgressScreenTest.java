package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.reporting.KpiPackReport;
import com.orderdesk.reporting.ReportCatalog;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The dashboard does not hold the FX thread with its charts, and its reads show the app's bar with a
 * Cancel (decision 9). The eight charts were made and laid out in the one pulse after the figures came
 * (9.4 s of FX thread at load 25-44 in the pulse log sweep); the open and F5 said a sentence in the footer,
 * with no bar and no way to stop them.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardProgressScreenTest {
    private static OrderLife life;
    private final HeldAnswer held = new HeldAnswer();
    /** For each pulse that put charts in: how many charts the scene had not shown before. */
    private final List<Integer> newChartsByPulse = new CopyOnWriteArrayList<>();
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private Scene scene;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void book() throws Exception {
        ScreenFixture.allowSlowSetup();
        life = DashboardScreens.paidOrderBook("dashboard-progress-test");
        DashboardScreens.emailOrder(life, "PO-MAIL-1");
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var manager = life.manager;
        DashboardController controller = DashboardScreens.controller(life, screen, () -> {
            held.pass(); // the book's read, held on cue
            return manager;
        }, kind -> true, row -> { }, new KpiPackReport(new ReportCatalog())::write);
        scene = screen.show(stage, controller, 1258, 700);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keys.add(e.getCode() + " to " + e.getTarget()));
        scene.addPostLayoutPulseListener(() -> {
            int added = 0;
            for (Node chart : scene.getRoot().lookupAll(".chart")) {
                if (seen.add(chart)) {
                    added++;
                }
            }
            if (added > 0) {
                newChartsByPulse.add(added);
            }
        });
        controller.refresh();
        controller.focusFirst();
    }

    @AfterAll
    static void closeBook() {
        life.book.db.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition, () -> "touchless '" + tile("TOUCHLESS") + "', status '" + screen.lastMessage()
                + "', charts by pulse " + newChartsByPulse + ", keys " + keys + ", bar " + scene.lookup("#taskProgress").getParent().isVisible() + " '"
                + ((Label) scene.lookup("#taskMessage")).getText() + "'");
    }

    private String tile(String headline) {
        Button b = (Button) scene.lookup("#tile-" + headline);
        return b == null ? "" : ((javafx.scene.layout.VBox) b.getGraphic()).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, c) -> a + "|" + c);
    }

    @Test
    void noPulsePutsInMoreThanOneChartOnOpeningNorOnF5(FxRobot robot) throws Exception {
        waitUntil(() -> seen.size() == 8);
        assertThat(newChartsByPulse).as("charts new to the scene, pulse by pulse, on opening").hasSize(8).containsOnly(1);
        robot.type(KeyCode.F5);
        waitUntil(() -> seen.size() == 16);
        assertThat(newChartsByPulse).as("charts new to the scene, pulse by pulse, after F5").hasSize(16).containsOnly(1);
        assertThat(scene.getRoot().lookupAll(".chart")).as("the F5's charts in place of the opening's").hasSize(8);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    @Test
    void f5ShowsTheBarAndACancelledF5KeepsTheFiguresShown(FxRobot robot) throws Exception {
        waitUntil(() -> tile("TOUCHLESS").contains("50.0%") && seen.size() == 8);
        DashboardScreens.emailOrder(life, "PO-MAIL-2"); // the book now says 66.7%: only a read of it shows that

        held.holdNext();
        robot.type(KeyCode.F5);
        waitUntil(held::holding);
        Node bar = robot.lookup("#taskProgress").query().getParent();
        assertThat(bar.isVisible()).as("the app's bar while the book is read again").isTrue();
        assertThat(robot.lookup("#taskMessage").queryAs(Label.class).getText()).contains("Reading the book again");
        assertThat(robot.lookup("#taskCancel").queryAs(Button.class).isVisible()).as("Cancel offered").isTrue();

        robot.type(KeyCode.ESCAPE);
        held.letGo();
        waitUntil(() -> !bar.isVisible() && !screen.lastMessage().startsWith("Figures for "));
        assertThat(screen.lastMessage()).isEqualTo("Reading the book again cancelled; the figures shown before stay");
        assertThat(tile("TOUCHLESS")).as("the figures shown before the cancelled F5").contains("50.0%");
        assertThat(seen).as("no chart made again").hasSize(8);

        // F5 let run reads the book and shows the order entered since
        robot.type(KeyCode.F5);
        waitUntil(() -> tile("TOUCHLESS").contains("66.7%"));
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
