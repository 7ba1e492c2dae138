package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.CountColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.claims.ClaimRow;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The claims queue's columns, their widths and its sorted rows (the view model's shown cases). */
final class ClaimColumns {
    private ClaimColumns() {
    }

    static void install(TableView<ClaimRow> table, ClaimsDeskViewModel model, Formats formats) {
        // the case and invoice numbers are what a person reads out on the phone: never cut, even at 1366 px
        table.getColumns().add(keyColumn(TextColumn.of("Case", ClaimRow::number, 112)));
        // the name alone: at 1366 px the column has about 100 px, which showed "C-10335 ..." and no
        // name at all; the number is in the evidence and the search still finds a case by it
        table.getColumns().add(TextColumn.of("Customer", ClaimRow::customerName, 150));
        table.getColumns().add(keyColumn(TextColumn.of("Invoice", ClaimRow::invoiceNumber, 100)));
        table.getColumns().add(keyColumn(TextColumn.of("Reason", r -> r.reason().label(), 116)));
        table.getColumns().add(MoneyColumn.of("Amount", ClaimRow::amount, formats, 86));
        table.getColumns().add(keyColumn(TextColumn.of("Status", r -> r.status().label(), 162)));
        table.getColumns().add(TextColumn.of("Owner", r -> r.owner() == null ? "" : r.owner(), 72));
        table.getColumns().add(CountColumn.of("Age", r -> r.ageDays(model.today()), 46));
        // at 1366 px the status, owner and age lay beyond the list's edge ("Waitin..."): every column
        // now fits the list, each keeping its width; the customer gives way (whole in the evidence)
        table.getColumns().forEach(c -> {
            c.setMinWidth(Math.max(c.getMinWidth(), "Customer".equals(c.getText()) ? 70 : c.getPrefWidth()));
            if (!"Customer".equals(c.getText())) {
                c.setMaxWidth(c.getPrefWidth());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<ClaimRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static <S> TableColumn<S, String> keyColumn(TableColumn<S, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }
}
