package com.orderdesk.gui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A screen's keyboard shortcuts (Ctrl+S save, Ctrl+N new...), caught by a key filter on the
 * screen's root so that they work wherever the focus is inside it, before the focused control
 * can take the key. The first combination that matches wins; its key press is consumed.
 *
 * <pre>{@code
 * Shortcuts.on(root).add(Shortcuts.SAVE, this::onSave).add(Shortcuts.NEW, this::onNew);
 * }</pre>
 */
public final class Shortcuts {
    public static final KeyCombination SAVE = shortcut(KeyCode.S);
    public static final KeyCombination NEW = shortcut(KeyCode.N);
    public static final KeyCombination FIND = shortcut(KeyCode.F);

    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    private Shortcuts() {
    }

    /** Ctrl+{@code code} (Cmd on macOS). */
    public static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Shortcuts caught on {@code root}'s key presses; add them with {@link #add}. */
    public static Shortcuts on(Node root) {
        Shortcuts shortcuts = new Shortcuts();
        root.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts::handle);
        return shortcuts;
    }

    public Shortcuts add(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    /** Runs the action of the first combination {@code e} matches, consuming {@code e}; true when one did. */
    boolean handle(KeyEvent e) {
        for (Map.Entry<KeyCombination, Runnable> a : actions.entrySet()) {
            if (a.getKey().match(e)) {
                e.consume();
                a.getValue().run();
                return true;
            }
        }
        return false;
    }
}
