package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * The columns of the order lines grid. Quantity, price and discount are edited in place (F2 or
 * typing starts an edit, Enter commits); a value that cannot be read is refused with a message and
 * the line keeps its old value. Delete removes the selected line.
 */
final class OrderLinesTable {
    private OrderLinesTable() {
    }

    static void install(TableView<OrderLineRow> table, OrderEntryViewModel vm, Formats f, Consumer<String> problem) {
        table.setItems(vm.lines());
        TableColumn<OrderLineRow, String> no = new TableColumn<>("#");
        no.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(vm.lines().indexOf(c.getValue()) + 1)));
        no.setPrefWidth(40);
        no.setSortable(false);
        TableColumn<OrderLineRow, String> sku = TextColumn.fixed("SKU", r -> r.quote().sku(), 120);
        TableColumn<OrderLineRow, String> desc = TextColumn.fixed("Description", r -> r.quote().description(), 260);
        TableColumn<OrderLineRow, String> unit = TextColumn.fixed("Unit", r -> r.quote().unit(), 56);

        TableColumn<OrderLineRow, Long> qty = new TableColumn<>("Qty");
        qty.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>((long) c.getValue().getQuantity()));
        qty.setCellFactory(TextFieldTableCell.forTableColumn(lenient(f.quantityConverter(), problem)));
        qty.setOnEditCommit(e -> {
            Long v = e.getNewValue();
            if (v != null && v > 0 && v <= 99_999) {
                e.getRowValue().quantityProperty().set(v.intValue());
            } else if (v != null) {
                problem.accept("Quantity must be a whole number from 1 to 99999.");
            }
            table.refresh();
        });

        TableColumn<OrderLineRow, BigDecimal> price = new TableColumn<>("Unit price");
        price.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getUnitPrice().amount()));
        price.setCellFactory(TextFieldTableCell.forTableColumn(lenient(f.moneyConverter(), problem)));
        price.setOnEditCommit(e -> {
            BigDecimal v = e.getNewValue();
            if (v != null && v.signum() >= 0) {
                e.getRowValue().unitPriceProperty().set(Money.of(v));
            } else if (v != null) {
                problem.accept("Unit price cannot be negative.");
            }
            table.refresh();
        });

        TableColumn<OrderLineRow, BigDecimal> disc = new TableColumn<>("Disc %");
        disc.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getDiscountPct()));
        disc.setCellFactory(TextFieldTableCell.forTableColumn(lenient(f.percentConverter(), problem)));
        disc.setOnEditCommit(e -> {
            BigDecimal v = e.getNewValue();
            if (v != null && v.signum() >= 0 && v.compareTo(new BigDecimal("100")) <= 0) {
                e.getRowValue().discountPctProperty().set(v);
            } else if (v != null) {
                problem.accept("Discount must be between 0 and 100 %.");
            }
            table.refresh();
        });

        TableColumn<OrderLineRow, String> ext = TextColumn.fixed("Extended", r -> f.money(r.getExtended()), 110);
        // a line beyond the stock shows it in Available itself (warning style, the reason in a tooltip):
        // a column of its own for the note took the room the description needs at 1366 px
        TableColumn<OrderLineRow, String> avail = TextColumn.fixed("Available", r -> f.quantity(r.quote().available()), 96);
        avail.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                OrderLineRow row = empty ? null : getTableRow().getItem();
                String warning = row == null ? "" : row.stockWarningProperty().get();
                boolean short_ = !warning.isEmpty();
                setText(empty || item == null ? null : short_ ? "\u26a0 " + item : item);
                setTooltip(short_ ? new javafx.scene.control.Tooltip(warning) : null);
                getStyleClass().remove("warning-text");
                if (short_) {
                    getStyleClass().add("warning-text");
                }
            }
        });
        for (TableColumn<OrderLineRow, ?> c : java.util.List.of(qty, price, disc, ext, avail)) {
            c.getStyleClass().add("money-column");
        }
        qty.setPrefWidth(70);
        price.setPrefWidth(100);
        disc.setPrefWidth(70);
        // the constrained policy shrinks columns to the table's width; at 1366 px beside the timeline
        // it cut SKUs and figures, so those keep their width and the description gives
        no.setMinWidth(36);
        sku.setMinWidth(112);
        unit.setMinWidth(48);
        qty.setMinWidth(56);
        price.setMinWidth(100);
        disc.setMinWidth(68);
        ext.setMinWidth(100);
        avail.setMinWidth(88);
        desc.setMinWidth(100);
        // the figures keep their width; the description takes what the table has left, and a long one
        // ("Can Liner Low Density 1.5 mil Black 33 gal ...") wraps onto a second line rather than being cut
        // (whole in its tooltip too)
        for (TableColumn<OrderLineRow, ?> c : java.util.List.of(no, sku, unit, qty, price, disc, ext, avail)) {
            c.setMaxWidth(c.getPrefWidth());
        }
        com.orderdesk.gui.common.ColumnFit.wrap(desc);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(java.util.List.of(no, sku, desc, unit, qty, price, disc, ext, avail));
        // order entry at 1024 x 768 too, not only the inbox's review pane: there the description was squeezed to its
        // 100 px minimum, a line of "Can Liner Low Density ..." five text lines high, a line and a half in view
        NarrowLines.install(table);
        table.setOnKeyPressed(e -> {
            OrderLineRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null && table.getEditingCell() == null) {
                vm.removeLine(selected);
                e.consume();
            }
        });
        vm.lines().addListener((javafx.collections.ListChangeListener<OrderLineRow>) c -> table.refresh());
    }

    /** Wraps a strict converter: a value that cannot be read becomes null plus a message, never an exception. */
    private static <T> StringConverter<T> lenient(StringConverter<T> strict, Consumer<String> problem) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return strict.toString(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return strict.fromString(text);
                } catch (RuntimeException e) {
                    problem.accept(e.getMessage());
                    return null;
                }
            }
        };
    }
}
