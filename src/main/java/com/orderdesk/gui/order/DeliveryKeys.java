package com.orderdesk.gui.order;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The keys to the delivery ways (tour13: no letter reached them, and they were 7 Tabs from the requested
 * date, past notes, the line entry, the lines and the timeline). A caller asks for a date and then how
 * to get there sooner, so the ways come right after the date: Tab from the date goes into the ways, Tab
 * from the ways on to the notes (the field after the date), Shift+Tab back to the date. "Delivery _ways"
 * (Alt+W) goes to the way picked; Up and Down move among the ways, Space picks one.
 */
final class DeliveryKeys {
    private DeliveryKeys() {
    }

    static void install(Label heading, VBox options, DatePicker date, TextField notes) {
        new DeliveryKeys.Return(options).follow();
        options.getChildren().addListener((ListChangeListener<Node>) c -> heading.setLabelFor(target(options)));
        heading.setLabelFor(target(options));
        date.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            RadioButton way = target(options);
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown() && way != null && reachable(options)) {
                e.consume();
                way.requestFocus();
            }
        });
        options.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                (e.isShiftDown() ? date : notes).requestFocus();
            }
        });
        // the label names the way picked: the ways are made anew with each quote, the pick after them
        options.getChildren().addListener((ListChangeListener<Node>) c -> options.getChildren().forEach(n -> {
            if (n instanceof RadioButton b) {
                b.selectedProperty().addListener((o, was, now) -> heading.setLabelFor(target(options)));
            }
        }));
    }

    /**
     * Keeps the focus in the ways while a new quote replaces them: Tab from the date commits it, which asks
     * for a new quote; the ways are disabled meanwhile and then made anew, and the focus went to whatever
     * came next. The focus comes back to the way picked unless the clerk has gone elsewhere since.
     */
    private static final class Return {
        private final VBox options;
        private boolean inWays;
        private Node left;

        Return(VBox options) {
            this.options = options;
        }

        void follow() {
            options.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    scene.focusOwnerProperty().addListener((f, before, now) -> moved(before, now));
                }
            });
            // after the scene has moved the focus off the way taken away (it does so after the change)
            options.getChildren().addListener((ListChangeListener<Node>) c -> javafx.application.Platform.runLater(this::back));
            options.disabledProperty().addListener((o, was, disabled) -> javafx.application.Platform.runLater(this::back));
        }

        private void moved(Node before, Node now) {
            if (now == null) {
                left = before; // the way taken away leaves the scene with no focus owner for a moment
                return;
            }
            before = before == null ? left : before;
            if (now.getParent() == options) {
                inWays = true;
            } else if (!(before instanceof RadioButton b && (b.isDisabled() || b.getParent() != options))) {
                inWays = false; // the clerk went elsewhere (a way taken away or disabled is the quote's doing)
            }
        }

        private void back() {
            RadioButton way = target(options);
            if (inWays && way != null && reachable(options) && !way.isFocused()) {
                way.requestFocus();
            }
        }
    }

    /** The way picked, or the first when none is; {@code null} when no way is shown. */
    private static RadioButton target(VBox options) {
        RadioButton first = null;
        for (Node n : options.getChildren()) {
            if (n instanceof RadioButton b) {
                if (b.isSelected()) {
                    return b;
                }
                first = first == null ? b : first;
            }
        }
        return first;
    }

    private static boolean reachable(VBox options) {
        return options.isVisible() && !options.isDisabled() && options.getScene() != null;
    }
}
