package com.orderdesk.gui.company;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.security.SignedInUser;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the Company screen's tests do alike: the screen shown as the administrator on a test's
 * {@link ScreenFixture}, waiting for it, retyping a field as a person would, and reading its message line.
 */
final class CompanyScreen {
    private CompanyScreen() {
    }

    /**
     * The screen on {@code screen}'s task runner, dialogs and status bar, as {@code admin}, shown on {@code stage}
     * at {@code width} x {@code height}, loading what is stored, the focus in its first field; in {@code @Start}.
     */
    static CompanySettingsController show(ScreenFixture screen, Stage stage, CompanySettingsUseCases settings,
                                          SignedInUser admin, double width, double height) {
        CompanySettingsController controller = new CompanySettingsController(new CompanySettingsViewModel(
                new CompanyDesk(settings, () -> admin)), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, width, height);
        controller.refresh();
        controller.focusFirstField();
        return controller;
    }

    /** Waits up to 20 s for {@code condition}, then for the FX events it queued. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the field {@code id}, clears it and types {@code text}. */
    static void retype(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
    }

    /** The screen's message line (what was refused, or saved). */
    static String message(FxRobot robot) {
        return robot.lookup("#companyMessage").queryAs(Label.class).getText();
    }
}
