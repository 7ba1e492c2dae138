package com.orderdesk.app;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.gui.shell.Shortcut;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real main window, a screen's Alt+letter is the screen's even when a menu of the menu bar
 * ("_File", "_Go", "_View", "_Help") underlines the same letter: JavaFX gives a key claimed twice to
 * neither, so Alt+G on fulfillment moved the focus to "Go" instead of opening the routing settings.
 */
@ExtendWith(ApplicationExtension.class)
class MenuLettersScreenTest {
    private static final Pattern LISTED_ALT = Pattern.compile("Alt\\+([A-Za-z0-9])(?![A-Za-z0-9])");
    private static final Set<Character> MENU_LETTERS = Set.of('F', 'G', 'V', 'H');
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.themed(); // with a theme, as the application: the View menu shows
    private DeskSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        this.stage = stage;
        desk.window(stage, 1258, 700);
    }

    private void openAsAdministrator(FxRobot robot) throws Exception {
        open("admin", robot);
    }

    private void open(String role, FxRobot robot) throws Exception {
        TestBook book = desk.newBook("menu-letters-test");
        SignedInUser user = switch (role) {
            case "clerk" -> book.clerk();
            case "manager" -> book.manager();
            case "ar" -> book.arClerk();
            default -> book.admin();
        };
        session = desk.openDesk(robot, user);
    }

    private static boolean settingsShowing() {
        return Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Routing settings".equals(s.getTitle()) && s.isShowing());
    }

    @Test
    void altGOnFulfillmentOpensTheRoutingSettings(FxRobot robot) throws Exception {
        openAsAdministrator(robot);
        robot.interact(() -> session.shell().select(FulfillmentArea.ID));
        DeskWindowFixture.areaIn(robot);
        WaitForAsyncUtils.waitForFxEvents();
        alt(robot, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, MenuLettersScreenTest::settingsShowing);
        assertThat(menuBar(robot).getMenus()).noneMatch(m -> m.isShowing());

        // the menus that gave their letter up stay reachable by the keyboard: F10, then Down opens File
        desk.hideOtherWindows(robot);
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.F10).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuBar(robot).getMenus()).as("F10, Down").anyMatch(m -> m.isShowing());
        robot.interact(() -> menuBar(robot).getMenus().forEach(m -> m.hide()));
    }

    /**
     * Tour13: on the audit trail Alt+F was the From date's letter, so the File menu's Alt+F did nothing
     * there (the menu gave its letter up to the screen). From is Alt+M now: both keys work on that screen.
     */
    @Test
    void onTheAuditTrailAltFOpensTheFileMenuAndAltMTheFromDate(FxRobot robot) throws Exception {
        openAsAdministrator(robot);
        robot.interact(() -> session.shell().select(WorkAreas.AUDIT));
        DeskWindowFixture.areaIn(robot);
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = menuBar(robot);
        Node from = bar.getScene().lookup("#fromPicker");

        alt(robot, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getMenus().get(0).getText().replace("_", "")).isEqualTo("File");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getMenus().get(0).isShowing());
        robot.interact(() -> bar.getMenus().forEach(m -> m.hide()));
        robot.type(KeyCode.ESCAPE);

        alt(robot, KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inside(bar.getScene().getFocusOwner(), from));
        assertThat(bar.getMenus()).noneMatch(m -> m.isShowing());
    }

    /** Each role's desk: the administrator has no cash matching nor claims desk, the AR clerk has them. */
    @ParameterizedTest
    @ValueSource(strings = {"admin", "ar", "clerk", "manager"})
    void onEveryScreenTheMenuBarTakesNoneOfTheScreensLetters(String role, FxRobot robot) throws Exception {
        open(role, robot);
        MenuBar bar = menuBar(robot);
        List<String> clashes = new ArrayList<>();
        int pressed = 0;
        for (WorkArea area : session.shell().areas()) {
            robot.interact(() -> session.shell().select(area.id()));
            DeskWindowFixture.areaIn(robot);
            WaitForAsyncUtils.waitForFxEvents();
            Set<Character> claimed = claimed(area, bar.getScene());
            Set<Character> menuTakes = menuMnemonics(bar);
            for (char letter : claimed) {
                if (menuTakes.contains(letter)) {
                    clashes.add(area.id() + " Alt+" + letter + ": a menu is underlined with it");
                }
            }
            // and pressed: the menu letters the screen claims open no menu and leave the focus in the screen
            for (char letter : claimed) {
                if (!MENU_LETTERS.contains(letter)) {
                    continue;
                }
                alt(robot, KeyCode.getKeyCode(String.valueOf(letter)));
                WaitForAsyncUtils.waitForFxEvents();
                pressed++;
                Node focus = bar.getScene().getFocusOwner();
                if (bar.getMenus().stream().anyMatch(m -> m.isShowing()) || inside(focus, bar)) {
                    clashes.add(area.id() + " Alt+" + letter + ": pressed, the menu bar took it");
                }
                robot.interact(() -> bar.getMenus().forEach(m -> m.hide()));
                desk.hideOtherWindows(robot);
            }
        }
        assertThat(session.shell().areas()).as(role + "'s screens").hasSizeGreaterThan(3);
        assertThat(pressed).as("menu letters pressed on screens that claim them").isGreaterThanOrEqualTo(1);
        assertThat(bar.getMenus()).as("all four menus shown, View too").allMatch(m -> m.isVisible());
        System.out.println("MENU-LETTERS " + role + ": " + session.shell().areas().size() + " areas, " + pressed + " menu letters pressed");
        assertThat(clashes).isEmpty();
        // a screen that claims none of them gets the menus' letters back
        robot.interact(() -> session.shell().select(WorkAreas.ORDERS));
        DeskWindowFixture.areaIn(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Set<Character> free = new TreeSet<>(MENU_LETTERS);
        bar.getMenus().stream().filter(m -> !m.isVisible()).forEach(m -> free.remove(m.getText().replace("_", "").charAt(0)));
        free.removeAll(claimed(session.shell().selectedAreaProperty().get(), bar.getScene()));
        assertThat(menuMnemonics(bar)).as("menu letters on the orders screen").containsAll(free);
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    /** The letters a screen claims: its listed Alt+letters and the underlined letters of its view. */
    private static Set<Character> claimed(WorkArea area, Scene scene) {
        Set<Character> letters = new TreeSet<>();
        for (Shortcut s : area.shortcuts()) {
            Matcher m = LISTED_ALT.matcher(s.keys());
            while (m.find()) {
                letters.add(Character.toUpperCase(m.group(1).charAt(0)));
            }
        }
        for (Node n : scene.getRoot().lookupAll("*")) {
            if (n instanceof Labeled l && l.isMnemonicParsing() && !inside(n, scene.getRoot().lookup(".menu-bar"))
                    && l.getText() != null && l.getText().matches("(?s).*_[^_].*")) {
                letters.add(Character.toUpperCase(l.getText().charAt(l.getText().indexOf('_') + 1)));
            }
        }
        return letters;
    }

    /** The Alt+letters the scene gives to the menu bar's buttons (what JavaFX will act on). */
    private static Set<Character> menuMnemonics(MenuBar bar) {
        Set<Character> letters = new TreeSet<>();
        bar.getScene().getMnemonics().forEach((keys, mnemonics) -> {
            if (mnemonics.stream().anyMatch(m -> inside(m.getNode(), bar) && m.getNode().isVisible())) {
                for (char c = 'A'; c <= 'Z'; c++) {
                    String key = String.valueOf(c);
                    if (keys.match(new KeyEvent(KeyEvent.KEY_PRESSED, key.toLowerCase(), key.toLowerCase(),
                            KeyCode.getKeyCode(key), false, false, true, false))) {
                        letters.add(c);
                    }
                }
            }
        });
        return letters;
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
