package com.orderdesk.gui.shell;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A menu opened from the keyboard shows its first item marked, as on a Windows desktop. JavaFX marks it
 * only when F10 and Down open the menu: after Alt+F nothing was marked, so Right went on to the Go menu
 * instead of opening "Sign in as" (File's first item), and Enter did nothing until a Down. A menu opened
 * with the mouse stays unmarked, as there.
 *
 * <p>JavaFX has no public call to mark an item (its menu bar uses a package-private one for F10 and
 * Down). The open menu's list reacts to a Down with nothing marked by marking its first item, so that
 * Down is handed to the list once the menu shows, unless an item is marked already.
 */
final class MenuFirstItem {
    /** The last thing the window got was a key, not a click: the menu about to show was opened by a key. */
    private boolean byKey;

    private MenuFirstItem() {
    }

    static void install(Node root, MenuBar bar) {
        MenuFirstItem mark = new MenuFirstItem();
        if (root.getScene() != null) {
            mark.listen(root.getScene());
        }
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                mark.listen(scene);
            }
        });
        for (Menu menu : bar.getMenus()) {
            // once shown: the menu's list is laid out in its popup only after the menu's own showing
            menu.addEventHandler(Menu.ON_SHOWN, e -> {
                if (mark.byKey) {
                    Platform.runLater(() -> markFirstItem(menu));
                }
            });
        }
    }

    private void listen(Scene scene) {
        // a popup hands the keys its menu does not use (Left, Right) on to this scene: they count as keys too
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> byKey = true);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKey = false);
    }

    private static void markFirstItem(Menu menu) {
        if (!menu.isShowing() || menu.getItems().isEmpty()) {
            return;
        }
        Node first = menu.getItems().get(0).getStyleableNode();
        if (first == null || first.getScene() == null || anyMarked(menu)) {
            return;
        }
        Event.fireEvent(first, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
    }

    private static boolean anyMarked(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            Node row = item.getStyleableNode();
            if (row != null && row.isFocused()) {
                return true;
            }
        }
        return false;
    }
}
