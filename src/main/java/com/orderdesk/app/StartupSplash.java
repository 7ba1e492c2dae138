package com.orderdesk.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The window's content while the book opens: what the start is doing (opening the book, waiting
 * while another desk sets up the demo book, writing the demo book with its percentage), a progress
 * bar, and Cancel (Esc, Alt+C), which stops the start and closes the window. Follows a
 * {@link Status} from the FX thread, ten times a second.
 */
final class StartupSplash {
    static final String WAITING = "Another desk is setting up the demo book; this window will open when it is done.";

    /** Where the start stands, read from the FX thread (the start runs on its own). */
    interface Status {
        /** The demo book's progress from 0 to 1 while this desk writes it, negative while only opening. */
        double progress();

        /** Whether the start waits while another desk writes the demo book of the same book. */
        boolean waitingForAnotherDesk();
    }

    private final Label what;
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("_Cancel");
    private final VBox root;
    private final Timeline poll;

    /**
     * {@code whilePreparing} runs on each look that finds the demo book being written (here or by another
     * desk), so the window can come back to the splash from a sign-in form shown too early.
     */
    StartupSplash(String bookName, Status status, Runnable whilePreparing, Runnable onCancel) {
        what = new Label("Opening " + bookName + "…");
        what.setId("startupWhat");
        what.setWrapText(true);
        what.setTextAlignment(TextAlignment.CENTER);
        bar.setId("startupProgress");
        bar.setPrefWidth(360);
        cancel.setId("startupCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            stop();
            cancel.setDisable(true);
            onCancel.run();
        });
        root = new VBox(12, new Label("Order Desk"), what, bar, cancel);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.setMaxWidth(760);
        poll = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            if (status.progress() >= 0 || status.waitingForAnotherDesk()) {
                whilePreparing.run();
                show(status);
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    Parent root() {
        return root;
    }

    /** Starts following the status; the Cancel button takes the focus (Space presses it; Esc and Alt+C anywhere). */
    void start() {
        poll.play();
        cancel.requestFocus();
    }

    void stop() {
        poll.stop();
    }

    private void show(Status status) {
        if (status.waitingForAnotherDesk()) {
            // no percentage of another desk's work to show: the bar moves to say the window is alive
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            what.setText(WAITING);
            return;
        }
        double p = status.progress();
        bar.setProgress(p);
        what.setText("Preparing the demo book for a first start ... " + Math.round(p * 100) + "%");
    }
}
