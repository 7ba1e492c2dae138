package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.gui.common.ContentWidth;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The message list where it is narrower than its columns at 1366 x 768 (a 1024 x 768 window: some 900 px for
 * columns that need some 1180, tour of 7 December, where the PO ran past the list's right edge under a sideways
 * bar). There the file's name is hidden (the message pane's title names the selected message's file, and the
 * original is a key away), and the received time, the status, the customer, the PO and the total are each as
 * wide as their title and their widest value; the reasons keep taking what is left ({@code ColumnFit.fill}, from
 * {@link #REASONS_MIN} instead of 200 px), on one line, whole in their tooltip. Where the list holds the columns as they are, widths are given back.
 * The same way as the order lines' {@code NarrowLines}.
 */
final class NarrowInboxColumns {
    /** Room for the vertical scroll bar a long inbox shows, whether it shows yet or not: the choice must not flip with it. */
    private static final double BAR = 16;
    /** The reasons at their narrowest, the floor {@code ColumnFit.fill} widens them from: two or three words. */
    static final double REASONS_MIN = 120;

    private final TableView<InboxRow> table;
    private final TableColumn<InboxRow, ?> file;
    private final TableColumn<InboxRow, ?> reasons;
    private final double reasonsFull;
    private final List<TableColumn<InboxRow, ?>> fitted = new ArrayList<>();
    /** Each fitted column's min, pref and max width as the wide list sets them. */
    private final List<double[]> full = new ArrayList<>();
    /** The width every column needs as the wide list sets them (the reasons at their own width). */
    private final double fullWidth;
    private boolean narrow;
    private boolean queued;
    private int retries;

    private NarrowInboxColumns(TableView<InboxRow> table, TableColumn<InboxRow, ?> file, TableColumn<InboxRow, ?> flex) {
        this.table = table;
        this.file = file;
        this.reasons = flex;
        this.reasonsFull = flex.getPrefWidth();
        double sum = 0;
        for (TableColumn<InboxRow, ?> c : table.getColumns()) {
            sum += c.getPrefWidth();
            if (c != file && c != flex) {
                fitted.add(c);
                full.add(new double[] {c.getMinWidth(), c.getPrefWidth(), c.getMaxWidth()});
            }
        }
        this.fullWidth = sum;
        table.widthProperty().addListener(o -> later());
        table.skinProperty().addListener(o -> later());
        table.getItems().addListener((javafx.collections.ListChangeListener<InboxRow>) c -> later());
        table.itemsProperty().addListener(o -> {
            table.getItems().addListener((javafx.collections.ListChangeListener<InboxRow>) c -> later());
            later();
        });
        later();
    }

    /** Narrows {@code table}'s columns wherever it is narrower than they are; {@code flex} takes the rest as before. */
    static void install(TableView<InboxRow> table, TableColumn<InboxRow, ?> file, TableColumn<InboxRow, ?> flex) {
        new NarrowInboxColumns(table, file, flex);
    }

    /** After the change is laid out: the header and the cells have their look then. */
    private void later() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                fit();
            });
        }
    }

    private void fit() {
        if (table.getWidth() <= 0 || table.getSkin() == null) {
            return;
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - BAR;
        boolean wasNarrow = narrow;
        narrow = room < fullWidth;
        if (narrow != wasNarrow) {
            file.setVisible(!narrow);
            // the floor the fill widens the reasons from (set here, it is taken as the reasons' own width)
            reasons.setPrefWidth(narrow ? REASONS_MIN : reasonsFull);
        }
        if (narrow) {
            boolean unbuilt = false;
            for (TableColumn<InboxRow, ?> c : fitted) {
                double width = ContentWidth.needed(table, c);
                unbuilt = unbuilt || width < 0;
                if (width > 0 && width != c.getPrefWidth()) {
                    c.setMaxWidth(Math.max(width, c.getMaxWidth()));
                    c.setMinWidth(width);
                    c.setPrefWidth(width);
                    c.setMaxWidth(width);
                }
            }
            if (unbuilt) {
                afterLayout(); // a header is built in the next layout (a column shown or hidden rebuilds them)
            } else {
                retries = 0;
            }
        } else if (wasNarrow) {
            for (int i = 0; i < fitted.size(); i++) {
                double[] w = full.get(i);
                TableColumn<InboxRow, ?> c = fitted.get(i);
                c.setMaxWidth(Math.max(w[2], c.getMaxWidth()));
                c.setMinWidth(w[0]);
                c.setPrefWidth(w[1]);
                c.setMaxWidth(w[2]);
            }
        }
    }

    /** Fits again after the scene's next layout, a few times at most: a table that never builds its header must not keep the pulses going. */
    private void afterLayout() {
        javafx.scene.Scene scene = table.getScene();
        if (scene == null || retries++ > 5) {
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
