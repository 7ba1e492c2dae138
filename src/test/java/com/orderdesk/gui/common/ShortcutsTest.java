package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shortcuts: the matching combination's action runs once and its key press is consumed; other keys pass. */
class ShortcutsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    private static KeyEvent press(KeyCode code, boolean shortcutDown) {
        // the platform's shortcut key: Ctrl, or Cmd (meta) on macOS
        boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcutDown && !mac, false, shortcutDown && mac);
    }

    @Test
    void theMatchingActionRunsAndTheKeyIsConsumed() throws Exception {
        List<String> ran = new ArrayList<>();
        Shortcuts keys = FxTestSupport.onFx(() -> Shortcuts.on(new Pane()).add(Shortcuts.SAVE, () -> ran.add("save"))
                .add(Shortcuts.NEW, () -> ran.add("new")).add(Shortcuts.shortcut(KeyCode.M), () -> ran.add("match")));

        KeyEvent save = press(KeyCode.S, true);
        KeyEvent match = press(KeyCode.M, true);
        KeyEvent plainS = press(KeyCode.S, false);
        KeyEvent find = press(KeyCode.F, true);

        assertThat(keys.handle(save)).isTrue();
        assertThat(keys.handle(match)).isTrue();
        assertThat(keys.handle(plainS)).isFalse();
        assertThat(keys.handle(find)).isFalse();
        assertThat(ran).containsExactly("save", "match");
        assertThat(save.isConsumed()).isTrue();
        assertThat(plainS.isConsumed()).isFalse();
        assertThat(find.isConsumed()).isFalse();
    }

    @Test
    void theFilterOnTheRootCatchesKeysPressedInside() throws Exception {
        List<String> ran = new ArrayList<>();
        FxTestSupport.onFxRun(() -> {
            Pane root = new Pane();
            Pane inside = new Pane();
            root.getChildren().add(inside);
            Shortcuts.on(root).add(Shortcuts.FIND, () -> ran.add("find"));
            inside.fireEvent(press(KeyCode.F, true));
            inside.fireEvent(press(KeyCode.N, true));
        });
        assertThat(ran).containsExactly("find");
    }
}
