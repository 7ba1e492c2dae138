package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * What every table with a narrow mode shares (the order lines' {@code NarrowLines}, the inbox's
 * {@code NarrowInboxColumns}): where the table is narrower than its columns at 1366 x 768, some of its columns are
 * each made as wide as their title and their widest value; where it holds them again, they get back the widths the
 * wide table gave them. A subclass says which columns those are and what else it hides or retitles in {@link #fit()}.
 * The fitting runs after the change is laid out (the header and the cells have their look then), and where a
 * header is not built yet, once more after the next layout, a few times at most.
 */
public abstract class NarrowTable<S> {
    /** Room for the vertical scroll bar a long list shows, whether it shows yet or not: the choice must not flip with it. */
    protected static final double BAR = 16;
    /** Layouts waited for a header that is not built: a table that never builds one must not keep the pulses going. */
    private static final int MAX_RETRIES = 5;

    protected final TableView<S> table;
    private final List<TableColumn<S, ?>> fitted = new ArrayList<>();
    /** Each fitted column's min, pref and max width as the wide table sets them. */
    private final List<double[]> full = new ArrayList<>();
    private boolean queued;
    private int retries;

    protected NarrowTable(TableView<S> table) {
        this.table = table;
        table.widthProperty().addListener(o -> later());
        table.skinProperty().addListener(o -> later());
    }

    /** Fits the table's columns to the room it has now; called after each change is laid out. */
    protected abstract void fit();

    /** {@code column} is made as wide as its content where the table is narrow, given back its width where not. */
    protected final void fitToContent(TableColumn<S, ?> column) {
        fitted.add(column);
        full.add(new double[] {column.getMinWidth(), column.getPrefWidth(), column.getMaxWidth()});
    }

    /** Fits after the change is laid out, once however many changes come before it. */
    protected final void later() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                if (table.getWidth() > 0 && table.getSkin() != null) {
                    fit();
                }
            });
        }
    }

    /** The width the columns have, less the vertical bar's room. */
    protected final double room() {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - BAR;
    }

    /**
     * Each fitted column as wide as its title and its widest value; the sum of their widths. Where a header is not
     * built yet (a column shown or hidden rebuilds them) it fits again after the next layout.
     */
    protected final double narrowFitted() {
        double sum = 0;
        boolean unbuilt = false;
        for (TableColumn<S, ?> c : fitted) {
            double width = ContentWidth.needed(table, c);
            unbuilt = unbuilt || width < 0;
            if (width > 0 && width != c.getPrefWidth()) {
                setWidths(c, width, width, width);
            }
            sum += c.getPrefWidth();
        }
        if (unbuilt) {
            afterLayout();
        } else {
            retries = 0;
        }
        return sum;
    }

    /** Gives every fitted column back the widths the wide table gave it. */
    protected final void restoreFitted() {
        for (int i = 0; i < fitted.size(); i++) {
            double[] w = full.get(i);
            setWidths(fitted.get(i), w[0], w[1], w[2]);
        }
    }

    /** Sets the three widths in an order that never has a minimum above the maximum on the way. */
    protected static void setWidths(TableColumn<?, ?> c, double min, double pref, double max) {
        c.setMaxWidth(Math.max(max, c.getMaxWidth()));
        c.setMinWidth(min);
        c.setPrefWidth(pref);
        c.setMaxWidth(max);
    }

    private void afterLayout() {
        Scene scene = table.getScene();
        if (scene == null || retries++ > MAX_RETRIES) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(once[0]);
            later();
        });
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
