package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.gui.shell.Shortcut;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cancel button of every screen's progress bar has an Alt+letter, and one its screen leaves
 * free: no label or button of the screen underlines it and no key of the screen's list (F1) is
 * Alt+ it. A letter claimed twice reaches neither, so a Cancel sharing one would not cancel.
 */
@ExtendWith(ApplicationExtension.class)
class CancelLetterScreenTest {
    private static final Pattern LISTED_ALT = Pattern.compile("Alt\\+([A-Za-z0-9])(?![A-Za-z0-9])");
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.themed();

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        desk.window(stage, 1366, 768);
    }

    /** The AR clerk has invoices (and their statements), the collections worklist, dunning, cash and the dashboard; the administrator fulfillment, the inbox and the dashboard. */
    @ParameterizedTest
    @ValueSource(strings = {"admin", "ar"})
    void everyProgressBarsCancelUnderlinesALetterItsScreenLeavesFree(String role, FxRobot robot) throws Exception {
        TestBook book = desk.newBook("cancel-letter-test");
        SignedInUser user = role.equals("ar") ? book.arClerk() : book.admin();
        DeskSession session = desk.openDesk(robot, user);
        List<String> withABar = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (WorkArea area : session.shell().areas()) {
            robot.interact(() -> session.shell().select(area.id()));
            // each screen is built off the FX thread at its first visit ("Opening ...")
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#areaOpening").tryQuery().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = robot.listWindows().stream().filter(w -> w.getScene() != null && w.isShowing()
                    && w.getScene().lookup(".menu-bar") != null).findFirst().orElseThrow().getScene();
            for (Node n : scene.getRoot().lookupAll(".task-progress")) {
                TaskProgressBar bar = (TaskProgressBar) n;
                withABar.add(area.id());
                Character letter = letterOf(bar.getCancelText());
                if (letter == null) {
                    clashes.add(area.id() + ": Cancel ('" + bar.getCancelText() + "') has no Alt+letter");
                } else if (claimed(area, scene, bar).contains(letter)) {
                    clashes.add(area.id() + ": Cancel ('" + bar.getCancelText() + "') takes Alt+" + letter
                            + ", which the screen claims too (" + claimed(area, scene, bar) + ")");
                }
            }
        }
        assertThat(withABar).as(role + "'s screens with a progress bar").contains(
                role.equals("ar") ? new String[] {WorkAreas.INVOICES, CollectionsAreas.WORKLIST, CollectionsAreas.DUNNING, WorkAreas.CASH,
                        DashboardArea.ID} : new String[] {FulfillmentArea.ID, InboxArea.ID, DashboardArea.ID});
        assertThat(clashes).isEmpty();
    }

    /** The letters a screen claims besides its Cancel: its listed Alt+letters and its underlined labels and buttons. */
    private static Set<Character> claimed(WorkArea area, Scene scene, TaskProgressBar bar) {
        Set<Character> letters = new TreeSet<>();
        for (Shortcut s : area.shortcuts()) {
            Matcher m = LISTED_ALT.matcher(s.keys());
            while (m.find()) {
                letters.add(Character.toUpperCase(m.group(1).charAt(0)));
            }
        }
        Node menuBar = scene.getRoot().lookup(".menu-bar");
        for (Node n : scene.getRoot().lookupAll("*")) {
            if (n instanceof Labeled l && l.isMnemonicParsing() && !inside(n, menuBar) && !inside(n, bar)) {
                Character letter = letterOf(l.getText());
                if (letter != null) {
                    letters.add(letter);
                }
            }
        }
        return letters;
    }

    private static Character letterOf(String text) {
        if (text == null) {
            return null;
        }
        int i = text.indexOf('_');
        while (i >= 0 && i + 1 < text.length()) {
            if (text.charAt(i + 1) != '_') {
                return Character.toUpperCase(text.charAt(i + 1));
            }
            i = text.indexOf('_', i + 2);
        }
        return null;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
