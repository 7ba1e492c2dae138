package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("main")), 500, 300));
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    @Test
    void confirmNamesTheDocumentAndEnterChoosesTheSafeAnswer(FxRobot robot) throws Exception {
        Future<Boolean> answer = WaitForAsyncUtils.asyncFx(() -> dialogs.confirm("Cancel order", "order SO-104233",
                "The order's reserved stock is released; this cannot be undone."));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Cancel order: order SO-104233?");

        robot.type(KeyCode.ENTER);

        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void confirmIsTrueOnlyWhenTheActionIsChosen(FxRobot robot) throws Exception {
        Future<Boolean> answer = WaitForAsyncUtils.asyncFx(() -> dialogs.confirm("Reverse application",
                "payment PMT-88", "The invoices it paid become open again."));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Reverse application");

        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void errorsSayWhatHappenedWhatWasKeptAndWhatToDo(FxRobot robot) throws Exception {
        Future<Void> shown = WaitForAsyncUtils.asyncFx(() -> dialogs.error(
                "Order SO-104233 could not be saved: another desk changed it.",
                "Everything you typed is still on the screen.",
                "Reload the order to see the other changes, then save again."));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertThat(pane.getHeaderText()).isEqualTo("Order SO-104233 could not be saved: another desk changed it.");
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("What was kept", "Everything you typed is still on the screen.",
                        "What to do", "Reload the order to see the other changes, then save again.");
        robot.type(KeyCode.ENTER);
        shown.get(5, TimeUnit.SECONDS);
    }

    /** tour7: "Not an order" opened on Go back, so the reason typed at once went nowhere (shot 19-reason). */
    @Test
    void askReasonTakesTheReasonTypedAtOnce(FxRobot robot) throws Exception {
        Future<Optional<String>> answer = WaitForAsyncUtils.asyncFx(() -> dialogs.askReason("Not an order",
                "order-C-10012-again.eml", "The message stays in the inbox as not an order."));
        WaitForAsyncUtils.waitForFxEvents();

        // keys, as a person types them, go where the dialog's focus is (write() would aim at the field)
        robot.type(KeyCode.D, KeyCode.U, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reasonField").queryAs(TextField.class).getText()).isEqualTo("dup");

        robot.clickOn("Not an order");
        assertThat(answer.get(5, TimeUnit.SECONDS)).contains("dup");
    }
    /**
     * tour13: the cursor is in the reason field from the start, which hides its prompt: the dialog
     * showed an empty box under "The message stays in the inbox as not an order." and said nothing
     * of what to type in it.
     */
    @Test
    void askReasonSaysWhatTheFieldIsForWithTheCursorInIt(FxRobot robot) throws Exception {
        Future<Optional<String>> answer = WaitForAsyncUtils.asyncFx(() -> dialogs.askReason("Not an order",
                "order-C-10012-again.eml", "The message stays in the inbox as not an order."));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#reasonField").queryAs(TextField.class);

        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getLabelFor() == field && l.isVisible() && l.getText().equals("Reason (kept in the audit trail)"));
        robot.clickOn("Go back");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    /** A failure's trace is for the log: the dialog names its kind and where the log is, and shows no trace. */
    @Test
    void anErrorWithItsCauseShowsNoTraceAndTheLogKeepsIt(FxRobot robot) throws Exception {
        try (com.orderdesk.persistence.LoggedWarnings logged = new com.orderdesk.persistence.LoggedWarnings()) {
            Future<Void> shown = WaitForAsyncUtils.asyncFx(() -> dialogs.error("The product could not be saved: it broke.",
                    "Everything you typed is still on screen.", "Try Ctrl+S again in a moment.",
                    UnexpectedFailure.forUser(new NullPointerException("Cannot invoke \"String.length()\""))));
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

            assertThat(((Label) pane.getExpandableContent()).getText())
                    .isEqualTo("Technical details (NullPointerException) are kept in the log: " + LogFile.path());
            assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                    .noneMatch(t -> t.contains("\tat ") || t.contains("Cannot invoke"));
            assertThat(logged.messages()).contains("The product could not be saved: it broke.");
            robot.type(KeyCode.ENTER);
            shown.get(5, TimeUnit.SECONDS);
        }
    }
}
