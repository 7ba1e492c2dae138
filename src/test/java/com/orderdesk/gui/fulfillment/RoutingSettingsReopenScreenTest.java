package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.FxPulseLog;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The routing settings window opened, closed and opened again, as the administrator does, with the
 * demo book's 13 nodes. Each opening fills the node table a slice of rows per pulse (4 rows of its 9
 * columns): all 13 in one pulse held the FX thread 0.8-1.2 s for the cells of that table alone in the
 * application under load (pulse log of 6 December). The longest FX thread hold of each opening is
 * printed (TIMING) with its sampled cause, for the figures in the commit.
 */
class RoutingSettingsReopenScreenTest extends ScreenTestOnOneBook {
    private final FxPulseLog pulses = new FxPulseLog(50, null);
    /** How many rows the node table gained in each pulse that gave it some, from empty (or from the last opening's). */
    private final List<Integer> rowsPerPulse = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int rowsBefore;
    private boolean counting;

    @BeforeAll
    static void book() throws Exception {
        RoutingSettingsWindow.addDemoSizedNetwork(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
    }

    /** Counts after each pulse's layout the rows the node table gained (a reload starts anew): the window keeps its scene. */
    private void countRowsEachPulse(javafx.scene.Scene scene) {
        if (counting) {
            return;
        }
        counting = true;
        scene.addPostLayoutPulseListener(() -> {
            if (scene.lookup("#nodeTable") instanceof TableView<?> nodes) {
                int now = nodes.getItems().size();
                if (now != rowsBefore) {
                    rowsPerPulse.add(now > rowsBefore ? now - rowsBefore : now);
                    rowsBefore = now;
                }
            }
        });
    }

    @Test
    void theWindowOpensAgainAndFillsItsTablesASliceOfRowsPerPulse(FxRobot robot) throws Exception {
        RoutingSettingsStage window = new RoutingSettingsStage(RoutingSettingsWindow.controller(book, screen, screen.tasks),
                screen.tasks, screen.dialogs);
        List<String> timing = new ArrayList<>();
        robot.interact(pulses::start);
        for (int opening = 1; opening <= 3; opening++) {
            robot.interact(pulses::forget);
            rowsPerPulse.clear();
            robot.interact(() -> {
                window.open(); // counted from the pulse after: the window's first pulses may fill a table
                countRowsEachPulse(window.stage().getScene());
            });
            ScreenFixture.waitUntil(60, () -> robot.lookup("#scroller").tryQuery().map(n -> n.isVisible()).orElse(false));
            TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
            TableView<?> rates = robot.lookup("#rateTable").queryAs(TableView.class);
            assertThat(nodes.getItems()).as("opening %d: the nodes", opening).hasSize(13);
            assertThat(rates.getItems()).as("opening %d: the rate card", opening).isNotEmpty();
            Thread.sleep(300); // a few frames after the fill, so its layout is counted
            WaitForAsyncUtils.waitForFxEvents();
            timing.add("opening " + opening + ": " + pulses.longestMillis() + " ms " + pulses.gaps().stream()
                    .filter(g -> g.millis() == pulses.longestMillis()).findFirst().map(FxPulseLog.Gap::cause).orElse(""));

            assertThat(rowsPerPulse).as("opening %d: rows added to the nodes per pulse (a slice of %d at most)", opening, 4)
                    .isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1, 4));
            robot.interact(() -> window.stage().close());
        }
        robot.interact(pulses::stop);
        timing.forEach(t -> System.out.println("TIMING routing settings " + t));
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
