package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.gui.common.NarrowTable;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The message list where it is narrower than its columns at 1366 x 768 (a 1024 x 768 window: some 900 px for
 * columns that need some 1180, tour of 7 December, where the PO ran past the list's right edge under a sideways
 * bar). There the file's name is hidden (the message pane's title names the selected message's file, and the
 * original is a key away), and the received time, the status, the customer, the PO and the total are each as
 * wide as their title and their widest value; the reasons keep taking what is left ({@code ColumnFit.fill}, from
 * {@link #REASONS_MIN} instead of 200 px), wrapped in their cells, whole in their tooltip too. Where the list holds the columns as they are, widths are given back.
 * The same way as the order lines' {@code NarrowLines} ({@link NarrowTable}).
 */
final class NarrowInboxColumns extends NarrowTable<InboxRow> {
    /** The reasons at their narrowest, the floor {@code ColumnFit.fill} widens them from: two or three words. */
    static final double REASONS_MIN = 120;

    private final TableColumn<InboxRow, ?> file;
    private final TableColumn<InboxRow, String> reasons;
    private final double reasonsFull;
    /** The width every column needs as the wide list sets them (the reasons at their own width). */
    private final double fullWidth;
    private boolean narrow;

    private NarrowInboxColumns(TableView<InboxRow> table, TableColumn<InboxRow, ?> file, TableColumn<InboxRow, String> flex) {
        super(table);
        this.file = file;
        this.reasons = flex;
        this.reasonsFull = flex.getPrefWidth();
        double sum = 0;
        for (TableColumn<InboxRow, ?> c : table.getColumns()) {
            sum += c.getPrefWidth();
            if (c != file && c != flex) {
                fitToContent(c);
            }
        }
        this.fullWidth = sum;
        table.getItems().addListener((javafx.collections.ListChangeListener<InboxRow>) c -> later());
        table.itemsProperty().addListener(o -> {
            table.getItems().addListener((javafx.collections.ListChangeListener<InboxRow>) c -> later());
            later();
        });
        later();
    }

    /** Narrows {@code table}'s columns wherever it is narrower than they are; {@code flex} takes the rest as before. */
    static void install(TableView<InboxRow> table, TableColumn<InboxRow, ?> file, TableColumn<InboxRow, String> flex) {
        new NarrowInboxColumns(table, file, flex);
    }

    @Override
    protected void fit() {
        boolean wasNarrow = narrow;
        narrow = room() < fullWidth;
        if (narrow != wasNarrow) {
            file.setVisible(!narrow);
            // the floor the fill widens the reasons from (set here, it is taken as the reasons' own width)
            reasons.setPrefWidth(narrow ? REASONS_MIN : reasonsFull);
            // narrow, the reasons wrap in their cells: on one line in some 190 px they read "The EDI file ends in th...",
            // whole only in a tooltip, one message at a time (look of 8 December, olivia); wide, one line as before
            if (narrow) {
                reasons.setCellFactory(c -> new com.orderdesk.gui.common.ColumnFit.Wrapping<>());
            } else {
                com.orderdesk.gui.common.ColumnFit.oneLine(reasons);
            }
        }
        if (narrow) {
            narrowFitted();
        } else if (wasNarrow) {
            restoreFitted();
        }
    }
}
