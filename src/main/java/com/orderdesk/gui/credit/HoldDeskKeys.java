package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.SearchToList;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.TabLeaves;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The credit-hold desk's keys: Down or Enter in the search goes to the queue, Enter in the queue
 * goes to the reason field, Tab leaves the reason field for the buttons, Ctrl+Enter releases (in the
 * reason field, and anywhere in the window while the desk is in front), Ctrl+F searches.
 */
final class HoldDeskKeys {
    private static final KeyCombination RELEASE = Shortcuts.shortcut(KeyCode.ENTER);

    private HoldDeskKeys() {
    }

    static void install(Node root, TextField searchField, TextArea reasonField, TableView<?> table, Runnable release) {
        Shortcuts.on(reasonField).add(RELEASE, release);
        TabLeaves.install(reasonField);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                reasonField.requestFocus();
            }
        });
        SearchToList.install(searchField, table);
        searchField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (Shortcuts.FIND.match(e) && isInFront(root)) {
                        searchField.requestFocus();
                    } else if (RELEASE.match(e) && isInFront(root) && !reasonField.isFocused()) {
                        e.consume();
                        release.run();
                    }
                });
            }
        });
    }

    /** The shell detaches areas that are not in front; the scene's key filter must ignore them. */
    private static boolean isInFront(Node root) {
        return root.getScene() != null && root.isVisible();
    }
}
