package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The AR lead works the Dunning levels screen with its keys (F1): Alt+D / G / F / L / T to the
 * fields, Enter puts the form into the level, Alt+A adds a level, Alt+V takes out the last (asks
 * once), Alt+U undoes what is not saved, Ctrl+S saves the procedure.
 */
@ExtendWith(ApplicationExtension.class)
class DunningLevelsKeysScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser lead;
    private DunningLevelsViewModel model;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        lead = book.manager();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        model = new DunningLevelsViewModel(book.services().dunning(), () -> lead);
        DunningLevelsController controller = new DunningLevelsController(model, screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusFirst();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "levels " + model.levels() + ", problems '" + ((Label) scene.lookup("#problemsLabel")).getText() + "'");
    }

    /**
     * As the window shows the area the first time: the view put in a shown scene and asked for its focus at once,
     * before its split pane has put the table in the scene (tour 8: "Undo changes" had the focus).
     */
    @Test
    void shownTheFirstTimeTheLevelsTableHasTheFocus(org.testfx.api.FxRobot robot) throws Exception {
        DunningLevelsController fresh = new DunningLevelsController(new DunningLevelsViewModel(book.services().dunning(), () -> lead),
                screen.tasks, screen.dialogs, screen.status);
        javafx.scene.control.Button elsewhere = new javafx.scene.control.Button("elsewhere");
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(elsewhere);
        robot.interact(() -> {
            scene.setRoot(content);
            elsewhere.requestFocus();
        });
        robot.interact(() -> {
            content.getChildren().setAll(com.orderdesk.gui.common.Views.load(fresh));
            fresh.refresh();
            fresh.focusFirst();
            // the shell's own fallback: the first focusable control when the area took none
            javafx.application.Platform.runLater(() -> {
                if (!(scene.getFocusOwner() != null && content.getChildren().get(0).lookupAll("*").contains(scene.getFocusOwner()))) {
                    content.getChildren().get(0).lookup("#resetButton").requestFocus();
                }
            });
        });
        assertThat(screen.settledFocusId()).as("focus when first shown").isEqualTo("levelsTable");
    }

    @Test
    void theLevelsKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#levelsTable").queryAs(TableView.class);
        waitUntil(() -> model.levels().size() == 3 && table.getSelectionModel().getSelectedIndex() == 0);
        int stored = model.levels().get(0).daysPastDue();

        // the labels' letters reach their fields
        alt(robot, KeyCode.G);
        assertThat(screen.settledFocusId()).as("focus after Alt+G").isEqualTo("graceField");
        alt(robot, KeyCode.F);
        assertThat(screen.settledFocusId()).as("focus after Alt+F").isEqualTo("feeField");
        alt(robot, KeyCode.L);
        assertThat(screen.settledFocusId()).as("focus after Alt+L").isEqualTo("templateBox");
        alt(robot, KeyCode.T);
        assertThat(screen.settledFocusId()).as("focus after Alt+T").isEqualTo("textArea");
        alt(robot, KeyCode.D);
        assertThat(screen.settledFocusId()).as("focus after Alt+D").isEqualTo("daysField");

        // Enter in a field puts the form into the selected level (not yet stored)
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(String.valueOf(stored + 1));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> model.levels().get(0).daysPastDue() == stored + 1);
        assertThat(book.services().dunning().levels(lead).get(0).daysPastDue()).isEqualTo(stored);

        // Alt+U undoes it
        alt(robot, KeyCode.U);
        waitUntil(() -> model.levels().get(0).daysPastDue() == stored);

        // Alt+A adds a level after the last, the cursor in its days; Alt+V takes it out again (asks once)
        alt(robot, KeyCode.A);
        waitUntil(() -> model.levels().size() == 4);
        assertThat(screen.settledFocusId()).as("focus after Alt+A").isEqualTo("daysField");
        alt(robot, KeyCode.V);
        waitUntil(() -> model.levels().size() == 3);
        assertThat(screen.dialogs.confirms).singleElement().asString().isEqualTo("Take out the last level: level 4");

        // Ctrl+S from a field stores what the form holds
        robot.clickOn(table);
        robot.type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        alt(robot, KeyCode.D);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(String.valueOf(stored + 2));
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().startsWith("Dunning procedure saved: 3 levels"));
        assertThat(book.services().dunning().levels(lead).get(0).daysPastDue()).isEqualTo(stored + 2);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Each label's letter puts the cursor in its field and changes nothing: no level, no text, no status. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#levelsTable").queryAs(TableView.class);
        waitUntil(() -> model.levels().size() == 3 && table.getSelectionModel().getSelectedIndex() == 0);
        var levels = model.levels();
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.D, "daysField");
        fields.put(KeyCode.G, "graceField");
        fields.put(KeyCode.F, "feeField");
        fields.put(KeyCode.L, "templateBox");
        fields.put(KeyCode.T, "textArea");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, table, fields);
        assertThat(model.levels()).as("the levels as loaded").isEqualTo(levels);
    }
}
