package com.orderdesk.gui.shell;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter (or Space) after F10 opens the marked menu, as Down does. JavaFX's F10 marks the first menu
 * and Down opens it, Left/Right move the mark, but Enter did nothing there (tour5: F10, Enter left
 * "File" marked and closed), where a desktop application opens it. The menu bar's own key handling is
 * kept: Enter in that state is handed on as Down.
 */
final class MenuKey {
    /** F10 has put the menu bar in its keyboard mode and no menu is open yet. */
    private boolean marked;

    private MenuKey() {
    }

    static void install(Node root, MenuBar bar) {
        MenuKey key = new MenuKey();
        if (root.getScene() != null) {
            key.listen(root.getScene(), bar);
        }
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                key.listen(scene, bar);
            }
        });
        bar.getMenus().forEach(menu -> menu.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                key.marked = false;
            }
        }));
    }

    private void listen(Scene scene, MenuBar bar) {
        // a click, or the focus moving, ends the bar's keyboard mode too: Enter must be Enter again
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> marked = false);
        scene.focusOwnerProperty().addListener((o, old, now) -> marked = false);
        // F10 is counted when it comes back up unconsumed, as the bar takes it: a field that keeps F10
        // for itself leaves the bar alone, and the Enter after it must stay an Enter
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F10 && plain(e)) {
                marked = !marked; // F10 again leaves the mode
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = plain(e);
            if (e.getCode() == KeyCode.F10) {
                return; // counted on its way back (above)
            } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && plain && marked && noneOpen(bar)) {
                e.consume();
                marked = false;
                Event.fireEvent(e.getTarget(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN,
                        false, false, false, false));
            } else if (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT) {
                marked = false; // Esc, a letter or any other key ends the mode, as it does the bar's
            }
        });
    }

    private static boolean plain(KeyEvent e) {
        return !e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && !e.isMetaDown();
    }

    private static boolean noneOpen(MenuBar bar) {
        return bar.getMenus().stream().noneMatch(Menu::isShowing);
    }
}
