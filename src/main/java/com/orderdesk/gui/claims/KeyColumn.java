package com.orderdesk.gui.claims;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * The keys of several label/value grids as one column, as a form has: every key as wide as the widest
 * of them, so the values of every block start at one x. The evidence pane stacks a grid per block (the
 * case, the invoice, the order, the payment) between its tables and sections; with each grid's keys as
 * wide as its own longest key, "Amounts" and "Deduction" pushed their blocks' values to other places.
 */
final class KeyColumn {
    private final List<Key> keys = new ArrayList<>();

    /** A muted key label that takes the column's width, the widest key's. */
    Label key(String text) {
        Key k = new Key(text);
        k.getStyleClass().add("text-muted");
        keys.add(k);
        // a key's own width is known once its font and skin are (CSS); the others' cached widths then go stale
        k.fontProperty().addListener((o, a, b) -> keys.forEach(Label::requestLayout));
        k.skinProperty().addListener((o, a, b) -> keys.forEach(Label::requestLayout));
        return k;
    }

    private double widest() {
        return keys.stream().mapToDouble(Key::ownWidth).max().orElse(0);
    }

    private final class Key extends Label {
        Key(String text) {
            super(text);
        }

        double ownWidth() {
            return super.computePrefWidth(-1);
        }

        @Override
        protected double computePrefWidth(double height) {
            return widest();
        }

        @Override
        protected double computeMinWidth(double height) {
            return widest();
        }
    }
}
