package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.ContentWidth;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** The columns of the cash screen's two tables: the day's payments and the apply grid. */
final class CashTables {
    private final Formats formats;
    private final Consumer<String> problem;

    /** @param problem told when a typed amount cannot be read (the cell keeps its old value) */
    CashTables(Formats formats, Consumer<String> problem) {
        this.formats = formats;
        this.problem = problem;
    }

    void paymentColumns(TableView<DeskPayment> table) {
        TableColumn<DeskPayment, StatusKind> status = StatusChip.column("Status",
                p -> StatusKind.fromName(p.status().name()).orElse(null), 116);
        TableColumn<DeskPayment, String> payer = TextColumn.of("Payer", p -> p.payerName() == null ? "" : p.payerName(), 100);
        TableColumn<DeskPayment, String> number = TextColumn.of("Payment", DeskPayment::number, 104);
        TableColumn<DeskPayment, Money> amount = money("Amount", DeskPayment::amount, 92);
        // money in another currency reads with its code ("EUR 8.85"): bare, it read as dollars (tour of 7 December)
        amount.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Money m, boolean empty) {
                super.updateItem(m, empty);
                DeskPayment p = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(getIndex());
                setText(p == null ? null : PaymentListModel.amountText(p, formats));
            }
        });
        // At 1366 px the list has about 450 px. The number, amount and status are as wide as the day's
        // widest and the payer takes the rest, shortened where it must be (whole in its tooltip and in
        // the detail). The customer and the kind (both in the detail beside the list) were columns past
        // the list's edge that no scroll bar reached; they are gone.
        payer.setMinWidth(100);
        ColumnFit.oneLine(payer);
        table.getColumns().setAll(List.of(number, payer, amount, status));
        ContentWidth.fit(table, List.of(number, amount, status));
        ColumnFit.fill(table, payer);
    }

    void invoiceColumns(TableView<ApplyRow> table) {
        TableColumn<ApplyRow, Boolean> pick = new TableColumn<>("\u2713");
        pick.setCellValueFactory(c -> c.getValue().selectedProperty());
        pick.setCellFactory(CheckBoxTableCell.forTableColumn(pick));
        pick.setEditable(true);
        pick.setPrefWidth(34);
        pick.setMinWidth(34);
        pick.setSortable(false);
        List<TableColumn<ApplyRow, ?>> fitted = List.of(
                TextColumn.of("Invoice", r -> r.invoice().invoiceNo() + (r.proposedByProperty().get().isEmpty() ? "" : "  \u2605"), 120),
                com.orderdesk.gui.common.DateColumn.of("Due", r -> r.invoice().dueDate(), formats, 110),
                readMoney("Open", r -> r.invoice().open()),
                readMoney("Offer", r -> r.invoice().discountOffered()),
                editMoney("Applied", ApplyRow::appliedProperty),
                editMoney("Discount", ApplyRow::discountProperty),
                editMoney("Deduction", ApplyRow::deductionProperty));
        List<TableColumn<ApplyRow, ?>> all = new java.util.ArrayList<>(List.of(pick));
        all.addAll(fitted);
        TableColumn<ApplyRow, String> reason = reason();
        all.add(reason);
        table.getColumns().setAll(all);
        // each as wide as its title and the widest of its values, never narrower (an amount cut short
        // would mislead); the Reason has the rest. Fixed widths for the widest values there could be
        // left the Reason some 75 px at 1366 ("Short ...", tour of 7 December).
        ContentWidth.fit(table, fitted);
        ColumnFit.fill(table, reason);
        table.setEditable(true);
        // cell focus: arrows move between amounts, F2 edits the focused one, Enter commits
        table.getSelectionModel().setCellSelectionEnabled(true);
        // not constrained: a constrained table does not share out again when a fitted column's width changes
        // with its rows, and the Reason was left past the edge (ColumnFit.fill gives it the rest)
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private TableColumn<ApplyRow, String> reason() {
        TableColumn<ApplyRow, String> c = new TableColumn<>("Reason");
        // the reason's name ("Damaged goods"), as the claims desk shows it; the code is for the book
        c.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(
                () -> DeductionReason.labelOf(cell.getValue().reasonCodeProperty().get()), cell.getValue().reasonCodeProperty()));
        // the room the amounts leave: at 1366 px "Short shipment" whole; a longer name ("As stated on the
        // remittance") may be cut, so the cell's tooltip and the "Posted:" line under the grid say it whole
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                com.orderdesk.gui.common.CellTip.show(this, empty ? null : name);
            }
        });
        c.setPrefWidth(60); // its floor: ColumnFit.fill adds the room the others leave
        c.setMinWidth(60);
        c.setEditable(false);
        return c;
    }

    private <S> TableColumn<S, Money> money(String title, Function<S, Money> value, double width) {
        return MoneyColumn.of(title, value, formats, width);
    }

    private TableColumn<ApplyRow, BigDecimal> readMoney(String title, Function<ApplyRow, BigDecimal> value) {
        TableColumn<ApplyRow, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : formats.money(m));
            }
        });
        c.getStyleClass().add("money-column");
        c.setEditable(false);
        c.setPrefWidth(92);
        return c;
    }

    /** An amount the clerk may type over (F2 or a click); an unreadable entry keeps the old amount and says why. */
    private TableColumn<ApplyRow, BigDecimal> editMoney(String title,
                                                        Function<ApplyRow, javafx.beans.property.ObjectProperty<BigDecimal>> property) {
        TableColumn<ApplyRow, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> (ObservableValue<BigDecimal>) property.apply(cell.getValue()));
        StringConverter<BigDecimal> read = formats.moneyConverter();
        c.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(BigDecimal v) {
                return v == null ? "" : read.toString(v);
            }

            @Override
            public BigDecimal fromString(String s) {
                try {
                    BigDecimal v = read.fromString(s);
                    return v == null ? ApplyRow.ZERO : v.setScale(2, java.math.RoundingMode.HALF_UP);
                } catch (IllegalArgumentException e) {
                    problem.accept(e.getMessage());
                    return null;
                }
            }
        }));
        c.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                ApplyRow r = e.getRowValue();
                property.apply(r).set(e.getNewValue());
                if (e.getNewValue().signum() > 0) {
                    r.selectedProperty().set(true);
                }
            }
            e.getTableView().refresh();
        });
        c.getStyleClass().add("money-column");
        c.setPrefWidth(92);
        return c;
    }

    /**
     * The apply grid's keys: Space ticks the selected invoice, F2 edits the focused amount cell
     * (or the Applied column when the focus is elsewhere).
     */
    static void applyGridKeys(TableView<ApplyRow> table) {
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ApplyRow r = table.getSelectionModel().getSelectedItem();
            if (r == null || table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                // the tick changes the row (the rows list reports it as an update, through its extractor), and the
                // table answers an updated row by moving its cell focus and selection off the clerk's cell (tour:
                // to another column, the Reason): they are put back where they were
                var cell = table.getFocusModel().getFocusedCell();
                r.selectedProperty().set(!r.isSelected());
                if (cell != null && cell.getRow() >= 0) {
                    table.getSelectionModel().clearAndSelect(cell.getRow(), cell.getTableColumn());
                    table.getFocusModel().focus(cell.getRow(), cell.getTableColumn());
                }
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                var cell = table.getFocusModel().getFocusedCell();
                var column = cell.getTableColumn() != null && cell.getTableColumn().isEditable()
                        && cell.getTableColumn().getText().matches("Applied|Discount|Deduction")
                        ? cell.getTableColumn() : table.getColumns().get(5);
                table.edit(cell.getRow(), column);
                e.consume();
            }
        });
    }
}
