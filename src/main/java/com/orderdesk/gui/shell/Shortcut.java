package com.orderdesk.gui.shell;

import java.util.Objects;

/**
 * One line of a screen's shortcut sheet (F1): the keys as the user presses them and what they do,
 * e.g. {@code new Shortcut("Ctrl+S", "Save the order")}.
 */
public record Shortcut(String keys, String action) {
    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(action, "action");
    }
}
