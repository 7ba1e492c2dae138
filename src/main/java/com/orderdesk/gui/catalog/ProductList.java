package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.ContentWidth;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.catalog.ProductRow;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The product list: its columns (SKU, description, unit, case, list price and, with discontinued
 * ones, status) and its keys: Down or Enter in the search goes into the list, Enter there opens the
 * chosen product's form.
 */
final class ProductList {
    private ProductList() {
    }

    /**
     * Sets the list's columns, widths and resize policy and remembers the user's widths and sort
     * ("products"); the status column shows while {@code showStatus} is true. {@code openForm} puts
     * the cursor in the form (Enter in the list).
     */
    static void install(TableView<ProductRow> table, Formats formats, ObservableValue<Boolean> showStatus, TextField searchField,
                        Runnable openForm) {
        TableColumn<ProductRow, String> description = TextColumn.of("Description", ProductRow::description, 160);
        TableColumn<ProductRow, StatusKind> status = statusColumn();
        List<TableColumn<ProductRow, ?>> fitted = List.of(
                TextColumn.of("SKU", ProductRow::sku, 108),
                TextColumn.of("Unit", ProductRow::unit, 50),
                TextColumn.of("Case", r -> Integer.toString(r.caseQuantity()), 58),
                MoneyColumn.of("List price", ProductRow::listPrice, formats, 96),
                status);
        table.getColumns().setAll(List.of(fitted.get(0), description, fitted.get(1), fitted.get(2), fitted.get(3), status));
        fitted.get(2).setStyle("-fx-alignment: CENTER-RIGHT;");
        // Tour of 6 December at 1366 px: the description had 240 px ("Coffee Filters Basket 12 Cup, ...")
        // beside columns kept wide for any value. The SKU, unit, case, price and status are as wide as
        // the listed products' widest (figures are never cut); the description takes the rest,
        // shortened only where it must be, whole in its tooltip and in the form. The cost is in the
        // form, not the list, so the list fits beside it
        description.setMinWidth(120);
        ColumnFit.oneLine(description);
        // every product listed is active unless discontinued ones are asked for: only then a status
        status.visibleProperty().bind(showStatus);
        ContentWidth.fit(table, fitted);
        ColumnFit.fill(table, description);
        TablePrefs.forUser().remember(table, "products");
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openForm.run();
            }
        });
    }

    private static TableColumn<ProductRow, StatusKind> statusColumn() {
        return StatusChip.column("Status", r -> r.active() ? StatusKind.ACTIVE : StatusKind.DISCONTINUED,
                115); // the widest chip, "Discontinued"
    }
}
