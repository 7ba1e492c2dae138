package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window that says why the desk did not open its book (a file that is not a book, an unreachable server): a
 * person who starts Order Desk from a shortcut has no terminal, and saw nothing at all (tour14). Besides Quit it
 * offers another book: an existing file (checked as {@code --db FILE} would check it) or a file name not used yet
 * (a new book with the demo data, as a first start writes it). A file the desk can open is handed to
 * {@code open} and this window closes; a refused one is said here in its own sentence, with the same choices
 * again. Nothing is written to a refused file. The check runs off the FX thread (it opens the file read-only).
 */
final class StartRefusedWindow {
    private static final Logger LOG = LoggerFactory.getLogger(StartRefusedWindow.class);
    static final String DEFAULT_NEW_BOOK = "orderdesk.db";

    private final DialogService choosers;
    private final Function<Path, DatabaseConfig> check;
    private final Consumer<DatabaseConfig> open;
    private final Runnable quit;
    private final ButtonType openAnother = new ButtonType(Messages.get("startRefused.open"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType startNew = new ButtonType(Messages.get("startRefused.new"), ButtonBar.ButtonData.OTHER);
    private final ButtonType quitButton = new ButtonType(Messages.get("startRefused.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
    private Alert alert;
    private Path folder;
    private boolean opened;

    /**
     * @param choosers the file choosers over this window (the platform's; a test's scripted ones)
     * @param check    the chosen file's check: its book, or a thrown refusal whose message is the sentence
     * @param open     starts the desk on a book that passed the check (on the FX thread, before this window closes)
     * @param quit     what Quit (Esc, the window's close box) does
     */
    StartRefusedWindow(Function<Supplier<Window>, DialogService> choosers, Function<Path, DatabaseConfig> check,
                       Consumer<DatabaseConfig> open, Runnable quit) {
        this.choosers = choosers.apply(this::window);
        this.check = check;
        this.open = open;
        this.quit = quit;
    }

    /** Shows {@code sentence} with what was kept and what to do; the choosers start in {@code folder} (may be null). */
    Alert show(String sentence, Path folder) {
        this.folder = folder;
        alert = new Alert(Alert.AlertType.ERROR, "", openAnother, startNew, quitButton);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("startRefused.header"));
        alert.getDialogPane().setMinWidth(600);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("startRefused");
        button(openAnother).setId("startRefusedOpen");
        button(startNew).setId("startRefusedNew");
        button(quitButton).setId("startRefusedQuit");
        say(sentence);
        // the two choices keep the window open: it closes only once a book opens, or on Quit
        button(openAnother).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            chooseBook();
        });
        button(startNew).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            chooseNewBook();
        });
        alert.setOnHidden(e -> {
            if (!opened) {
                quit.run();
            }
        });
        alert.show();
        return alert;
    }

    private Window window() {
        return alert == null || alert.getDialogPane().getScene() == null ? null : alert.getDialogPane().getScene().getWindow();
    }

    private Node button(ButtonType type) {
        return alert.getDialogPane().lookupButton(type);
    }

    private void say(String sentence) {
        alert.setContentText(sentence + "\n\n" + Messages.get("startRefused.kept") + "\n\n" + Messages.get("startRefused.todo"));
        Window shown = window();
        if (shown != null && shown.isShowing()) {
            // a longer sentence for another file: the window grows to it (it kept its size and cut the last line)
            alert.getDialogPane().requestLayout();
            Platform.runLater(shown::sizeToScene);
        }
    }

    private void chooseBook() {
        choosers.chooseFileToOpen(Messages.get("startRefused.open.title"), folder, Messages.get("startRefused.books"), "*.db")
                .ifPresent(this::tryBook);
    }

    private void chooseNewBook() {
        Optional<Path> file = choosers.chooseFileToSave(Messages.get("startRefused.new.title"), folder, DEFAULT_NEW_BOOK,
                Messages.get("startRefused.books"), "*.db");
        if (file.isEmpty()) {
            return;
        }
        if (Files.exists(file.get())) {
            // the platform's save chooser may have asked "replace?": nothing is replaced, a new book needs a new name
            refused(file.get(), Messages.get("startRefused.exists", file.get()));
            return;
        }
        tryBook(file.get());
    }

    private void tryBook(Path file) {
        folder = file.toAbsolutePath().getParent();
        setChoosing(false);
        CompletableFuture.supplyAsync(() -> check.apply(file), task -> {
            Thread t = new Thread(task, "orderdesk-book-check");
            t.setDaemon(true);
            t.start();
        }).whenComplete((config, error) -> Platform.runLater(() -> {
            if (error == null) {
                opened = true;
                open.accept(config);
                alert.close();
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            refused(file, cause.getMessage() != null ? cause.getMessage() : cause.toString());
        }));
    }

    private void refused(Path file, String sentence) {
        LOG.warn("The chosen book was refused too: {}", sentence);
        say(sentence);
        setChoosing(true);
        // disabled while the file was checked, the button lost the focus to Quit: the next Enter would have quit
        button(openAnother).requestFocus();
        folder = file.toAbsolutePath().getParent();
    }

    private void setChoosing(boolean enabled) {
        button(openAnother).setDisable(!enabled);
        button(startNew).setDisable(!enabled);
    }
}
