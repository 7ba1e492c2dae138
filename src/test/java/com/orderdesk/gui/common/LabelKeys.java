package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen's label letters, pressed as a person presses them: each Alt+letter must put the focus in
 * the field its label names, and nothing else may happen (no text or choice changes, no popup,
 * window, dialog or status message, and no action: JavaFX fires an action at the field a label's
 * letter focuses, so a field whose onAction signs in or searches did that on Alt+letter). Before each
 * key the focus goes back to a neutral control, so a dead letter leaves it there and fails.
 */
public final class LabelKeys {
    private LabelKeys() {
    }

    /**
     * Presses Alt+ each key of {@code fields} (in its order) and checks the focus is then in the node
     * with the mapped id (or inside it, as in an editable combo box's editor). First, no two
     * controls in view may share a letter ({@link #assertNoTwoShareALetter}): every screen with a
     * label-letter test is checked for clashes, not only those written after the check.
     */
    public static void assertEachFocusesItsField(FxRobot robot, Scene scene, ScreenFixture screen, Node neutral,
                                                 Map<KeyCode, String> fields) {
        assertNoTwoShareALetter(scene);
        List<String> before = state(scene, screen);
        List<String> actions = new ArrayList<>();
        EventHandler<ActionEvent> recordAction = e -> {
            if (handles(e.getTarget())) {
                actions.add(String.valueOf(e.getTarget()));
            }
        };
        robot.interact(() -> scene.addEventFilter(ActionEvent.ACTION, recordAction));
        try {
            pressEach(robot, scene, neutral, fields, actions);
        } finally {
            robot.interact(() -> scene.removeEventFilter(ActionEvent.ACTION, recordAction));
        }
        assertThat(state(scene, screen)).as("nothing but the focus changed").isEqualTo(before);
    }

    /**
     * Whether the field an action reaches does something with it: JavaFX fires one at every field a
     * label's letter focuses, which only matters when the field has an onAction (sign in, search).
     */
    private static boolean handles(EventTarget target) {
        return target instanceof TextField text && text.getOnAction() != null
                || target instanceof ComboBoxBase<?> box && box.getOnAction() != null;
    }

    private static void pressEach(FxRobot robot, Scene scene, Node neutral, Map<KeyCode, String> fields,
                                  List<String> actions) {
        for (var field : fields.entrySet()) {
            Node target = scene.lookup("#" + field.getValue());
            assertThat(target).as("a node with the id " + field.getValue()).isNotNull();
            robot.interact(neutral::requestFocus);
            assertThat(scene.getFocusOwner()).as("the neutral control takes the focus before Alt+" + field.getKey())
                    .isSameAs(neutral);
            KeyPresses.alt(robot, field.getKey());
            waitForFocusIn(scene, target, field.getKey());
            assertThat(actions).as("actions fired by Alt+" + field.getKey() + " (a label's letter only moves the cursor)")
                    .isEmpty();
        }
    }

    /**
     * No two controls in view underline the same letter: JavaFX then takes turns between them, so the
     * letter a label shows would reach its field only every other press. Hidden controls (another tab,
     * a pane not shown) do not count: their letters are not offered.
     */
    public static void assertNoTwoShareALetter(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<Character, List<String>> owners = new java.util.TreeMap<>();
        for (Node n : scene.getRoot().lookupAll("*")) {
            if (n instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null && shown(n)) {
                int at = l.getText().indexOf('_');
                if (at >= 0 && at + 1 < l.getText().length() && l.getText().charAt(at + 1) != '_') {
                    owners.computeIfAbsent(Character.toUpperCase(l.getText().charAt(at + 1)), c -> new ArrayList<>())
                            .add("'" + l.getText() + "'");
                }
            }
        }
        owners.values().removeIf(list -> list.size() < 2);
        assertThat(owners).as("letters underlined by more than one control in view").isEmpty();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitForFocusIn(Scene scene, Node target, KeyCode key) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inside(scene.getFocusOwner(), target));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Alt+" + key + " should focus #" + target.getId() + "; the focus is on "
                    + scene.getFocusOwner(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inside(Node node, Node target) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    /** What a key could change besides the focus: values, choices, popups, windows, dialogs and the status bar. */
    private static List<String> state(Scene scene, ScreenFixture screen) {
        List<String> state = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        state.add("windows " + Window.getWindows().size());
        state.add("errors " + screen.dialogs.errors + ", confirms " + screen.dialogs.confirms + ", reasons "
                + screen.dialogs.reasonsAsked);
        state.add("status " + screen.lastMessage());
        collect(scene.getRoot(), state);
        return state;
    }

    private static void collect(Node node, List<String> state) {
        String name = node.getClass().getSimpleName() + "#" + node.getId();
        if (node instanceof TextInputControl text) {
            state.add(name + " text " + text.getText());
        } else if (node instanceof ComboBoxBase<?> box) {
            state.add(name + " value " + box.getValue() + (box.isShowing() ? " showing" : ""));
        } else if (node instanceof CheckBox check) {
            state.add(name + " selected " + check.isSelected());
        } else if (node instanceof TableView<?> table) {
            state.add(name + " row " + table.getSelectionModel().getSelectedIndex());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, state));
        }
    }
}
