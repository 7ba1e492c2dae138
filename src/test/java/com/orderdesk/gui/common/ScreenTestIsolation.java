package com.orderdesk.gui.common;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Puts TestFX's one window back as a test class found it, after every test class (registered for
 * all tests through {@code META-INF/services}). TestFX shows every screen test in the same stage and
 * JavaFX keeps one user-agent stylesheet for the process: a class that sets the application's look
 * or a 1366 px width left both to the classes after it, whose screens then laid out differently from
 * when they ran alone (a customer form taller than the window failed in the suite and passed alone).
 * After each class the look is JavaFX's default again and the window sizes itself to the next scene.
 */
public final class ScreenTestIsolation implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            return;
        }
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(null);
            Stage window = FxToolkit.toolkitContext().getRegisteredStage();
            if (window != null) {
                window.sizeToScene(); // clears the width a test set: the next scene sizes the window again
            }
        });
    }
}
