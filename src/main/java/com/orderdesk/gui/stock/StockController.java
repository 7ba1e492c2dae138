package com.orderdesk.gui.stock;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
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
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Stock work area: a product's stock at every node (on hand, reserved, safety stock,
 * available) and its backordered demand, the movement form (receive, adjust with a reason,
 * transfer; Enter or Ctrl+S posts) for order clerks and administrators, and the history per node.
 */
public final class StockController {
    private final StockDeskServices services;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();
    private final StockMoveForm move = new StockMoveForm(formats);
    private final ObservableList<NodeStockLine> nodeRows = FXCollections.observableArrayList();
    private final ObservableList<MovementRow> historyRows = FXCollections.observableArrayList();
    private AutoCompleteField<ProductRow> product;
    private StockView shown;
    /**
     * The chosen product's stock and its history (for the node chosen there): only the latest request's answer
     * shows. They load on the pool of threads, so a product chosen before (or the history of the node chosen
     * before) could come back after the one chosen next and show under it.
     */
    private final LatestAnswer views = new LatestAnswer();
    private final LatestAnswer histories = new LatestAnswer();

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
    /** The screen's width under which the window is narrow (916 px at 1024 x 768, 1258 at 1366). */
    private static final double NARROW = 1100;
    /** The move form's width where the window is wide. */
    private static final double MOVE_FORM_WIDTH = 380;
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
    @FXML private TextField quantityField;
    @FXML private TextField referenceField;
    @FXML private TextField noteField;
    @FXML private Button postButton;
    @FXML private Label moveProblemLabel;
    @FXML private ComboBox<NodeChoice> historyNodeBox;
    @FXML private TableView<MovementRow> historyTable;
    @FXML private Label nodesEmpty;
    @FXML private Label historyEmpty;

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
        product = AutoCompleteField.attach(productField, services::searchProducts, Formats.display(StockDeskText::product, ""));
        product.selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                load(p.id());
                (services.mayMove() ? nodeBox : nodesTable).requestFocus();
            }
        });
        product.setOnNoMatch(typed -> status.showMessage(StockDeskText.noMatch(typed)));
        installTables();
        bindMoveForm();
        show(services.mayMove(), moveBox);
        // the move form at its least width where the window is narrow (1024 x 768), so the node table beside it keeps
        // room for its figures; at its 380 px where the window is wide
        moveBox.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(root.widthProperty().lessThan(NARROW))
                .then(moveBox.getMinWidth()).otherwise(MOVE_FORM_WIDTH));
        Shortcuts.on(root).add(Shortcuts.SAVE, this::onPost).add(Shortcuts.FIND, this::focusProduct);
        showView(null);
    }

    private void installTables() {
        nodesTable.setItems(nodeRows);
        StockColumns.nodes(nodesTable, formats);
        nodesTable.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null) {
                nodeBox.getItems().stream().filter(c -> c.id() == n.nodeId()).findFirst().ifPresent(nodeBox::setValue);
            }
        });
        historyTable.setItems(historyRows);
        StockColumns.history(historyTable, formats, zone);
    }

    private void bindMoveForm() {
        StringConverter<NodeChoice> nodeText = Formats.display(NodeChoice::toString, "All nodes");
        for (ComboBox<NodeChoice> box : List.of(nodeBox, toNodeBox, historyNodeBox)) {
            box.setConverter(nodeText);
        }
        nodeBox.valueProperty().bindBidirectional(move.node);
        toNodeBox.valueProperty().bindBidirectional(move.toNode);
        reasonBox.getItems().setAll(AdjustmentReason.values());
        reasonBox.setConverter(Formats.display(StockDeskText::reason, ""));
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
        nodeCaption.setText(StockDeskText.nodeCaption(k));
        show(k == StockMoveForm.Kind.TRANSFER, toCaption, toNodeBox);
        show(k == StockMoveForm.Kind.ADJUST, reasonCaption, reasonBox);
        quantityCaption.setText("_" + move.quantityCaption());
        postButton.setText(StockDeskText.postButton(k));
    }

    private static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
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
            historyNodeBox.getItems().setAll(StockDeskText.historyChoices(nodes));
            nodeBox.setValue(node != null ? node : active.isEmpty() ? null : active.get(0));
            toNodeBox.setValue(to);
            historyNodeBox.setValue(hist);
        }, e -> status.showMessage("Nodes could not be read: " + e.getMessage())));
        if (shown != null) {
            load(shown.productId());
        }
    }

    private void load(long productId) {
        tasks.run(views.of(() -> services.view(productId), this::showView,
                e -> status.showMessage("Stock could not be read: " + e.getMessage())));
    }

    private void showView(StockView v) {
        shown = v;
        productTitle.setText(StockDeskText.title(v));
        onHandLabel.setText(v == null ? "-" : formats.quantity(v.onHand()));
        reservedLabel.setText(v == null ? "-" : formats.quantity(v.reserved()));
        safetyLabel.setText(v == null ? "-" : formats.quantity(v.safetyStock()));
        availableLabel.setText(v == null ? "-" : formats.quantity(v.available()));
        backorderedLabel.setText(v == null ? "-" : StockDeskText.backordered(formats.quantity(v.backordered()), v.backorderedOrders()));
        nodeRows.setAll(v == null ? List.of() : v.nodes());
        // before a product is chosen the tables say how to choose one, not that it has no stock
        nodesEmpty.setText(Messages.get(v == null ? "stock.nodes.none"
                : services.mayMove() ? "stock.nodes.empty" : "stock.nodes.emptyReadOnly"));
        historyEmpty.setText(Messages.get(v == null ? "stock.history.none" : "stock.history.empty"));
        loadHistory();
    }

    private void loadHistory() {
        if (shown == null) {
            histories.forget();
            historyRows.clear();
            return;
        }
        long id = shown.productId();
        NodeChoice node = historyNodeBox.getValue();
        tasks.run(histories.of(() -> services.history(id, node == null ? null : node.id()), historyRows::setAll,
                e -> status.showMessage("History could not be read: " + e.getMessage())));
    }

    @FXML
    void onPost() {
        if (!services.mayMove()) {
            return;
        }
        if (shown == null) {
            moveProblemLabel.setText(StockDeskText.NO_PRODUCT);
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
        status.showMessage(StockDeskText.posted(outcome));
        load(shown.productId());
        quantityField.requestFocus();
    }

    public void focusProduct() {
        productField.requestFocus();
        productField.selectAll();
    }
}
