package com.orderdesk.gui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a many-line field Tab moves on like everywhere else, Shift+Tab back (Enter makes the new line).
 * A TextArea keeps Tab as a character and moves on with Ctrl+Tab only, so a clerk tabbing on from a
 * reason typed tabs into it instead (tour7: four Tabs from the credit desk's reason, then Ctrl+A and
 * the new limit, overwrote the reason). Tab is handed to the area as its own Ctrl+Tab.
 */
public final class TabLeaves {
    private TabLeaves() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
