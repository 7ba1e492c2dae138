package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * Contract prices beside the product form: those of the selected product (every customer's), or
 * all of the customer chosen in the Customer field (every product's), with validity and whether
 * each is expired, current or future today. An administrator adds one (customer, from, to, price;
 * Enter in the price adds), ends the selected one (its last day: the To date, else today) or
 * removes one entered by mistake (Delete, asks once).
 */
final class ContractPricesPane {
    /** The controls of the pane, as the products view declares them. */
    record Controls(TableView<ContractPriceRow> table, RadioButton byProduct, RadioButton byCustomer, TextField customer,
                    DatePicker from, DatePicker to, TextField price, Button add, Button end, Label problem) {
    }

    /** The price file's column names (the use case's problem keys) as the form labels them. */
    private static final Map<String, String> LABELS = Map.of("customer_no", "Customer", "sku", "SKU", "valid_from", "From",
            "valid_to", "To", "price", "Price");

    private final CatalogDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats;
    private final Controls c;
    private final AutoCompleteField<CustomerHit> customer;
    private final ObservableList<ContractPriceRow> rows = FXCollections.observableArrayList();
    private final TableColumn<ContractPriceRow, String> customerColumn;
    private final TableColumn<ContractPriceRow, String> productColumn;
    private ProductRow product;
    /** Bumped on each load: an answer for an earlier product or customer is dropped. */
    private long loads;

    ContractPricesPane(CatalogDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                       Formats formats, Controls controls) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.formats = formats;
        this.c = controls;
        customer = AutoCompleteField.attach(c.customer(), services::searchCustomers, new StringConverter<>() {
            @Override
            public String toString(CustomerHit h) {
                return h == null ? "" : h.number() + "  " + h.name();
            }

            @Override
            public CustomerHit fromString(String s) {
                return null;
            }
        });
        customer.setOnNoMatch(typed -> c.problem().setText("No customer matches \"" + shorten(typed) + "\": type part of"
                + " the name or the number, e.g. C-10001."));
        customer.selectedItemProperty().addListener((o, a, hit) -> {
            if (hit != null) {
                c.problem().setText("");
                if (c.byCustomer().isSelected()) {
                    reload();
                }
                c.from().requestFocus();
            }
        });
        DateEntry.attach(c.from(), formats);
        DateEntry.attach(c.to(), formats);
        customerColumn = TextColumn.of("Customer", r -> r.customerNumber() + "  " + r.customerName(), 230);
        productColumn = TextColumn.of("Product", r -> r.sku() + "  " + r.description(), 230);
        c.table().setItems(rows);
        c.table().getColumns().setAll(List.of(customerColumn, productColumn,
                com.orderdesk.gui.common.DateColumn.of("From", ContractPriceRow::validFrom, formats, 105),
                com.orderdesk.gui.common.DateColumn.openEnded("To", ContractPriceRow::validTo, formats, 105, "open"),
                MoneyColumn.of("Price", ContractPriceRow::price, formats, 80),
                MoneyColumn.of("List", ContractPriceRow::listPrice, formats, 80),
                TextColumn.of("Today", r -> r.periodOn(services.today()).label(), 75)));
        c.byProduct().selectedProperty().addListener((o, a, on) -> reload());
        c.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && services.mayMaintain()) {
                e.consume();
                removeSelected();
            }
        });
        c.price().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                addPrice();
            }
        });
        c.add().setOnAction(e -> addPrice());
        c.end().setOnAction(e -> endSelected());
        // names give way when the pane is narrow (1366 px); dates and amounts keep their width
        c.table().getColumns().forEach(col -> col.setMinWidth(col.getPrefWidth()));
        customerColumn.setMinWidth(110);
        productColumn.setMinWidth(110);
        com.orderdesk.gui.common.ColumnFit.oneLine(customerColumn);
        com.orderdesk.gui.common.ColumnFit.oneLine(productColumn);
        c.table().setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        showColumns();
    }

    private static String shorten(String typed) {
        String s = typed.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Shows the prices of {@code p} (none for a new product); the From date starts at today. */
    void show(ProductRow p) {
        product = p;
        c.problem().setText("");
        if (c.from().getValue() == null) {
            c.from().setValue(services.today());
        }
        reload();
    }

    private void showColumns() {
        boolean byCustomer = c.byCustomer().isSelected();
        customerColumn.setVisible(!byCustomer);
        productColumn.setVisible(byCustomer);
    }

    /** Reloads the list in the chosen view (the product's, or the chosen customer's). */
    void reload() {
        showColumns();
        long ticket = ++loads;
        rows.clear();
        CustomerHit who = customer.getSelectedItem();
        Supplier<List<ContractPriceRow>> query;
        if (c.byCustomer().isSelected()) {
            if (who == null) {
                c.problem().setText("Choose the customer in the Customer field (type part of its name, Enter).");
                return;
            }
            query = () -> services.pricesOfCustomer(who.id());
        } else {
            if (product == null) {
                return;
            }
            long id = product.id();
            query = () -> services.prices(id);
        }
        tasks.run(UiTasks.of(query::get, list -> {
            if (ticket == loads) {
                rows.setAll(list);
            }
        }, e -> status.showMessage("Contract prices could not be read: " + e.getMessage())));
    }

    void addPrice() {
        if (!services.mayMaintain()) {
            return;
        }
        if (product == null) {
            c.problem().setText("Save the product first; then add its contract prices.");
            return;
        }
        CustomerHit who = customer.getSelectedItem();
        Money amount;
        try {
            amount = c.price().getText().isBlank() ? null : Money.of(formats.parseMoney(c.price().getText()));
        } catch (InputException e) {
            c.problem().setText("Price: " + e.getMessage());
            // later: after Alt+A the scene focuses the add button once its action has run
            javafx.application.Platform.runLater(c.price()::requestFocus);
            return;
        }
        if (who == null) {
            c.problem().setText("Customer: type part of a name or number and press Enter.");
            javafx.application.Platform.runLater(c.customer()::requestFocus);
            return;
        }
        LocalDate from = read(c.from(), "From");
        LocalDate to = read(c.to(), "To");
        if (from == UNREAD || to == UNREAD) {
            return;
        }
        ContractPriceData data = new ContractPriceData(who.number(), product.sku(), from, to, amount);
        long productId = product.id();
        tasks.run(UiTasks.of(() -> services.addPrice(productId, data), added -> {
            c.problem().setText("");
            c.price().clear();
            c.to().setValue(null);
            reload();
            status.showMessage("Contract price added: " + data.key() + " at " + formats.money(added.price())
                    + (added.validTo() == null ? ", open-ended." : " to " + formats.date(added.validTo()) + "."));
            c.customer().requestFocus();
        }, this::refused));
    }

    /** Ends the selected contract: its last day is the To date typed, else today. */
    void endSelected() {
        ContractPriceRow r = c.table().getSelectionModel().getSelectedItem();
        if (!services.mayMaintain()) {
            return;
        }
        if (r == null) {
            c.problem().setText("Choose the contract price to end in the list (its last day is the To date, else today).");
            c.table().requestFocus();
            return;
        }
        LocalDate to = read(c.to(), "To");
        if (to == UNREAD) {
            return;
        }
        LocalDate last = to != null ? to : services.today();
        tasks.run(UiTasks.of(() -> services.endPrice(r.id(), r.price(), last), ended -> {
            c.problem().setText("");
            c.to().setValue(null);
            reload();
            status.showMessage("Contract price " + ended.data().key() + " ends on " + formats.date(last) + ".");
        }, this::refused));
    }

    /** What {@link #read} answers for text that is no date (never a date anyone types). */
    private static final LocalDate UNREAD = LocalDate.MIN;

    /**
     * The picker's date, or {@link #UNREAD} with the field's sentence said beside the fields and the
     * cursor put back in it: a price must not start or end on the date kept under text shown unread.
     */
    private LocalDate read(javafx.scene.control.DatePicker picker, String label) {
        try {
            return com.orderdesk.gui.common.DateEntry.entered(picker).date();
        } catch (InputException e) {
            c.problem().setText(label + ": " + e.getMessage());
            javafx.application.Platform.runLater(picker::requestFocus);
            return UNREAD;
        }
    }

    private void refused(Throwable e) {
        c.problem().setText(e instanceof InputRefusedException r ? sentences(r.problems()) : e.getMessage());
    }

    static String sentences(List<InputProblem> problems) {
        return String.join("; ", problems.stream().map(p -> LABELS.getOrDefault(p.column(), p.column()) + ": " + p.message())
                .toList()) + ".";
    }

    void removeSelected() {
        ContractPriceRow r = c.table().getSelectionModel().getSelectedItem();
        if (r == null || !dialogs.confirm("Remove contract price", r.customerNumber() + " " + r.sku() + " from "
                + formats.date(r.validFrom()), "Orders already priced keep their prices; new orders use the other"
                + " prices of this customer, else the list price. To stop a price that was right, end it instead.")) {
            return;
        }
        tasks.run(UiTasks.of(() -> {
            services.removePrice(r.id());
            return r;
        }, gone -> {
            rows.remove(gone);
            status.showMessage("Contract price removed: " + gone.customerNumber() + " " + gone.sku() + " from "
                    + formats.date(gone.validFrom()) + ".");
        }, this::refused));
    }

    void setEditable(boolean editable) {
        for (var control : List.of(c.from(), c.to(), c.price(), c.add(), c.end())) {
            control.setDisable(!editable);
        }
    }

    List<ContractPriceRow> rows() {
        return rows;
    }
}
