package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.gui.common.UiTaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard tour of 6 December: under load the window stood blank and white for 4-20 s before the
 * settings came. It now shows at once saying that they are loading, with a progress indicator, while
 * its view is built and the settings read in the background, and shows the tables when they have come. The FX thread's longest hold while it opens and fills is printed
 * (TIMING), for the figures in the commit.
 */
class RoutingSettingsLoadingScreenTest extends ScreenTestOnOneBook {
    /** Holds the tasks it is given until {@link #release()}: the load of a loaded machine, for as long as the test looks. */
    private final HeldTasks held = new HeldTasks();
    private final FxThreadGaps gaps = new FxThreadGaps();
    private long openMillis;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
    }

    @Test
    void theWindowShowsAtOnceSayingTheSettingsAreLoadingUntilTheyCome(FxRobot robot) throws Exception {
        RoutingSettingsStage window = new RoutingSettingsStage(RoutingSettingsWindow.controller(book, screen, held), held,
                screen.dialogs);
        robot.interact(() -> {
            gaps.start();
            long t0 = System.nanoTime();
            window.open();
            openMillis = (System.nanoTime() - t0) / 1_000_000;
        });
        assertThat(window.stage().isShowing()).as("the window shows at once").isTrue();
        assertThat(robot.lookup("#nodeTable").tryQuery()).as("its view is built in the background, once it shows").isEmpty();
        assertLoading(robot);
        Thread.sleep(300);
        long shown = gaps.longestMillis();

        held.release(); // the view is built in the background, then asks for the settings
        ScreenFixture.waitUntil(60, () -> robot.lookup("#nodeTable").tryQuery().isPresent() && held.count() == 1);
        Thread.sleep(300);
        long built = gaps.longestMillis();
        assertLoading(robot);
        assertThat(robot.lookup("#scroller").query().isVisible()).as("no empty tables meanwhile").isFalse();
        // the tables fill a slice of rows per pulse once the settings come: a save before they are all in
        // would take a part for the whole
        assertThat(robot.lookup("#saveButton").query().isDisabled()).as("no save while the settings load").isTrue();

        robot.interact(gaps::forget);
        held.release();
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // a few frames after the fill, so its layout is counted
        robot.interact(gaps::stop);
        long fill = gaps.longestMillis();
        assertThat(robot.lookup("#loadingPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#scroller").query().isVisible()).isTrue();
        assertThat(robot.lookup("#saveButton").query().isDisabled()).as("the save once they are in").isFalse();
        System.out.println("TIMING routing settings: open() returned in " + openMillis + " ms; longest FX thread hold"
                + " until shown " + shown + " ms, until the view was put in " + built + " ms (the longest so far);"
                + " while the tables were filled and laid out " + fill + " ms (alone)");
        robot.interact(() -> window.stage().close());
    }

    private static void assertLoading(FxRobot robot) {
        Node loading = robot.lookup("#loadingPane").query();
        assertThat(loading.isVisible()).as("the loading message shows").isTrue();
        assertThat(robot.lookup("#loadingLabel").queryAs(Label.class).getText()).isEqualTo("Loading the routing settings...");
        assertThat(robot.from(loading).lookup(".progress-indicator").queryAs(ProgressIndicator.class).isIndeterminate()).isTrue();
    }

    private static final class HeldTasks implements UiTaskRunner {
        private final List<Task<?>> waiting = new ArrayList<>();

        @Override
        public synchronized <T> Task<T> run(Task<T> task) {
            waiting.add(task);
            return task;
        }

        synchronized void release() {
            waiting.forEach(t -> new Thread(t, "held load").start());
            waiting.clear();
        }

        synchronized int count() {
            return waiting.size();
        }

        @Override
        public void shutdown() {
        }
    }
}
