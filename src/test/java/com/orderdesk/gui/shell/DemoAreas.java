package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.ParsedField;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Test-only work areas: a work list and a small form, built from the shared helpers. */
final class DemoAreas {
    record Row(String number, String customer, LocalDate date, BigDecimal total, StatusKind status) {
    }

    static final List<String> CUSTOMERS = List.of("Acme Hardware", "Acorn Supply", "Baker Tools", "Cobalt Fasteners");

    private DemoAreas() {
    }

    static WorkArea list(StatusBarModel status) {
        return WorkArea.builder("alpha", "Orders", Material2AL.LIST_ALT)
                .shortcut("Ctrl+F", "Search orders")
                .shortcut("Enter", "Open the selected order")
                .view(() -> orderList(status))
                .onShown(() -> status.setCounts("8 orders, 1 on credit hold"))
                .build();
    }

    static WorkArea form() {
        return WorkArea.builder("beta", "Order entry", Material2MZ.SHOPPING_CART)
                .shortcut("Ctrl+S", "Save the order")
                .shortcut("Ctrl+L", "Add a line")
                .view(DemoAreas::orderForm)
                .build();
    }

    private static Node orderList(StatusBarModel status) {
        Formats formats = Formats.forLocale(Locale.US);
        ObservableList<Row> rows = FXCollections.observableArrayList();
        StatusKind[] kinds = StatusKind.values();
        for (int i = 0; i < kinds.length; i++) {
            rows.add(new Row("SO-10423" + i, CUSTOMERS.get(i % CUSTOMERS.size()), LocalDate.of(2026, 11, 20 + i),
                    new BigDecimal("1234.5").multiply(BigDecimal.valueOf(i + 1)), kinds[i]));
        }
        TableView<Row> table = new TableView<>();
        table.setId("ordersTable");
        TableColumn<Row, String> number = column("Order", 120, r -> r.number());
        TableColumn<Row, String> customer = column("Customer", 220, r -> r.customer());
        TableColumn<Row, String> date = column("Date", 130, r -> formats.date(r.date()));
        TableColumn<Row, BigDecimal> total = new TableColumn<>("Total");
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
        total.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.money(item));
            }
        });
        total.getStyleClass().add("money");
        total.setPrefWidth(130);
        TableColumn<Row, StatusKind> state = new TableColumn<>("Status");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        state.setCellFactory(StatusChip.cellFactory());
        state.setPrefWidth(140);
        table.getColumns().addAll(List.of(number, customer, date, total, state));
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search orders (Ctrl+F)");
        TableFilter<Row> filter = TableFilter.install(table, rows);
        filter.filterByText(search.textProperty(), (r, text) -> r.customer().toLowerCase().contains(text)
                || r.number().toLowerCase().contains(text));
        Label footer = new Label();
        footer.textProperty().bind(filter.shownCount().asString("%d orders"));
        BorderPane pane = new BorderPane(table);
        pane.setTop(new HBox(8, search));
        pane.setBottom(footer);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static Node orderForm() {
        Formats formats = Formats.forLocale(Locale.US);
        TextField customer = new TextField();
        customer.setId("customer");
        customer.setPromptText("Name, number or phone");
        AutoCompleteField<String> auto = AutoCompleteField.attach(customer,
                q -> CUSTOMERS.stream().filter(c -> c.toLowerCase().startsWith(q.toLowerCase())).toList(),
                identity());
        TextField price = new TextField();
        price.setId("price");
        price.getStyleClass().add("money");
        TextField quantity = new TextField();
        quantity.setId("quantity");
        quantity.getStyleClass().add("quantity");
        Validation validation = new Validation();
        validation.required(customer, "Choose a customer: type a name, number or phone.");
        validation.watch(ParsedField.attach(price, formats.moneyConverter()));
        validation.watch(ParsedField.attach(quantity, formats.quantityConverter()),
                q -> q > 0 ? null : "Quantity must be above zero.");
        Label chosen = new Label();
        chosen.setId("chosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Selected: " + (auto.getSelectedItem() == null ? "none" : auto.getSelectedItem()),
                auto.selectedItemProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Customer"), customer);
        grid.addRow(1, new Label("Unit price"), price);
        grid.addRow(2, new Label("Quantity"), quantity);
        grid.addRow(3, new Label("Status"), new HBox(6, new StatusChip(StatusKind.ENTERED),
                new StatusChip(StatusKind.CREDIT_HOLD), new StatusChip(StatusKind.PAID)));
        VBox box = new VBox(12, grid, chosen);
        box.setPadding(new Insets(16));
        return box;
    }

    private static <R, T> TableColumn<R, T> column(String title, double width, java.util.function.Function<R, T> value) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static StringConverter<String> identity() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
