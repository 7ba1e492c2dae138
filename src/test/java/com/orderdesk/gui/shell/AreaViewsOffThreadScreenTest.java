package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.KeyPresses;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a view loader (as the desk has), an area's view is built off the FX thread at its first visit, the
 * window shows "Opening ..." and keeps answering keys meanwhile, and quick switches end on the last area
 * asked for. Signing in and first visits held the FX thread 0.2-10.8 s (performance.md).
 */
@ExtendWith(ApplicationExtension.class)
class AreaViewsOffThreadScreenTest {
    /** Whether each view factory ran on the FX thread, in the order they ran. */
    private final List<String> builtOn = new CopyOnWriteArrayList<>();
    private final CountDownLatch secondMayFinish = new CountDownLatch(1);
    private final AtomicInteger secondBuilt = new AtomicInteger();
    /** Builds of an area whose view fails to load the first time only. */
    private final AtomicInteger flakyBuilds = new AtomicInteger();
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private Shell shell;

    @Start
    void start(Stage stage) {
        WorkArea first = area("first", "First", () -> { });
        WorkArea second = area("second", "Second", () -> {
            secondBuilt.incrementAndGet();
            try {
                // an area whose FXML and controller take long to load (up to 9 s under load)
                secondMayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        WorkArea third = area("third", "Third", () -> { });
        WorkArea flaky = area("flaky", "Flaky", () -> {
            if (flakyBuilds.incrementAndGet() == 1) {
                throw new IllegalStateException("Flaky.fxml: a resource could not be read");
            }
        });
        shell = Shell.builder().area(first).area(second).area(third).area(flaky).viewLoader(loader).build();
        shell.show(stage);
    }

    private WorkArea area(String id, String title, Runnable whileBuilding) {
        return WorkArea.builder(id, title, Material2AL.LIST_ALT)
                .view(() -> {
                    builtOn.add(id + (Platform.isFxApplicationThread() ? " on the FX thread" : " off the FX thread"));
                    whileBuilding.run();
                    TextField field = new TextField();
                    field.setId(id + "Field");
                    VBox view = new VBox(new Label(title), field);
                    view.setId(id + "View");
                    return view;
                })
                .build();
    }

    @AfterEach
    void stopLoader() {
        secondMayFinish.countDown();
        loader.shutdownNow();
    }

    @Test
    void eachViewIsBuiltOffTheFxThreadAndTheAreaSaysItIsOpeningMeanwhile(FxRobot robot) {
        waitUntil(() -> robot.lookup("#firstView").tryQuery().isPresent());
        assertThat(builtOn).containsExactly("first off the FX thread");
        // the home area's first field has the keyboard once its view is in, as when it was built on the thread
        waitUntil(() -> robot.lookup("#firstField").query().isFocused());

        KeyPresses.ctrl(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#areaOpening .label").queryAs(Label.class).getText()).isEqualTo("Opening Second...");
        assertThat(robot.lookup("#nav-second").queryAs(ToggleButton.class).isSelected()).isTrue();
        secondMayFinish.countDown();
        waitUntil(() -> robot.lookup("#secondView").tryQuery().isPresent());
        assertThat(builtOn).containsExactly("first off the FX thread", "second off the FX thread");
        assertThat(robot.lookup("#areaOpening").tryQuery()).isEmpty();
        waitUntil(() -> robot.lookup("#secondField").query().isFocused());
    }

    @Test
    void switchingQuicklyByKeysWhileAnAreaLoadsEndsOnTheLastAsked(FxRobot robot) {
        waitUntil(() -> robot.lookup("#firstView").tryQuery().isPresent());
        KeyPresses.ctrl(robot, KeyCode.DIGIT2); // its view takes long to load
        KeyPresses.ctrl(robot, KeyCode.DIGIT3); // the window still takes Ctrl+digits meanwhile
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("third");
        assertThat(robot.lookup("#areaOpening .label").queryAs(Label.class).getText()).isEqualTo("Opening Third...");
        secondMayFinish.countDown();
        waitUntil(() -> robot.lookup("#thirdView").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#secondView").tryQuery()).as("the earlier area's view came in last but is not shown").isEmpty();
        assertThat(robot.lookup("#nav-third").queryAs(ToggleButton.class).isSelected()).isTrue();
        waitUntil(() -> robot.lookup("#thirdField").query().isFocused());

        // the view built on the way is kept: going there again shows it at once, built once
        KeyPresses.ctrl(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#secondView").tryQuery()).isPresent();
        assertThat(secondBuilt).hasValue(1);
    }

    @Test
    void whatIsAskedOfAnAreaRunsOnceItsViewIsIn(FxRobot robot) {
        waitUntil(() -> robot.lookup("#firstView").tryQuery().isPresent());
        // what the action found of the area's view in the window when it ran, each time it ran
        List<Optional<Node>> sawView = new CopyOnWriteArrayList<>();
        robot.interact(() -> shell.select("third", () -> sawView.add(robot.lookup("#thirdView").tryQuery())));
        waitUntil(() -> !sawView.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // the view was in the window (not "Opening Third..."), and the action ran once: a not-null check said neither
        assertThat(sawView).as("what the action found, each time it ran").hasSize(1);
        assertThat(sawView.get(0)).as("the third area's view when the action ran").isPresent();
        assertThat(sawView.get(0).get().getScene()).as("the view's scene").isSameAs(robot.lookup("#nav-third").query().getScene());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not reached within 10 s", e);
        }
    }

    /** A view that failed to build once is built again on "Try again": before, the failure was kept for the session. */
    @Test
    void aViewThatFailedToBuildIsBuiltAgainOnTryAgain(FxRobot robot) {
        waitUntil(() -> robot.lookup("#firstView").tryQuery().isPresent());
        KeyPresses.ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#areaFailed").tryQuery().isPresent());
        assertThat(robot.lookup("#areaFailed .label").queryAs(Label.class).getText())
                .isEqualTo("Flaky could not be opened: Flaky.fxml: a resource could not be read");
        robot.clickOn("#areaTryAgain");
        waitUntil(() -> robot.lookup("#flakyView").tryQuery().isPresent());
        assertThat(flakyBuilds).hasValue(2);
        assertThat(robot.lookup("#areaFailed").tryQuery()).isEmpty();
    }
}
