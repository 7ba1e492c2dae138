package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.logic.catalog.ProductRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns of the product list: SKU, description, unit, case, list price and (with discontinued ones) status. */
final class ProductColumns {
    private ProductColumns() {
    }

    /**
     * Sets the list's columns, widths and resize policy and remembers the user's widths and sort
     * ("products"); the status column shows while {@code showStatus} is true.
     */
    static void install(TableView<ProductRow> table, Formats formats, ObservableValue<Boolean> showStatus) {
        table.getColumns().setAll(List.of(
                column("SKU", ProductRow::sku, 108), // "TWL-ROLL-8", "BR607-01" whole
                column("Description", ProductRow::description, 240),
                column("Unit", ProductRow::unit, 50),
                column("Case", r -> Integer.toString(r.caseQuantity()), 58),
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
    }

    private static TableColumn<ProductRow, String> column(String title, Function<ProductRow, String> value, double width) {
        TableColumn<ProductRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ProductRow, StatusKind> statusColumn() {
        TableColumn<ProductRow, StatusKind> c = new TableColumn<>("Status");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().active() ? StatusKind.ACTIVE
                : StatusKind.DISCONTINUED));
        c.setCellFactory(StatusChip.cellFactory());
        c.setPrefWidth(115); // the widest chip, "Discontinued"
        return c;
    }
}
