package com.orderdesk.gui.claims;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims desk's actions in one row at 1024 x 768 and at 1366 x 768 (the room beside the rail): its ten actions
 * needed some 1,275 px and wrapped onto two rows at both widths (claims18). Every action is still at hand, as a button
 * or an item of More, and an action in More runs from its key with the menu closed.
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsActionBarScreenTest extends ScreenTestOnOneBook {
    /** Every action of the desk as its button or menu item says it (the underscore before its key's letter). */
    private static final List<String> ACTIONS = List.of("_Valid: credit", "_Invalid: charge back", "_Partly valid", "Write o_ff",
            "Un_do resolution", "Assign to m_e", "C_lose", "Print charge_back\u2026", "New _claim\u2026");
    private static ClaimsFixture f;
    private Parent root;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = ClaimsDeskScreen.twoDeductions(book);
        f.book.services().writeOffLimits().set(f.book.admin(), f.ar().userName(), Money.of("100.00"), "action bar test");
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.showAsTheAppLooks(stage, screen, ClaimsDeskScreen.deskPrinting(f, screen), Room.AT_1366);
        root = stage.getScene().getRoot();
    }

    @Test
    void theActionsAreOneRowAt1024And1366AndEachIsAtHand(FxRobot robot) throws Exception {
        screen.await(30, () -> controller.rows().size() == 2);
        Pane bar = robot.lookup("#claimActions").queryAs(Pane.class);
        try {
            for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
                Room.widen(robot, root, width);
                WaitForAsyncUtils.waitForFxEvents();
                List<String> rows = WaitForAsyncUtils.asyncFx(() -> {
                    root.applyCss();
                    root.layout();
                    List<String> out = new ArrayList<>();
                    double tallest = 0;
                    TreeSet<Long> ys = new TreeSet<>();
                    for (Node n : bar.getChildren()) {
                        if (n.isManaged() && n.isVisible()) {
                            ys.add(Math.round(n.getLayoutY()));
                            tallest = Math.max(tallest, n.getLayoutBounds().getHeight());
                        }
                    }
                    if (ys.size() != 1) {
                        out.add("actions at " + ys.size() + " heights " + ys);
                    }
                    double oneRow = tallest + bar.snappedTopInset() + bar.snappedBottomInset();
                    if (bar.getHeight() > oneRow + 1) {
                        out.add("bar " + Math.round(bar.getHeight()) + " px high, one row is " + Math.round(oneRow));
                    }
                    return out;
                }).get();
                assertThat(rows).as("the action bar at %.0f px", width).isEmpty();
                assertThat(Room.outside(root)).as("controls out of the room at %.0f px", width).isEmpty();
                assertThat(Truncation.cutLabels(bar, ".button")).as("buttons cut at %.0f px", width).isEmpty();
            }
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
        List<String> atHand = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : bar.getChildren()) {
                if (n instanceof MenuButton more) {
                    more.getItems().forEach(i -> out.add(i.getText()));
                } else if (n instanceof ButtonBase b && b.isVisible()) {
                    out.add(b.getText());
                }
            }
            return out;
        }).get();
        assertThat(atHand).as("the actions in the bar, as buttons or in More").containsExactlyInAnyOrderElementsOf(ACTIONS);
        assertThat(robot.from(bar).lookup("#moveBox").queryAs(ComboBox.class).isVisible()).as("Move to...").isTrue();
    }

    /** Alt+F writes the case off; with the action in More, the menu stays closed and the key still runs it. */
    @Test
    void writeOffRunsFromItsKeyWithTheMenuClosed(FxRobot robot) throws Exception {
        screen.await(30, () -> controller.rows().size() == 2);
        robot.interact(() -> controller.focusQueue());
        screen.await(30, () -> robot.lookup("#evidenceTitle").tryQuery().isPresent());
        String number = controller.rows().get(0).number();
        robot.clickOn("#noteField").write("Too small to pursue");
        alt(robot, KeyCode.F);
        screen.await(30, () -> robot.lookup("#claimResult").queryAs(Label.class).getText().contains("written off"),
                () -> "result '" + robot.lookup("#claimResult").queryAs(Label.class).getText() + "'");
        assertThat(f.claim(number).status().isResolved()).as(number + " written off").isTrue();
        assertThat(robot.lookup((MenuButton m) -> m.isShowing()).tryQuery()).as("a menu left open").isEmpty();
        assertThat(robot.lookup("#noteField").queryAs(TextField.class).getText()).isEmpty();
        // a key whose action may not run does nothing: the case is resolved, so Alt+F again writes nothing off
        long writeOffs = f.count("claim_settlement");
        screen.await(30, () -> robot.lookup("#claimResult").queryAs(Label.class).getText().contains("written off"));
        alt(robot, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.count("claim_settlement")).isEqualTo(writeOffs);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
