package com.orderdesk.gui.stock;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.stock.AdjustmentReason;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Stock work area: a product's stock at every node (on hand, reserved, safety stock,
 * available) and its backordered demand, the movement form (receive, adjust with a reason,
 * transfer; Enter or Ctrl+S posts) for order clerks and administrators, and the history per node.
 */
public final class StockController {
    private static final KeyCombination POST = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final StockDeskServices services;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();
    private final StockMoveForm move = new StockMoveForm(formats);
    private final ObservableList<NodeStockLine> nodeRows = FXCollections.observableArrayList();
    private final ObservableList<MovementRow> historyRows = FXCollections.observableArrayList();
    private final DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private AutoCompleteField<ProductRow> product;
    private StockView shown;

    @FXML private BorderPane root;
    @FXML private TextField productField;
    @FXML private Label productTitle;
    @FXML private Label onHandLabel;
    @FXML private Label reservedLabel;
    @FXML private Label safetyLabel;
    @FXML private Label availableLabel;
    @FXML private Label backorderedLabel;
    @FXML private TableView<NodeStockLine> nodesTable;
    @FXML private VBox moveBox;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton receiveRadio;
    @FXML private RadioButton adjustRadio;
    @FXML private RadioButton transferRadio;
    @FXML private Label nodeCaption;
    @FXML private ComboBox<NodeChoice> nodeBox;
    @FXML private Label toCaption;
    @FXML private ComboBox<NodeChoice> toNodeBox;
    @FXML private Label reasonCaption;
    @FXML private ComboBox<AdjustmentReason> reasonBox;
    @FXML private Label quantityCaption;
    @FXML private Label referenceCaption;
    @FXML private Label noteCaption;
    @FXML private TextField quantityField;
    @FXML private TextField referenceField;
    @FXML private TextField noteField;
    @FXML private Button postButton;
    @FXML private Label moveProblemLabel;
    @FXML private ComboBox<NodeChoice> historyNodeBox;
    @FXML private TableView<MovementRow> historyTable;

    public StockController(StockDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                           ZoneId zone) {
        this.services = services;
        this.tasks = tasks;
        this.status = status;
        this.zone = zone;
    }

    public StockMoveForm moveForm() {
        return move;
    }

    public StockView shown() {
        return shown;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        // the form lies in a SplitPane, where linkLabels does not reach: Alt+N / Q / E / O did nothing
        nodeCaption.setLabelFor(nodeBox);
        toCaption.setLabelFor(toNodeBox);
        reasonCaption.setLabelFor(reasonBox);
        quantityCaption.setLabelFor(quantityField);
        referenceCaption.setLabelFor(referenceField);
        noteCaption.setLabelFor(noteField);
        product = AutoCompleteField.attach(productField, services::searchProducts, new StringConverter<>() {
            @Override
            public String toString(ProductRow p) {
                return p == null ? "" : p.sku() + "  " + p.description() + (p.active() ? "" : "  (discontinued)");
            }

            @Override
            public ProductRow fromString(String s) {
                return null;
            }
        });
        product.selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                load(p.id());
                (services.mayMove() ? nodeBox : nodesTable).requestFocus();
            }
        });
        product.setOnNoMatch(typed -> status.showMessage("No product matches \"" + typed.strip()
                + "\": type part of the SKU, words of the description in any order, or the GTIN."));
        installTables();
        bindMoveForm();
        moveBox.setVisible(services.mayMove());
        moveBox.setManaged(services.mayMove());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (POST.match(e)) {
                e.consume();
                onPost();
            } else if (FIND.match(e)) {
                e.consume();
                focusProduct();
            }
        });
        showView(null);
    }

    private void installTables() {
        nodesTable.setItems(nodeRows);
        nodesTable.getColumns().setAll(List.of(
                text("Node", NodeStockLine::nodeCode, 90),
                text("Name", n -> n.nodeName() + (n.nodeActive() ? "" : " (off)"), 230),
                number("On hand", NodeStockLine::onHand),
                number("Reserved", NodeStockLine::reserved),
                number("Safety", NodeStockLine::safetyStock),
                number("Available", NodeStockLine::available)));
        TablePrefs.forUser().remember(nodesTable, "stock-nodes");
        nodesTable.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null) {
                nodeBox.getItems().stream().filter(c -> c.id() == n.nodeId()).findFirst().ifPresent(nodeBox::setValue);
            }
        });
        historyTable.setItems(historyRows);
        historyTable.getColumns().setAll(List.of(
                textOf("When", m -> when.format(m.at().atZone(zone)), 180),
                textOf("Node", MovementRow::nodeCode, 80),
                textOf("What", MovementRow::description, 165),
                numberOf("Change", MovementRow::quantity, true),
                numberOf("On hand after", m -> m.onHandAfter() == null ? null : m.onHandAfter(), false),
                textOf("Reference", m -> m.reference() == null ? "" : m.reference(), 150),
                textOf("Note", m -> m.note() == null ? "" : m.note(), 200),
                textOf("By", MovementRow::by, 80)));
        TablePrefs.forUser().remember(historyTable, "stock-history");
    }

    private void bindMoveForm() {
        StringConverter<NodeChoice> nodeText = new StringConverter<>() {
            @Override
            public String toString(NodeChoice n) {
                return n == null ? "All nodes" : n.toString();
            }

            @Override
            public NodeChoice fromString(String s) {
                return null;
            }
        };
        for (ComboBox<NodeChoice> box : List.of(nodeBox, toNodeBox, historyNodeBox)) {
            box.setConverter(nodeText);
        }
        nodeBox.valueProperty().bindBidirectional(move.node);
        toNodeBox.valueProperty().bindBidirectional(move.toNode);
        reasonBox.getItems().setAll(AdjustmentReason.values());
        reasonBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdjustmentReason r) {
                return r == null ? "" : r.label() + (r == AdjustmentReason.COUNT ? " (type the number counted)"
                        : r == AdjustmentReason.DAMAGE ? " (units written off)" : " (units added)");
            }

            @Override
            public AdjustmentReason fromString(String s) {
                return null;
            }
        });
        reasonBox.valueProperty().bindBidirectional(move.reason);
        quantityField.textProperty().bindBidirectional(move.quantity);
        referenceField.textProperty().bindBidirectional(move.reference);
        noteField.textProperty().bindBidirectional(move.note);
        receiveRadio.setUserData(StockMoveForm.Kind.RECEIVE);
        adjustRadio.setUserData(StockMoveForm.Kind.ADJUST);
        transferRadio.setUserData(StockMoveForm.Kind.TRANSFER);
        // Alt+R / Alt+D / Alt+T: a radio's mnemonic only sends its action (and the focus), it does not select it
        for (var r : List.of(receiveRadio, adjustRadio, transferRadio)) {
            r.setOnAction(e -> r.setSelected(true));
        }
        kindGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                move.kind.set((StockMoveForm.Kind) t.getUserData());
            }
        });
        move.kind.addListener((o, a, k) -> showKind());
        move.reason.addListener((o, a, r) -> showKind());
        showKind();
        for (TextField f : List.of(quantityField, referenceField, noteField)) {
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    onPost();
                }
            });
        }
        historyNodeBox.valueProperty().addListener((o, a, n) -> loadHistory());
    }

    private void showKind() {
        StockMoveForm.Kind k = move.kind.get();
        nodeCaption.setText(k == StockMoveForm.Kind.TRANSFER ? "_From" : "_Node");
        for (var c : List.of(toCaption, toNodeBox)) {
            c.setVisible(k == StockMoveForm.Kind.TRANSFER);
            c.setManaged(k == StockMoveForm.Kind.TRANSFER);
        }
        for (var c : List.of(reasonCaption, reasonBox)) {
            c.setVisible(k == StockMoveForm.Kind.ADJUST);
            c.setManaged(k == StockMoveForm.Kind.ADJUST);
        }
        quantityCaption.setText("_" + move.quantityCaption());
        postButton.setText(k == StockMoveForm.Kind.RECEIVE ? "_Post receipt" : k == StockMoveForm.Kind.ADJUST
                ? "_Post adjustment" : "_Post transfer");
    }

    /** Reloads the node list (for the forms) and the product shown. */
    public void refresh() {
        tasks.run(UiTasks.of(services::nodes, nodes -> {
            NodeChoice node = nodeBox.getValue();
            NodeChoice to = toNodeBox.getValue();
            NodeChoice hist = historyNodeBox.getValue();
            List<NodeChoice> active = nodes.stream().filter(NodeChoice::active).toList();
            nodeBox.getItems().setAll(nodes);
            toNodeBox.getItems().setAll(active);
            List<NodeChoice> withAll = new ArrayList<>();
            withAll.add(null);
            withAll.addAll(nodes);
            historyNodeBox.getItems().setAll(withAll);
            nodeBox.setValue(node != null ? node : active.isEmpty() ? null : active.get(0));
            toNodeBox.setValue(to);
            historyNodeBox.setValue(hist);
        }, e -> status.showMessage("Nodes could not be read: " + e.getMessage())));
        if (shown != null) {
            load(shown.productId());
        }
    }

    private void load(long productId) {
        tasks.run(UiTasks.of(() -> services.view(productId), this::showView,
                e -> status.showMessage("Stock could not be read: " + e.getMessage())));
    }

    private void showView(StockView v) {
        shown = v;
        productTitle.setText(v == null ? "" : v.sku() + "  " + v.description() + " (" + v.unit() + ")"
                + (v.active() ? "" : ", discontinued"));
        onHandLabel.setText(v == null ? "-" : formats.quantity(v.onHand()));
        reservedLabel.setText(v == null ? "-" : formats.quantity(v.reserved()));
        safetyLabel.setText(v == null ? "-" : formats.quantity(v.safetyStock()));
        availableLabel.setText(v == null ? "-" : formats.quantity(v.available()));
        backorderedLabel.setText(v == null ? "-" : formats.quantity(v.backordered())
                + (v.backorderedOrders() == 0 ? "" : " on " + v.backorderedOrders() + " order" + (v.backorderedOrders() == 1 ? "" : "s")));
        nodeRows.setAll(v == null ? List.of() : v.nodes());
        loadHistory();
    }

    private void loadHistory() {
        if (shown == null) {
            historyRows.clear();
            return;
        }
        long id = shown.productId();
        NodeChoice node = historyNodeBox.getValue();
        tasks.run(UiTasks.of(() -> services.history(id, node == null ? null : node.id()), list -> {
            if (shown != null && shown.productId() == id) {
                historyRows.setAll(list);
            }
        }, e -> status.showMessage("History could not be read: " + e.getMessage())));
    }

    @FXML
    void onPost() {
        if (!services.mayMove()) {
            return;
        }
        if (shown == null) {
            moveProblemLabel.setText("Product: type part of its SKU or description and press Enter.");
            productField.requestFocus();
            return;
        }
        List<String> problems = new ArrayList<>();
        StockMoveForm.Move m = move.check(problems);
        if (m == null) {
            moveProblemLabel.setText(String.join(" ", problems));
            return;
        }
        long productId = shown.productId();
        postButton.setDisable(true);
        tasks.run(UiTasks.of(() -> switch (m.kind()) {
            case RECEIVE -> services.receive(productId, m.nodeId(), m.quantity(), m.reference(), m.note());
            case ADJUST -> services.adjust(productId, m.nodeId(), m.reason(), m.quantity(), m.note());
            case TRANSFER -> services.transfer(productId, m.nodeId(), m.toNodeId(), m.quantity(), m.reference(), m.note());
        }, this::posted, e -> {
            postButton.setDisable(false);
            moveProblemLabel.setText(e.getMessage());
        }));
    }

    private void posted(MovementOutcome outcome) {
        postButton.setDisable(false);
        move.posted();
        moveProblemLabel.setText(outcome.hasWarning() ? outcome.warning() : "");
        status.showMessage(outcome.message() + (outcome.hasWarning() ? " " + outcome.warning() : ""));
        load(shown.productId());
        quantityField.requestFocus();
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<MovementRow, String> textOf(String title, Function<MovementRow, String> value, double width) {
        return text(title, value, width);
    }

    private TableColumn<NodeStockLine, Integer> number(String title, Function<NodeStockLine, Integer> value) {
        TableColumn<NodeStockLine, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> numberCell(false));
        c.setPrefWidth(90);
        return c;
    }

    private TableColumn<MovementRow, Integer> numberOf(String title, Function<MovementRow, Integer> value, boolean signed) {
        TableColumn<MovementRow, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> numberCell(signed));
        c.setPrefWidth(signed ? 80 : 136); // "On hand after" whole under the application's look
        return c;
    }

    private <S> javafx.scene.control.TableCell<S, Integer> numberCell(boolean signed) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : (signed && v > 0 ? "+" : "") + formats.quantity(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        };
    }

    public void focusProduct() {
        productField.requestFocus();
        productField.selectAll();
    }
}
