package com.orderdesk.gui.catalog;

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
        table.getColumns().setAll(List.of(
                TextColumn.of("SKU", ProductRow::sku, 108), // "TWL-ROLL-8", "BR607-01" whole
                TextColumn.of("Description", ProductRow::description, 240),
                TextColumn.of("Unit", ProductRow::unit, 50),
                TextColumn.of("Case", r -> Integer.toString(r.caseQuantity()), 58),
                MoneyColumn.of("List price", ProductRow::listPrice, formats, 96), // the header whole under the app's look
                statusColumn()));
        table.getColumns().get(3).setStyle("-fx-alignment: CENTER-RIGHT;");
        // the description gives way at 1366 px: every other column keeps its width (figures are never cut);
        // the cost is in the form, not the list, so the list fits beside it
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getColumns().get(1).setMinWidth(120);
        // every product listed is active unless discontinued ones are asked for: only then a status
        table.getColumns().get(5).visibleProperty().bind(showStatus);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
