package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * An administrator's or AR clerk's dozen work areas on a 1366 x 768 laptop: the rail tightens so
 * every area's button is in sight, every label whole, and takes its roomy look back on a taller
 * window.
 */
@ExtendWith(ApplicationExtension.class)
class CompactRailScreenTest {
    /** The AR clerk's areas, as the application names them (two wrap onto a second line). */
    private static final List<String> AREAS = List.of("Orders", "Order", "Credit holds", "Invoices", "Cash matching",
            "Dashboard", "Returns", "Claims desk", "Root causes", "Collections", "Dunning", "Dunning levels", "Customers");

    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Truncation.applicationLook();
        Shell.Builder builder = Shell.builder();
        for (int i = 0; i < AREAS.size(); i++) {
            String title = AREAS.get(i);
            builder.area(WorkArea.builder("a" + i, title, Material2AL.LIST_ALT).view(() -> new Label(title)).build());
        }
        Shell shell = builder.status(new StatusBarModel(java.time.Clock.systemUTC()))
                .users(List.of(new ShellUser("arthur", "Arthur Kim", "AR clerk")), user -> { })
                .signedIn(new ShellUser("arthur", "Arthur Kim", "AR clerk"))
                .theme(new Theme(prefs))
                .build();
        shell.show(stage);
        stage.setWidth(1366);
        stage.setHeight(740); // a 768 px screen less the window's title bar
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void everyAreaIsInSightOnA768PxScreenAndTheRailIsRoomyAgainOnATallerOne(FxRobot robot) {
        VBox rail = robot.lookup(".nav-rail").queryAs(VBox.class);
        ScrollPane scroll = robot.lookup(".nav-rail-scroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rail.getStyleClass()).contains(CompactRail.COMPACT);
        assertThat(outOfSight(robot, scroll)).as("rail buttons below the rail's edge").isEmpty();
        assertThat(Truncation.cutLabels(rail, ".nav-button")).isEmpty();

        robot.interact(() -> stage.setHeight(1100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rail.getStyleClass()).doesNotContain(CompactRail.COMPACT);
        assertThat(outOfSight(robot, scroll)).isEmpty();

        robot.interact(() -> stage.setHeight(740));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rail.getStyleClass()).contains(CompactRail.COMPACT);
    }

    /**
     * Fifteen areas, more than the compact rail holds at 768 px: the rail scrolls, and its scroll bar takes
     * width from the labels. Tour of 7 December (narrow15): "Cash ..." cut once at 1366. Every label is whole
     * at 1366 and at 1024 (the rail is as wide at both), the whole title in each button's tooltip.
     */
    @Test
    void fifteenAreasInAScrollingRailKeepEveryLabelWholeAt1366And1024(FxRobot robot) {
        List<String> fifteen = new java.util.ArrayList<>(AREAS);
        fifteen.addAll(List.of("Audit trail", "Users"));
        robot.interact(() -> {
            Shell.Builder builder = Shell.builder();
            for (int i = 0; i < fifteen.size(); i++) {
                String title = fifteen.get(i);
                builder.area(WorkArea.builder("b" + i, title, Material2AL.LIST_ALT).view(() -> new Label(title)).build());
            }
            builder.status(new StatusBarModel(java.time.Clock.systemUTC()))
                    .users(List.of(new ShellUser("admin", "Alex Morgan", "Administrator")), user -> { })
                    .signedIn(new ShellUser("admin", "Alex Morgan", "Administrator"))
                    .theme(new Theme(prefs))
                    .build().show(stage);
            stage.setWidth(1366);
            stage.setHeight(740);
        });
        for (double width : new double[] {1366, 1024}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            VBox rail = robot.lookup(".nav-rail").queryAs(VBox.class);
            assertThat(rail.getChildren()).hasSize(15);
            assertThat(Truncation.cutLabels(rail, ".nav-button")).as("rail labels cut at %.0f px", width).isEmpty();
            robot.lookup(".nav-button").queryAllAs(javafx.scene.control.ToggleButton.class).forEach(b ->
                    assertThat(b.getTooltip().getText()).as("%s's tooltip", b.getText()).startsWith(b.getText()));
        }
    }

    private static List<String> outOfSight(FxRobot robot, ScrollPane scroll) {
        Bounds room = scroll.localToScene(scroll.getLayoutBounds());
        return robot.lookup(".nav-button").queryAll().stream()
                .filter(b -> b.localToScene(b.getLayoutBounds()).getMaxY() > room.getMaxY() + 0.5)
                .map(Node::getId).toList();
    }
}
