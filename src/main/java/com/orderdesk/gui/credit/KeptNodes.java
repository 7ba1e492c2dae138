package com.orderdesk.gui.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/**
 * The hold detail's nodes kept from one held order to the next, their text changed in place. A node put
 * into the scene has its style found anew (every CSS selector matched against it); the detail made some
 * sixty new labels for every order the manager stepped to, which held the FX thread 0.3-0.6 s at each
 * Down in the queue (performance.md, "The FX thread in the application"). Nodes are only added or
 * removed where an order has more or fewer lines than the one before.
 */
final class KeptNodes {
    private KeptNodes() {
    }

    /** The pane's children become {@code wanted}, in that order, leaving in place those already there. */
    static void keepOnly(Pane pane, List<? extends Node> wanted) {
        ObservableList<Node> children = pane.getChildren();
        if (children.equals(wanted)) {
            return;
        }
        children.removeIf(n -> !wanted.contains(n));
        // what is left keeps its order (the sections' order never changes): put the missing ones in between
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= children.size() || children.get(i) != wanted.get(i)) {
                children.add(i, wanted.get(i));
            }
        }
    }

    /** A column of labels, one per line of text: the lines' labels are reused, added or taken away at the end. */
    static final class Lines {
        private final Pane box;
        private final Supplier<Label> make;
        private final List<Label> made = new ArrayList<>();

        Lines(Pane box, Supplier<Label> make) {
            this.box = box;
            this.make = make;
        }

        void show(List<String> texts) {
            for (int i = 0; i < texts.size(); i++) {
                if (i == made.size()) {
                    made.add(make.get());
                }
                made.get(i).setText(texts.get(i));
            }
            keepOnly(box, made.subList(0, texts.size()));
        }
    }

    /** A grid of rows of labels (the last column right-aligned where asked): rows reused, added or taken away at the end. */
    static final class Rows {
        private final GridPane grid;
        private final int firstRow;
        private final boolean lastRight;
        private final List<Label[]> made = new ArrayList<>();
        private int shown;

        /** Rows from grid row {@code firstRow} on (those above it, a header, stay as they are). */
        Rows(GridPane grid, int firstRow, boolean lastRight) {
            this.grid = grid;
            this.firstRow = firstRow;
            this.lastRight = lastRight;
        }

        void show(List<List<String>> rows) {
            for (int r = 0; r < rows.size(); r++) {
                List<String> texts = rows.get(r);
                if (r == made.size()) {
                    Label[] cells = new Label[texts.size()];
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = new Label();
                    }
                    if (lastRight) {
                        GridPane.setHalignment(cells[cells.length - 1], HPos.RIGHT);
                    }
                    made.add(cells);
                }
                Label[] cells = made.get(r);
                for (int c = 0; c < cells.length; c++) {
                    cells[c].setText(c < texts.size() ? texts.get(c) : "");
                }
                if (r >= shown) {
                    grid.addRow(firstRow + r, cells);
                }
            }
            for (int r = rows.size(); r < shown; r++) {
                grid.getChildren().removeAll(made.get(r));
            }
            shown = rows.size();
        }
    }
}
