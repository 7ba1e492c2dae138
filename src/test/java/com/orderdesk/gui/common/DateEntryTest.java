package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect (tour of 6 December 2026): a From date typed as "13/45/2026" on the orders list was ignored
 * without a word while a stack trace went to the terminal; a promise dated "2026-13-45" said "must be
 * today or later". Every date picker of the app is attached through {@link DateEntry}.
 */
@ExtendWith(ApplicationExtension.class)
class DateEntryTest {
    private static final LocalDate CHOSEN = LocalDate.of(2026, 12, 1);
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private DatePicker picker;
    private ParsedField<LocalDate> typed;

    @Start
    void start(Stage stage) {
        picker = new DatePicker(CHOSEN);
        picker.setEditable(true);
        picker.setId("from");
        typed = DateEntry.attach(picker, Formats.forDefaultLocale());
        TextField next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(picker, next), 300, 120));
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @Test
    void textThatIsNoDateKeepsTheDateBeforeAndItsTextAndSaysWhatIsWrong(FxRobot robot) {
        robot.doubleClickOn(picker.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("13/45/2026", 0).type(KeyCode.ENTER);
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(uncaught).as("nothing thrown out of the picker's commit").isEmpty();
        assertThat(picker.getValue()).as("the date before").isEqualTo(CHOSEN);
        assertThat(picker.getEditor().getText()).as("the text as typed").isEqualTo("13/45/2026");
        assertThat(typed.getError()).as("the sentence beside the field").isNotBlank();
        assertThat(picker.getEditor().getPseudoClassStates()).as("marked").contains(DateEntry.UNREAD);
        // the theme draws a picker's ring on the picker (.combo-box-base:danger), not on its editor
        assertThat(picker.getPseudoClassStates()).as("the picker's ring marked").contains(DateEntry.UNREAD);
        assertThat(picker.getTooltip().getText()).isEqualTo(typed.getError());
    }

    @Test
    void anEmptyPickerKeepsTextThatIsNoDateToo(FxRobot robot) {
        // the orders list's From starts empty: with no date before, the text was wiped on Enter
        robot.interact(() -> picker.setValue(null));
        robot.doubleClickOn(picker.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("13/45/2026", 0).type(KeyCode.ENTER);
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(uncaught).isEmpty();
        assertThat(picker.getValue()).as("still no date").isNull();
        assertThat(picker.getEditor().getText()).as("the text as typed").isEqualTo("13/45/2026");
        assertThat(picker.getPseudoClassStates()).as("marked").contains(DateEntry.UNREAD);
    }

    @Test
    void aDateTypedWholeIsTaken(FxRobot robot) {
        String text = Formats.forDefaultLocale().dateConverter().toString(LocalDate.of(2026, 11, 3));
        robot.doubleClickOn(picker.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(text, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(uncaught).isEmpty();
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(typed.getError()).isNull();
        assertThat(picker.getPseudoClassStates()).as("not marked").doesNotContain(DateEntry.UNREAD);
    }
}
