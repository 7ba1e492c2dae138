package com.orderdesk.gui.claims;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;

/** The claims desk's More menu (its rarer actions): an item by its id, to read whether it may run. */
final class MoreMenu {
    private MoreMenu() {
    }

    static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#moreActions").queryAs(MenuButton.class).getItems().stream().filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + id + " in More"));
    }
}
