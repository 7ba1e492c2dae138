package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tour of 5 December 2026: every customer or product suggestion popup logged a CSS warning
 * (ClassCastException converting -fx-background-color of ".auto-complete-popup > .list-view").
 * Under the application's look the popup shows without one, and looks as it did (colours, selection).
 */
@ExtendWith(ApplicationExtension.class)
class AutoCompletePopupStyleTest {
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(r.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        css.addHandler(recorder);
        TextField customer = new TextField();
        customer.setId("customer");
        AutoCompleteField.attach(customer, q -> List.of("Acme Janitorial Supply", "Acme Tools").stream()
                .filter(s -> s.toLowerCase().startsWith(q.toLowerCase())).toList(), Formats.display(s -> s, ""));
        Scene scene = new Scene(new VBox(customer, new TextField()), 400, 300);
        Theme.style(scene);
        Truncation.applicationLook();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        css.removeHandler(recorder);
    }

    @Test
    void theSuggestionPopupShowsWithoutACssWarning(FxRobot robot) throws Exception {
        robot.clickOn("#customer").write("ac");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".auto-complete-popup").tryQuery().isPresent() || robot.lookup(".list-view").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).as("CSS warnings while the popup showed").isEmpty();
    }

    @Test
    void theSuggestionPopupKeepsItsLook(FxRobot robot) throws Exception {
        robot.clickOn("#customer").write("ac");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".auto-complete-popup > .list-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".auto-complete-popup > .list-view").queryAs(ListView.class);
        List<Paint> fills = WaitForAsyncUtils.asyncFx(() -> list.getBackground().getFills().stream().map(BackgroundFill::getFill).toList()).get();
        // ControlsFX's frame derived from the overlay colour (white in Primer Light), the list inside white
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0)).isInstanceOf(LinearGradient.class);
        assertThat(((LinearGradient) fills.get(0)).getStops().get(0).getColor()).hasToString("0xd4d4d4ff");
        assertThat(fills.get(1)).isEqualTo(Color.WHITE);
        ListCell<?> first = robot.lookup(".auto-complete-popup > .list-view .list-cell").nth(0).queryAs(ListCell.class);
        assertThat(first.getText()).isEqualTo("Acme Janitorial Supply");
        // the selected row in -color-accent-subtle, text in -color-fg-default
        assertThat(first.getBackground().getFills().get(0).getFill()).hasToString("0xddf4ffff");
        assertThat(first.getTextFill()).hasToString("0x24292fff");
    }
}
