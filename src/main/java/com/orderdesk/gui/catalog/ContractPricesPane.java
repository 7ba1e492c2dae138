package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * The selected product's contract prices: every customer's, with validity and whether each is
 * expired, current or future today; an administrator adds one (customer, from, to, price; Enter in
 * the price adds) or removes the selected one (Delete, asks once).
 */
final class ContractPricesPane {
    private final CatalogDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats;
    private final TableView<ContractPriceRow> table;
    private final DatePicker from;
    private final DatePicker to;
    private final TextField price;
    private final Label problem;
    private final AutoCompleteField<CustomerHit> customer;
    private final ObservableList<ContractPriceRow> rows = FXCollections.observableArrayList();
    private ProductRow product;

    ContractPricesPane(CatalogDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                       Formats formats, TableView<ContractPriceRow> table, TextField customerField, DatePicker from,
                       DatePicker to, TextField price, Button add, Label problem) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.formats = formats;
        this.table = table;
        this.from = from;
        this.to = to;
        this.price = price;
        this.problem = problem;
        customer = AutoCompleteField.attach(customerField, services::searchCustomers, new StringConverter<>() {
            @Override
            public String toString(CustomerHit c) {
                return c == null ? "" : c.number() + "  " + c.name();
            }

            @Override
            public CustomerHit fromString(String s) {
                return null;
            }
        });
        customer.setOnNoMatch(typed -> problem.setText("No customer matches \"" + typed.strip() + "\"."));
        from.setConverter(formats.dateConverter());
        to.setConverter(formats.dateConverter());
        table.setItems(rows);
        table.getColumns().setAll(List.of(
                column("Customer", r -> r.customerNumber() + "  " + r.customerName(), 230),
                column("From", r -> formats.date(r.validFrom()), 105),
                column("To", r -> r.validTo() == null ? "open" : formats.date(r.validTo()), 105),
                MoneyColumn.of("Price", ContractPriceRow::price, formats, 90),
                MoneyColumn.of("List", ContractPriceRow::listPrice, formats, 90),
                column("Today", r -> r.periodOn(services.today()).label(), 80)));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && services.mayMaintain()) {
                e.consume();
                removeSelected();
            }
        });
        price.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                addPrice();
            }
        });
        add.setOnAction(e -> addPrice());
    }

    private static TableColumn<ContractPriceRow, String> column(String title, Function<ContractPriceRow, String> value, double w) {
        TableColumn<ContractPriceRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    /** Shows the prices of {@code p} (none for a new product). */
    void show(ProductRow p) {
        product = p;
        problem.setText("");
        rows.clear();
        if (p == null) {
            return;
        }
        long id = p.id();
        tasks.run(UiTasks.of(() -> services.prices(id), list -> {
            if (product != null && product.id() == id) {
                rows.setAll(list);
            }
        }, e -> status.showMessage("Contract prices could not be read: " + e.getMessage())));
    }

    void addPrice() {
        if (product == null) {
            problem.setText("Save the product first; then add its contract prices.");
            return;
        }
        CustomerHit c = customer.getSelectedItem();
        Money amount;
        try {
            amount = price.getText().isBlank() ? null : Money.of(formats.parseMoney(price.getText()));
        } catch (InputException e) {
            problem.setText("Price: " + e.getMessage());
            return;
        }
        if (c == null) {
            problem.setText("Customer: type part of a name or number and press Enter.");
            return;
        }
        ContractPriceData data = new ContractPriceData(c.number(), product.sku(), from.getValue(), to.getValue(), amount);
        long productId = product.id();
        tasks.run(UiTasks.of(() -> services.addPrice(productId, data), added -> {
            problem.setText("");
            rows.add(added);
            rows.sort(com.orderdesk.logic.catalog.ContractPrices.LIST_ORDER);
            customer.clear();
            price.clear();
            status.showMessage("Contract price added: " + data.key() + " at " + formats.money(added.price()));
            customer.field().requestFocus();
        }, e -> problem.setText(e instanceof InputRefusedException r ? r.problems().stream()
                .map(ProductForm::sentence).reduce((a, b) -> a + "; " + b).orElse("") : e.getMessage())));
    }

    void removeSelected() {
        ContractPriceRow r = table.getSelectionModel().getSelectedItem();
        if (r == null || !dialogs.confirm("Remove contract price", r.customerNumber() + " " + r.sku() + " from "
                + formats.date(r.validFrom()), "Orders already priced keep their prices; new orders use the other"
                + " prices of this customer, else the list price.")) {
            return;
        }
        tasks.run(UiTasks.of(() -> {
            services.removePrice(r.id());
            return r;
        }, gone -> {
            rows.remove(gone);
            status.showMessage("Contract price removed: " + gone.customerNumber() + " " + gone.sku());
        }, e -> problem.setText(e.getMessage())));
    }

    void setEditable(boolean editable) {
        for (var c : List.of(customer.field(), from, to, price)) {
            c.setDisable(!editable);
        }
    }

    List<ContractPriceRow> rows() {
        return rows;
    }
}
