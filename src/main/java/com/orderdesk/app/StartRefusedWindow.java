package com.orderdesk.app;

import com.orderdesk.gui.common.Theme;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window that says why the desk did not open (a file that is not a book, an unreachable server): a person
 * who starts Order Desk from a shortcut has no terminal, and saw nothing at all (tour14). It waits until closed;
 * where no window can open (no display), the terminal's sentence and the log are all there is.
 */
public final class StartRefusedWindow {
    private static final Logger LOG = LoggerFactory.getLogger(StartRefusedWindow.class);

    private StartRefusedWindow() {
    }

    /** Shows {@code sentence} with what was kept and what to do, and returns when the person quits. */
    public static void show(String sentence) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            // shown, not showAndWait: waiting inside the start-up call, the window stood white and empty on X
            Platform.startup(() -> {
                Theme.forUser().applyUserAgentStylesheet();
                Alert alert = alert(sentence);
                alert.setOnHidden(e -> {
                    closed.countDown();
                    Platform.exit();
                });
                alert.show();
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.info("No window could show why the desk did not open ({}); the terminal said it", e.toString());
        }
    }

    static Alert alert(String sentence) {
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", quit);
        alert.setTitle("Order Desk");
        alert.setHeaderText("Order Desk could not open its book");
        alert.setContentText(sentence + "\n\nNothing was changed in the file.\n\nStart Order Desk on an Order Desk book"
                + " (--db FILE in the shortcut or on the command line), or on a file name that does not exist yet to"
                + " begin a new book.");
        alert.getDialogPane().setMinWidth(560);
        alert.getDialogPane().setId("startRefused");
        return alert;
    }
}
