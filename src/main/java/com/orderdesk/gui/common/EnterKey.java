package com.orderdesk.gui.common;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter in a text field runs the form's action (sign in, search, apply). Not through the field's
 * onAction: JavaFX fires an action at the field a label's letter moves the cursor to, so with onAction
 * Alt+U on the sign-in form tried to sign in (an audited failed attempt) and Alt+U on the audit
 * viewer searched. The key itself is caught before the field sees it, so Enter runs the action once
 * and does not also reach the window's default button.
 */
public final class EnterKey {
    private EnterKey() {
    }

    public static void runs(Runnable action, TextField... fields) {
        for (TextField field : fields) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isControlDown() && !e.isShortcutDown()) {
                    e.consume();
                    action.run();
                }
            });
        }
    }
}
