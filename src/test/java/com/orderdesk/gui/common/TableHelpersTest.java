package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TableFilter (filter + sort pipeline) and TablePrefs (remembered widths and sort). */
class TableHelpersTest {
    record Order(String number, String customer, int lines) {
    }

    private final Preferences root = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void forget() throws Exception {
        root.removeNode();
    }

    @Test
    void textColumnShowsEachRowsTextAndAnyChoiceOffersAnyFirst() throws Exception {
        FxTestSupport.onFxRun(() -> {
            TableColumn<Order, String> customer = TextColumn.of("Customer", o -> o.customer().toUpperCase(), 140);
            assertThat(customer.getText()).isEqualTo("Customer");
            assertThat(customer.getPrefWidth()).isEqualTo(140);
            assertThat(customer.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(null, customer,
                    new Order("SO-1", "Acme Hardware", 4))).getValue()).isEqualTo("ACME HARDWARE");

            javafx.scene.control.ComboBox<java.time.DayOfWeek> day = new javafx.scene.control.ComboBox<>();
            AnyChoice.fill(day, d -> d.name().substring(0, 3), "Any day", java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
            assertThat(day.getItems()).containsExactly(null, java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
            assertThat(day.getConverter().toString(null)).isEqualTo("Any day");
            assertThat(day.getConverter().toString(java.time.DayOfWeek.FRIDAY)).isEqualTo("FRI");
        });
    }

    @Test
    void fixedTextColumnsStayReadOnlyAndEditableOnesWriteTheRowAndSayItChanged() throws Exception {
        FxTestSupport.onFxRun(() -> {
            TableColumn<Order, String> number = TextColumn.fixed("Order", Order::number, 90);
            assertThat(number.isEditable()).isFalse();
            assertThat(number.getPrefWidth()).isEqualTo(90);
            assertThat(number.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(null, number,
                    new Order("SO-7", "Acme", 1))).getValue()).isEqualTo("SO-7");

            SimpleStringProperty note = new SimpleStringProperty("was");
            int[] edits = {0};
            TableColumn<SimpleStringProperty, String> typed = TextColumn.editable("Note", p -> p, 120, () -> edits[0]++);
            TableView<SimpleStringProperty> table = new TableView<>(FXCollections.observableArrayList(note));
            table.getColumns().add(typed);
            assertThat(typed.isEditable()).isTrue();
            assertThat(typed.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(table, typed, note))).isSameAs(note);
            javafx.event.Event.fireEvent(typed, new TableColumn.CellEditEvent<>(table,
                    new javafx.scene.control.TablePosition<>(table, 0, typed), TableColumn.editCommitEvent(), "now"));
            assertThat(note.get()).isEqualTo("now");
            assertThat(edits[0]).isEqualTo(1);
        });
    }

    @Test
    void statusChipColumnShowsEachRowsKindAsAChip() throws Exception {
        FxTestSupport.onFxRun(() -> {
            TableColumn<Order, StatusKind> status = StatusChip.column("Status",
                    o -> o.lines() == 0 ? null : StatusKind.CREDIT_HOLD, 112);
            assertThat(status.getText()).isEqualTo("Status");
            assertThat(status.getPrefWidth()).isEqualTo(112);
            assertThat(status.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(null, status,
                    new Order("SO-1", "Acme", 4))).getValue()).isEqualTo(StatusKind.CREDIT_HOLD);
            assertThat(status.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(null, status,
                    new Order("SO-2", "Acme", 0))).getValue()).isNull();
            assertThat(status.getCellFactory().call(status).getStyleClass()).contains("status-cell");
        });
    }

    @Test
    void countColumnIsRightAlignedAndSortsByValue() throws Exception {
        FxTestSupport.onFxRun(() -> {
            TableColumn<Order, Integer> lines = CountColumn.of("Lines", Order::lines, 60);
            TableView<Order> table = new TableView<>(FXCollections.observableArrayList(
                    new Order("SO-1", "Acme", 12), new Order("SO-2", "Baker", 9), new Order("SO-3", "Cobalt", 100)));
            table.getColumns().add(lines);
            assertThat(lines.getText()).isEqualTo("Lines");
            assertThat(lines.getPrefWidth()).isEqualTo(60);
            assertThat(lines.getStyleClass()).contains("money-column");
            table.getSortOrder().setAll(List.of(lines));
            assertThat(numbers(table)).as("by value, not by text").containsExactly("SO-2", "SO-1", "SO-3");
        });
    }

    @Test
    void filterAndHeaderSortWorkTogetherOnTheSourceList() throws Exception {
        FxTestSupport.onFxRun(() -> {
            TableView<Order> table = table();
            ObservableList<Order> source = FXCollections.observableArrayList(
                    new Order("SO-3", "Baker Tools", 1), new Order("SO-1", "Acme Hardware", 4),
                    new Order("SO-2", "Acme Hardware", 2));
            TableFilter<Order> filter = TableFilter.install(table, source);
            SimpleStringProperty search = new SimpleStringProperty("");
            filter.filterByText(search, (o, text) -> o.customer().toLowerCase().contains(text));

            TableColumn<Order, ?> number = table.getColumns().get(0);
            table.getSortOrder().setAll(List.of(number));
            assertThat(numbers(table)).containsExactly("SO-1", "SO-2", "SO-3");

            search.set(" ACME ");
            assertThat(numbers(table)).containsExactly("SO-1", "SO-2");
            assertThat(filter.shownCount().get()).isEqualTo(2);

            filter.setCondition(o -> o.lines() > 2);
            assertThat(numbers(table)).containsExactly("SO-1");

            search.set("");
            filter.setCondition(null);
            source.add(new Order("SO-0", "Cobalt", 9));
            assertThat(numbers(table)).containsExactly("SO-0", "SO-1", "SO-2", "SO-3");
        });
    }

    @Test
    void widthsAndSortOrderComeBackForTheSameTableId() throws Exception {
        TablePrefs prefs = new TablePrefs(root);
        FxTestSupport.onFxRun(() -> {
            TableView<Order> first = table();
            first.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            new javafx.scene.Scene(first, 800, 400);
            prefs.remember(first, "orders.list");
            first.applyCss();
            first.layout();
            dragOnHeader(first, () -> first.getColumns().get(1).setPrefWidth(333));
            TableColumn<Order, ?> customer = first.getColumns().get(1);
            TableColumn<Order, ?> number = first.getColumns().get(0);
            customer.setSortType(TableColumn.SortType.DESCENDING);
            first.getSortOrder().setAll(List.of(customer, number));
        });

        List<String> restored = FxTestSupport.onFx(() -> {
            TableView<Order> second = table();
            prefs.remember(second, "orders.list");
            return List.of(
                    String.valueOf(second.getColumns().get(1).getPrefWidth()),
                    second.getSortOrder().stream().map(c -> c.getId() + ":" + c.getSortType()).toList().toString());
        });

        assertThat(restored).containsExactly("333.0", "[customer:DESCENDING, number:ASCENDING]");
        assertThat(root.node("orders.list").get("sort", "")).isEqualTo("customer:D,number:A");
    }

    @Test
    void widthsTheLayoutProducesAreNotStoredOnlyAHeaderDragIs() throws Exception {
        TablePrefs prefs = new TablePrefs(root);
        FxTestSupport.onFxRun(() -> {
            TableView<Order> table = table();
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            javafx.scene.Scene scene = new javafx.scene.Scene(table, 300, 200);
            prefs.remember(table, "orders.list");
            table.applyCss();
            table.layout();
            table.resize(1000, 200);
            table.layout();
            table.getColumns().get(0).setPrefWidth(120);
            table.layout();
            assertThat(table.getColumns().get(1).getWidth()).isGreaterThan(100);
            assertThat(scene).isNotNull();
        });
        assertThat(root.node("orders.list").keys()).isEmpty();

        FxTestSupport.onFxRun(() -> {
            TableView<Order> table = table();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            new javafx.scene.Scene(table, 800, 200);
            prefs.remember(table, "orders.list");
            table.applyCss();
            table.layout();
            dragOnHeader(table, () -> table.getColumns().get(0).setPrefWidth(150));
        });
        assertThat(root.node("orders.list").getDouble("width.number", -1)).isEqualTo(150);
        assertThat(root.node("orders.list").getDouble("default.number", -1)).isEqualTo(80);
        assertThat(root.node("orders.list").getDouble("width.customer", -1)).isEqualTo(-1);
    }

    @Test
    void aWidthStoredUnderAnOlderDefaultIsDropped() throws Exception {
        TablePrefs prefs = new TablePrefs(root);
        Preferences node = root.node("orders.list");
        node.putDouble("width.number", 40);
        node.putDouble("default.number", 60);
        node.putDouble("width.customer", 55);
        node.putDouble("default.customer", 80);
        List<Double> widths = FxTestSupport.onFx(() -> {
            TableView<Order> table = table();
            prefs.remember(table, "orders.list");
            return List.of(table.getColumns().get(0).getPrefWidth(), table.getColumns().get(1).getPrefWidth());
        });
        // number's default was 60 then, 80 now: the code's 80 wins; customer's default is unchanged
        assertThat(widths).containsExactly(80.0, 55.0);
        assertThat(node.getDouble("width.number", -1)).isEqualTo(-1);
        assertThat(node.getDouble("width.customer", -1)).isEqualTo(55);
    }

    /** What a person's drag on a header border does: press on the header, widths change, release. */
    private static void dragOnHeader(TableView<?> table, Runnable resize) {
        javafx.scene.Node header = table.lookup(".column-header-background");
        javafx.event.Event.fireEvent(header, mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED));
        resize.run();
        table.layout();
        javafx.event.Event.fireEvent(header, mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED));
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type) {
        return new javafx.scene.input.MouseEvent(type, 5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null);
    }

    @Test
    void anotherTableIdStartsFresh() throws Exception {
        TablePrefs prefs = new TablePrefs(root);
        root.node("orders.list").put("sort", "customer:D");
        List<?> sort = FxTestSupport.onFx(() -> {
            TableView<Order> table = table();
            prefs.remember(table, "invoices.list");
            return List.copyOf(table.getSortOrder());
        });
        assertThat(sort).isEmpty();
    }

    private static TableView<Order> table() {
        TableView<Order> table = new TableView<>();
        table.getColumns().add(column("number", Order::number));
        table.getColumns().add(column("customer", Order::customer));
        return table;
    }

    private static TableColumn<Order, String> column(String id, java.util.function.Function<Order, String> value) {
        TableColumn<Order, String> column = new TableColumn<>(id);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static List<String> numbers(TableView<Order> table) {
        return table.getItems().stream().map(Order::number).toList();
    }
}
