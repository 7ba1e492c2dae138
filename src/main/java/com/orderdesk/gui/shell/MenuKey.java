package com.orderdesk.gui.shell;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F10 opens the first menu, and F10 again closes the open one, as GTK desktop applications do. JavaFX's
 * own F10 only marked the first menu: Down then opened it, but Enter did nothing, and a screen that
 * took the key first left F10 with nothing to show (tour5); Alt+letter opened its menu at once. With
 * the menu open, Down and Enter go into it and Left/Right move along the bar.
 */
final class MenuKey {
    private MenuKey() {
    }

    /** On the scene (its filter comes before the menu bar's own F10 and before any screen's keys). */
    static void install(Node root, MenuBar bar) {
        if (root.getScene() != null) {
            listen(root, bar, root.getScene());
        }
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                listen(root, bar, scene);
            }
        });
    }

    private static void listen(Node root, MenuBar bar, javafx.scene.Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F10 && !e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                    && !e.isMetaDown() && root.getScene() == scene) {
                e.consume();
                toggle(bar);
            }
        });
    }

    private static void toggle(MenuBar bar) {
        Menu open = bar.getMenus().stream().filter(Menu::isShowing).findFirst().orElse(null);
        if (open != null) {
            open.hide();
            return;
        }
        bar.getMenus().stream().filter(m -> m.isVisible() && !m.isDisable() && !m.getItems().isEmpty()).findFirst()
                .ifPresent(Menu::show);
    }
}
