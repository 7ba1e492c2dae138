package com.orderdesk.gui.invoicing;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The invoice screen's keys: Down from the search into the list, Ctrl+PgUp/PgDn through the
 * preview's pages from the list, and, wherever the focus is in the window while the screen shows,
 * Ctrl+F, Alt+N, Alt+D, Alt+Z, F5, Ctrl+P and Ctrl+E.
 */
final class InvoiceKeys {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** The issue button's text changes with the count, so its mnemonic is a key of its own. */
    private static final KeyCombination ISSUE = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    /**
     * The button underlines D too; the key is taken here first so it works wherever the focus is in
     * the screen and is consumed before the dialog waits.
     */
    private static final KeyCombination DISPUTE = new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN);

    /** The preview's larger page and back (ReadingPreview). */
    private static final KeyCombination READ = new KeyCodeCombination(KeyCode.Z, KeyCombination.ALT_DOWN);

    private InvoiceKeys() {
    }

    static void install(InvoicesController screen, Node root, TextField searchField, TableView<?> table, PagePreview preview) {
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN && e.isShortcutDown()) {
                preview.next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && e.isShortcutDown()) {
                preview.previous();
                e.consume();
            }
        });
        // the shell swaps screens in and out of the window: install once, act only while shown
        boolean[] installed = {false};
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && !installed[0]) {
                installed[0] = true;
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (root.getScene() != scene) {
                        return;
                    }
                    if (FIND.match(e)) {
                        searchField.requestFocus();
                    } else if (ISSUE.match(e)) {
                        screen.onIssue();
                        e.consume();
                    } else if (DISPUTE.match(e)) {
                        e.consume(); // before the dialog waits: the key is this screen's
                        screen.onDispute();
                    } else if (READ.match(e)) {
                        screen.toggleReading();
                        e.consume();
                    } else if (e.getCode() == KeyCode.F5) {
                        screen.refresh();
                        e.consume();
                    } else if (PRINT.match(e)) {
                        screen.onPrint();
                        e.consume();
                    } else if (EXPORT.match(e)) {
                        screen.onExport();
                        e.consume();
                    }
                });
            }
        });
    }
}
