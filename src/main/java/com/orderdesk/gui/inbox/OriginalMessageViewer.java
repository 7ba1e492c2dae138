package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.OriginalMessage;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import java.time.ZoneId;
import java.util.function.LongFunction;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The message an order was captured from, in a window of its own (from the order's timeline): read
 * off the FX thread (the mail is decoded again), shown read-only, Esc closes it.
 */
public final class OriginalMessageViewer {
    private final LongFunction<OriginalMessage> originalOfOrder;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();

    public OriginalMessageViewer(LongFunction<OriginalMessage> originalOfOrder, UiTaskRunner tasks, DialogService dialogs,
                                 ZoneId zone) {
        this.originalOfOrder = originalOfOrder;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    public void show(long orderId) {
        tasks.run(UiTasks.of(() -> originalOfOrder.apply(orderId), this::open,
                e -> dialogs.error("The original message could not be read: " + e.getMessage(), "Nothing was changed.",
                        "Try again; if it persists, tell your administrator.", e)));
    }

    private void open(OriginalMessage m) {
        if (m == null) {
            dialogs.info("Original message", "This order was keyed, not captured from a message.");
            return;
        }
        TextArea text = new TextArea(m.text());
        text.setId("originalMessageText");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("monospace");
        Label heading = new Label(m.fileName() + ", received " + formats.dateTime(m.receivedAt(), zone)
                + " by " + m.receivedBy());
        heading.getStyleClass().add("text-bold");
        BorderPane pane = new BorderPane(text, heading, null, null, null);
        pane.setStyle("-fx-padding: 12; -fx-spacing: 8");
        Stage stage = new Stage();
        stage.setTitle("Original message: " + m.fileName());
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            stage.initOwner(owner);
            owner.getScene().getStylesheets().forEach(s -> pane.getStylesheets().add(s));
        }
        stage.setScene(new Scene(pane, 760, 560));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        text.requestFocus();
    }
}
