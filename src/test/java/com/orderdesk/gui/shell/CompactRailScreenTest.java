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

    private static List<String> outOfSight(FxRobot robot, ScrollPane scroll) {
        Bounds room = scroll.localToScene(scroll.getLayoutBounds());
        return robot.lookup(".nav-button").queryAll().stream()
                .filter(b -> b.localToScene(b.getLayoutBounds()).getMaxY() > room.getMaxY() + 0.5)
                .map(Node::getId).toList();
    }
}
