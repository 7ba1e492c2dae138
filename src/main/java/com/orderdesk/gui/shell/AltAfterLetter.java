package com.orderdesk.gui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Alt released after Alt and a letter leaves the menu bar alone. The menu bar marks its first menu
 * when Alt is released "by itself", judging by the key presses its scene handler sees; but the scene
 * takes a mnemonic's letter before any filter or handler sees it, so after Alt+M pressed a button the
 * bar took the release for a lone Alt and the next Down opened File instead of moving in the list
 * (tour7; on X the Alt release comes before the letter's, so no later key clears the bar's mark).
 * The window's filters do see the letter (they run before the scene's mnemonics): a letter pressed
 * with Alt held marks the coming Alt release, which is then kept from the bar. Alt alone still marks
 * the first menu.
 */
final class AltAfterLetter {
    private boolean letterWithAlt;

    private AltAfterLetter() {
    }

    static void install(Node root) {
        AltAfterLetter alt = new AltAfterLetter();
        if (root.getScene() != null) {
            alt.listen(root.getScene());
        }
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                alt.listen(scene);
            }
        });
    }

    private void listen(Scene scene) {
        if (scene.getWindow() != null) {
            listen(scene.getWindow());
        }
        scene.windowProperty().addListener((o, old, window) -> {
            if (window != null) {
                listen(window);
            }
        });
        // a scene filter runs after the scene has put the mnemonic underlines away, and before the bar's handler
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT && letterWithAlt) {
                letterWithAlt = false;
                e.consume();
            }
        });
    }

    private void listen(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ALT) {
                letterWithAlt = false;
            } else if (e.isAltDown()) {
                letterWithAlt = true;
            }
        });
    }
}
