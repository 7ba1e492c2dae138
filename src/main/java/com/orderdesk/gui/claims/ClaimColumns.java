package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.ContentWidth;
import com.orderdesk.gui.common.CountColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.claims.ClaimRow;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The claims queue's columns, their widths and its sorted rows (the view model's shown cases). */
final class ClaimColumns {
    private ClaimColumns() {
    }

    static void install(TableView<ClaimRow> table, javafx.scene.control.SplitPane split, ClaimsDeskViewModel model, Formats formats) {
        TableColumn<ClaimRow, String> customer = TextColumn.of(Messages.get("claims.column.customer"), ClaimRow::customerName, 150);
        List<TableColumn<ClaimRow, ?>> fitted = List.of(
                TextColumn.of(Messages.get("claims.column.case"), ClaimRow::number, 112),
                TextColumn.of(Messages.get("claims.column.invoice"), ClaimRow::invoiceNumber, 100),
                TextColumn.of(Messages.get("claims.column.reason"), r -> ClaimWords.reason(r.reason()), 116),
                MoneyColumn.of(Messages.get("claims.column.amount"), ClaimRow::amount, formats, 86),
                TextColumn.of(Messages.get("claims.column.status"), r -> ClaimWords.status(r.status()), 162),
                TextColumn.of(Messages.get("claims.column.owner"), r -> r.owner() == null ? "" : r.owner(), 72),
                CountColumn.of(Messages.get("claims.column.age"), r -> r.ageDays(model.today()), 46));
        table.getColumns().add(fitted.get(0));
        table.getColumns().add(customer);
        table.getColumns().addAll(fitted.subList(1, fitted.size()));
        // Tour of 6 December at 1366 px: the customer had 160 px ("High Plains Senior...") while the
        // status, invoice and owner kept widths for their longest value on any day. The case and
        // invoice numbers (read out on the phone), the figures and the status are as wide as the
        // queue's widest value (never cut); the customer's name takes the rest, shortened only where
        // it must be, whole in its tooltip and in the evidence
        customer.setMinWidth(100);
        ColumnFit.oneLine(customer);
        ContentWidth.fit(table, fitted);
        ColumnFit.fill(table, customer);
        // at 1024 x 768 the invoice, the reason and the owner give way (the evidence beside says them)
        NarrowClaimColumns.install(table, split, List.of(fitted.get(1), fitted.get(2), fitted.get(5)), customer);
        SortedList<ClaimRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
