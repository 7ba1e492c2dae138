package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The inbox list's columns; the status reads as a word with its status's colour class. */
final class InboxColumns {
    private InboxColumns() {
    }

    static void install(TableView<InboxRow> table, Formats formats, ZoneId zone) {
        // at 1366 px the received time, the file's name, the status, the customer, the PO and the total
        // read whole; the reasons take the room left, on one line (whole in their tooltip and in the
        // message's pane below): at 420 px they ran past the right edge, a sideways bar under the
        // list and the PO cut ("DEMO-C-10...", tour of 5 December)
        TableColumn<InboxRow, java.time.Instant> received = com.orderdesk.gui.common.DateColumn.ofInstant("Received", InboxRow::receivedAt,
                formats, zone, 200);
        TableColumn<InboxRow, String> file = TextColumn.of("File", InboxRow::source, 196);
        TableColumn<InboxRow, String> state = TextColumn.of("Status", InboxText::status, 240);
        state.setCellFactory(c -> new StatusCell());
        TableColumn<InboxRow, String> customer = TextColumn.of("Customer", r -> r.customerNo() == null ? "" : r.customerNo(), 100);
        TableColumn<InboxRow, String> po = TextColumn.of("PO", r -> r.poNumber() == null ? "" : r.poNumber(), 150);
        TableColumn<InboxRow, com.orderdesk.model.common.Money> total = MoneyColumn.of("Total", InboxRow::total, formats, 96);
        TableColumn<InboxRow, String> reasons = TextColumn.of("Reasons", InboxText::reasonsColumn, 200);
        ColumnFit.oneLine(reasons);
        table.getColumns().setAll(List.of(received, file, state, customer, po, total, reasons));
        // at 1024 px (some 900 for the 1180 these want) the file's name gives way and the rest fit their values
        NarrowInboxColumns.install(table, file, reasons);
        ColumnFit.fill(table, reasons);
    }

    /** The status column as a chip-like word with the status's colour class. */
    private static final class StatusCell extends TableCell<InboxRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("inbox-"));
            InboxRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            if (row != null) {
                getStyleClass().add(InboxText.styleClass(row.status()));
            }
        }
    }
}
