package com.orderdesk.gui.common;

import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** Keeps what can be typed or pasted into a field within a length (searches: {@code SearchText.MAX_LENGTH}). */
public final class InputLimits {
    private InputLimits() {
    }

    /** Text past {@code max} characters is cut off as it is typed or pasted. */
    public static void limit(TextField field, int max) {
        limit(field, max, () -> { });
    }

    /**
     * Text past {@code max} characters is cut off as it is typed or pasted, and {@code whenCut} runs
     * so the screen can say so (a silent cut would search for something the person did not see go).
     */
    public static void limit(TextField field, int max, Runnable whenCut) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            int over = change.getControlNewText().length() - max;
            if (over > 0 && change.isContentChange()) {
                whenCut.run();
                String added = change.getText();
                if (added.length() <= over) {
                    return null;
                }
                change.setText(added.substring(0, added.length() - over));
            }
            return change;
        }));
    }
}
