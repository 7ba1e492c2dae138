package com.orderdesk.gui.common;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Alt+ and Ctrl+ a key, as a person presses them: the key tests of every screen press them so. */
public final class KeyPresses {
    private KeyPresses() {
    }

    public static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    public static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
