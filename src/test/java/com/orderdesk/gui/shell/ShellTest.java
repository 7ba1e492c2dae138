package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "Clerk");
    private static final ShellUser SAM = new ShellUser("sam", "Sam Lee", "Credit manager");

    private final AtomicInteger alphaBuilt = new AtomicInteger();
    private final AtomicInteger betaBuilt = new AtomicInteger();
    private final List<String> switched = new ArrayList<>();
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private StatusBarModel status;
    private Shell shell;

    @Start
    void start(Stage stage) {
        status = new StatusBarModel(Clock.fixed(Instant.parse("2026-11-26T14:05:00Z"), ZoneOffset.UTC));
        status.setDatabase("/tmp/orders.db");
        WorkArea alpha = WorkArea.builder("alpha", "Alpha", Material2AL.LIST_ALT)
                .shortcut("Ctrl+F", "Search alphas")
                .view(() -> {
                    alphaBuilt.incrementAndGet();
                    TextField field = new TextField();
                    field.setId("alphaField");
                    StackPane view = (StackPane) area("alphaView", "Alpha area");
                    // the field typed in is not the screen's first: focus must come back to it, not to the first
                    view.getChildren().add(new javafx.scene.layout.VBox(new TextField(), field));
                    return view;
                })
                .onShown(() -> status.setCounts("3 alphas"))
                .build();
        WorkArea beta = WorkArea.builder("beta", "Beta", Material2MZ.SHOPPING_CART)
                .shortcut("Ctrl+L", "Add a beta line")
                .shortcut("Ctrl+S", "Save the beta")
                .view(() -> {
                    betaBuilt.incrementAndGet();
                    return area("betaView", "Beta area");
                })
                .build();
        shell = Shell.builder()
                .area(alpha)
                .area(beta)
                .status(status)
                .users(List.of(DANA, SAM), user -> {
                    if (user.login().equals("nobody")) {
                        throw new IllegalStateException("unknown user");
                    }
                    switched.add(user.login());
                })
                .signedIn(DANA)
                .theme(new Theme(prefs))
                .build();
        shell.show(stage);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void opensOnTheFirstAreaAndShowsOnlyRegisteredAreas(FxRobot robot) {
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("alpha");
        assertThat(robot.lookup("#alphaView").tryQuery()).isPresent();
        assertThat(robot.lookup(".nav-button").queryAll().stream().map(Node::getId).toList())
                .containsExactly("nav-alpha", "nav-beta");
        assertThat(betaBuilt).hasValue(0); // built lazily, on first show
    }

    @Test
    void ctrlDigitSwitchesAreasAndBuildsEachViewOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("beta");
        assertThat(robot.lookup("#betaView").query().isVisible()).isTrue();
        assertThat(robot.lookup("#alphaView").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("alpha");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alphaBuilt).hasValue(1);
        assertThat(betaBuilt).hasValue(1);
    }

    @Test
    void ctrlDigitBeyondTheRegisteredAreasDoesNothing(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("alpha");
    }

    @Test
    void clickingARailButtonSwitchesToo(FxRobot robot) {
        robot.clickOn("#nav-beta");
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("beta");
        robot.clickOn("#nav-beta"); // pressing the selected button again keeps it selected
        assertThat(robot.lookup("#nav-beta").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void statusBarShowsUserDatabaseCountsAndTheLastMessage(FxRobot robot) {
        robot.interact(() -> status.showMessage("Order SO-104233 saved"));

        assertThat(text(robot, "#userLabel")).isEqualTo("Dana Ortiz \u00b7 Clerk");
        assertThat(text(robot, "#databaseLabel")).isEqualTo("/tmp/orders.db");
        assertThat(text(robot, "#countsLabel")).isEqualTo("3 alphas");
        assertThat(text(robot, "#messageLabel")).endsWith("Order SO-104233 saved").contains("2:05");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.countsProperty().get()).as("another area's counts are cleared").isEmpty();
        assertThat(robot.lookup("#countsLabel").query().isVisible()).isFalse();
    }

    @Test
    void f1ListsTheCurrentAreasShortcutsAndEscClosesIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        StackPane overlay = robot.lookup("#shortcutsOverlay").queryAs(StackPane.class);
        assertThat(overlay.isVisible()).isTrue();
        assertThat(text(robot, "#shortcutsTitle")).isEqualTo("Keyboard shortcuts: Beta");
        List<String> lines = sheetTexts(robot);
        assertThat(lines).containsSubsequence("Beta", "Ctrl+L", "Add a beta line", "Ctrl+S", "Save the beta",
                "Everywhere", "Ctrl+1 \u2026 Ctrl+2", "Switch work area");
        assertThat(lines).doesNotContain("Search alphas");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlay.isVisible()).isFalse();

        robot.type(KeyCode.F1).type(KeyCode.F1); // F1 toggles
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlay.isVisible()).isFalse();
    }

    /** tour7: after F1 and Esc the field the clerk was typing in had lost the focus (shot 13-f1esc). */
    @Test
    void closingTheShortcutsGivesTheFocusBackWhereItWas(FxRobot robot) {
        TextField field = robot.lookup("#alphaField").queryAs(TextField.class);
        robot.clickOn(field);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutsOverlay").query().isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).as("focus after F1, Esc").isTrue();

        robot.type(KeyCode.F1).type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).as("focus after F1, F1").isTrue();
    }

    @Test
    void switchingTheUserCallsBackAndUpdatesTheStatusBar(FxRobot robot) {
        robot.clickOn("File").clickOn("#signInMenu").clickOn("Sam Lee (Credit manager)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switched).containsExactly("sam");
        assertThat(shell.signedInUserProperty().get()).isEqualTo(SAM);
        assertThat(text(robot, "#userLabel")).isEqualTo("Sam Lee \u00b7 Credit manager");
        assertThat(status.getLastMessage()).isEqualTo("Signed in as Sam Lee (Credit manager)");
    }

    @Test
    void darkThemeIsRememberedInPreferences(FxRobot robot) {
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prefs.getBoolean("theme.dark", false)).isTrue();
        assertThat(new Theme(prefs).isDark()).isTrue();
        robot.interact(() -> new Theme(prefs).setDark(false)); // back to light for the other tests
        assertThat(prefs.getBoolean("theme.dark", true)).isFalse();
    }

    private static Node area(String id, String text) {
        Label label = new Label(text);
        StackPane pane = new StackPane(label);
        pane.setId(id);
        return pane;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> sheetTexts(FxRobot robot) {
        GridPane grid = robot.lookup("#shortcutsGrid").queryAs(GridPane.class);
        List<String> texts = new ArrayList<>();
        grid.getChildren().forEach(n -> texts.add(((Label) n).getText()));
        return texts;
    }
}
