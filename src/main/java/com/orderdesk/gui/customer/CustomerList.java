package com.orderdesk.gui.customer;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.ContentWidth;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.customer.CustomerRow;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The customer list with its search: typing searches after a pause, Down moves into the list,
 * Enter in the search opens the first match of what is typed, Enter or a double click in the
 * list opens the selected customer.
 */
final class CustomerList {
    /** The name's width kept before the phone is shown beside it: 34 letters whole (see the constructor). */
    static final double NAME_KEPT = 240;
    private final CustomersViewModel vm;
    private final TextField searchField;
    private final TableView<CustomerRow> table;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private boolean openFirstPending;

    CustomerList(CustomersViewModel vm, TextField searchField, TableView<CustomerRow> table, Label footerLabel) {
        this.vm = vm;
        this.searchField = searchField;
        this.table = table;
        // beside the editor at 1366 px the list has some 590 px: the number and phone are as wide as the
        // rows shown need, the city has room for "North Little Rock, AR" and the name takes the rest, keeping
        // 240 px (the 34 letters nine in ten of the demo's names have: with the phone beside it, it had 160 and
        // read "Adams Logistics & ...", the lead's look of 7 December); the phone shows where it fits beside
        // that (dragging the divider), else it is in the editor and the search finds by it. Nothing lies past
        // a sideways bar (the phone did, tour of 6 December); a longer name or city is shortened, whole in its tooltip
        TableColumn<CustomerRow, String> number = TextColumn.of("Number", CustomerRow::number, 80);
        TableColumn<CustomerRow, String> name = TextColumn.of("Name", r -> r.name() + (r.active() ? "" : "  (inactive)"), 160);
        TableColumn<CustomerRow, String> city = TextColumn.of("City", r -> r.city() == null ? "" : r.city() + ", " + r.state(), 175);
        TableColumn<CustomerRow, String> phone = TextColumn.of("Phone", r -> r.phone() == null ? "" : r.phone(), 120);
        ColumnFit.oneLine(name);
        ColumnFit.oneLine(city);
        table.getColumns().setAll(List.of(number, name, city, phone));
        table.setItems(vm.rows());
        TablePrefs.forUser().remember(table, "customers");
        ContentWidth.fit(table, List.of(number, phone));
        ColumnFit.fillUpTo(table, name, city, NAME_KEPT);
        footerLabel.textProperty().bind(vm.footerProperty());
        typing.setOnFinished(e -> vm.search(searchField.getText()));
        searchField.textProperty().addListener((o, a, b) -> typing.playFromStart());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void searchKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            e.consume();
            table.requestFocus();
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            typing.stop();
            // Enter opens the first match of what is typed now (searching first if the list is behind)
            vm.search(searchField.getText());
            openFirstWhenFound();
        }
    }

    private void openFirstWhenFound() {
        openFirstPending = true;
        vm.rows().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends CustomerRow> c) {
                vm.rows().removeListener(this);
                if (openFirstPending && !vm.rows().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                    openSelected();
                }
                openFirstPending = false;
            }
        });
    }

    private void openSelected() {
        CustomerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.open(row.id());
        }
    }
}
