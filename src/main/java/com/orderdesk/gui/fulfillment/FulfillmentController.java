package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * The fulfillment routing map: the queue of released and allocated orders on the left above the map
 * ({@link FulfillmentMap}), the selected order's plan, alternatives, baseline and override on the right, and the
 * warehouse actions (pick list, pack-and-ship); the queue's search and columns are {@link FulfillmentTables}'. Thin: state lives in {@link FulfillmentViewModel},
 * work runs off the FX thread through the use cases ({@link FulfillmentDeskServices}).
 */
public final class FulfillmentController {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final FulfillmentDeskServices desk;
    private final StateOutlines outlines;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final PickListPdf pickLists;
    private final Clock clock;
    private Runnable openSettings = () -> { };
    private final FulfillmentViewModel vm = new FulfillmentViewModel();
    private final ObservableList<QueueRow> queue = FXCollections.observableArrayList();
    private FulfillmentMap map;
    private Long selectedOrderId;
    /**
     * The order's plan: the latest load only. An order's id is checked on arrival, but the same order loads again
     * after each action (route, move, ship), and the load asked for when it was selected could come back after
     * that one and show the plan as it was before the action.
     */
    private final LatestAnswer loads = new LatestAnswer();
    /** The settings' edition the map's network was read at ({@link MapNetworkReads#edition}); -1 before the first read. */
    private long networkEdition = -1;

    @FXML private TextField searchField;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private TaskProgressBar progress;
    @FXML private TableView<QueueRow> queueTable;
    @FXML private Label queueCount;
    @FXML private StackPane mapHolder;
    @FXML private Label orderTitle;
    @FXML private Label shipToLabel;
    @FXML private TableView<PlanRow> planTable;
    @FXML private Label backorderLabel;
    @FXML private Button routeButton;
    @FXML private Button routeAllButton;
    @FXML private Button releaseButton;
    @FXML private Button shipButton;
    @FXML private TableView<AlternativeRow> altTable;
    @FXML private Label savingLabel;
    @FXML private Button useAltButton;
    @FXML private ComboBox<PlanRow> moveLineBox;
    @FXML private TextField moveQtyField;
    @FXML private ComboBox<String> moveToBox;
    @FXML private Label previewLabel;
    @FXML private TextField reasonField;
    @FXML private Button confirmButton;

    public FulfillmentController(FulfillmentDeskServices desk, StateOutlines outlines, UiTaskRunner tasks, DialogService dialogs,
                                 StatusBarModel status, PickListPdf pickLists, Clock clock) {
        this.desk = desk;
        this.outlines = outlines;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.pickLists = pickLists;
        this.clock = clock;
        // saved in the routing settings window (on its saving thread): the map, once shown, reads its network again
        desk.networkReads().onSettingsSaved(() -> javafx.application.Platform.runLater(() -> {
            if (networkEdition >= 0) {
                readNetworkIfOld();
            }
        }));
    }

    /** What the "Routing settings" button opens (the app wires the administrator's settings window). */
    public void setOpenSettings(Runnable openSettings) {
        this.openSettings = openSettings;
    }

    @FXML
    private void onSettings() {
        openSettings.run();
    }

    public FulfillmentViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(searchField.getParent());
        // every column of the plan whole where the window has the room (1366 px); at 1024 it gives way
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, (javafx.scene.layout.Region) split.getItems().get(1), 764);
        map = new FulfillmentMap(outlines, mapHolder);
        FulfillmentTables.queue(queueTable);
        FulfillmentTables.plan(planTable);
        FulfillmentTables.alternatives(altTable);
        FulfillmentTables.searchable(queueTable, queue, searchField, queueCount);
        queueTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !Long.valueOf(row.orderId()).equals(selectedOrderId)) {
                open(row.orderId());
            }
        });
        moveLineBox.setConverter(FulfillmentTables.planLineNames());
        moveLineBox.valueProperty().addListener((o, a, r) -> moveQtyField.setText(r == null ? "" : String.valueOf(r.qty())));
        vm.proposedProperty().addListener((o, a, b) -> refreshDetail());
        confirmButton.disableProperty().bind(vm.proposedProperty().isNull().or(reasonField.textProperty().isEmpty()));
        useAltButton.disableProperty().bind(altTable.getSelectionModel().selectedItemProperty().isNull());
        searchField.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(FIND, searchField::requestFocus);
            }
        });
        refreshDetail();
    }

    /** Reloads the queue (the work area was shown, or something changed). */
    public void refresh() {
        // the administrator sees the queue but routes nothing (tour14: Route all ran into the use case's refusal)
        routeButton.setDisable(!desk.may(Permission.ROUTE_ORDERS));
        routeAllButton.setDisable(!desk.may(Permission.ROUTE_ORDERS));
        readNetworkIfOld();
        run(desk::queue, listing -> {
            var rows = listing.rows();
            queue.setAll(rows);
            if (!listing.damaged().isEmpty()) {
                status.showMessage(listing.damageNote());
            }
            if (selectedOrderId != null) {
                rows.stream().filter(r -> r.orderId() == selectedOrderId).findFirst()
                        .ifPresent(r -> queueTable.getSelectionModel().select(r));
            }
        });
    }

    /**
     * The network on the map (every node), read when the screen first shows and again only after the routing settings
     * were saved at this desk: it changes with them alone, and was read on every refresh.
     */
    private void readNetworkIfOld() {
        long edition = desk.networkReads().edition();
        if (map == null || edition == networkEdition) {
            return;
        }
        networkEdition = edition;
        // a network that cannot be read leaves the map as it was, and is read at the next refresh: the queue's own
        // read says what is wrong
        tasks.run(UiTasks.of(desk::network, nodes -> {
            vm.showNetwork(nodes);
            map.setMarkers(vm.markers());
        }, e -> networkEdition = -1));
    }

    /** Shows one order on the map and beside it. */
    public void open(long orderId) {
        selectedOrderId = orderId;
        boolean sameOrder = vm.viewProperty().get() != null && vm.viewProperty().get().orderId() == orderId;
        if (!sameOrder) {
            // never leave the previous order on show (and its buttons live) while another is chosen
            vm.show(null);
            refreshDetail();
            orderTitle.setText("Loading the order\u2026");
        }
        tasks.run(loads.of(() -> desk.load(orderId), view -> {
            if (selectedOrderId == null || selectedOrderId != orderId) {
                return; // another order was chosen while this one loaded
            }
            vm.show(view);
            refreshDetail();
            if (!sameOrder) {
                map.frame(vm.markers(), 2.5);
            }
        }, this::failed));
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    private void refreshDetail() {
        OrderRoutingView v = vm.viewProperty().get();
        orderTitle.setText(v == null ? "Select an order in the queue" : v.orderNumber() + "  " + v.customerName()
                + "  (" + v.status().label() + ")");
        shipToLabel.setText(v == null ? "" : "Ship to: " + v.shipToText());
        List<PlanRow> rows = vm.planRows();
        planTable.getItems().setAll(rows);
        if (planTable.getPlaceholder() instanceof Label empty) {
            empty.setText(FulfillmentText.emptyPlan(v));
        }
        backorderLabel.setText(vm.backorderText());
        altTable.getItems().setAll(vm.alternatives());
        savingLabel.setText(vm.savingText());
        previewLabel.setText(vm.previewText());
        map.show(vm.markers(), selectedOrderId != null);
        boolean overridable = v != null && v.isOverridable();
        moveLineBox.getItems().setAll(overridable ? rows : List.of());
        moveToBox.getItems().setAll(v == null ? List.of() : v.nodes().stream().map(n -> n.code()).toList());
        moveLineBox.setDisable(!overridable);
        moveToBox.setDisable(!overridable);
        useAltButton.setVisible(overridable);
        boolean stored = vm.proposedProperty().get() == null;
        boolean mayShip = stored && desk.may(Permission.SHIP_ORDERS); // the administrator neither releases nor ships
        releaseButton.setDisable(!mayShip || selectedShipment(ShipmentStatus.PLANNED, ShipmentStatus.RELEASED) == null);
        shipButton.setDisable(!mayShip || v == null || v.activeShipments().stream().noneMatch(StoredShipment::isOpen));
    }

    private StoredShipment selectedShipment(ShipmentStatus... allowed) {
        OrderRoutingView v = vm.viewProperty().get();
        if (v == null) {
            return null;
        }
        PlanRow row = planTable.getSelectionModel().getSelectedItem();
        List<StoredShipment> candidates = v.activeShipments().stream()
                .filter(s -> List.of(allowed).contains(s.status()))
                .filter(s -> row == null || row.shipmentId() == null || s.id() == row.shipmentId()).toList();
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    @FXML
    private void onRoute() {
        QueueRow row = queueTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            status.showMessage("Select a released order in the queue to route it.");
            return;
        }
        run(() -> desk.route(row.orderId()), outcome -> afterChange(outcome.message(), row.orderId()));
    }

    @FXML
    private void onRouteAll() {
        RouteAllTask task = new RouteAllTask(desk);
        task.setOnSucceeded(e -> {
            RouteAllTask.Run run = task.getValue();
            if (run.stopped()) { // Cancel: the orders routed keep their shipments, the rest are still released
                afterChange(run.stoppedSummary(), selectedOrderId);
                return;
            }
            List<RoutingOutcome> outcomes = run.outcomes();
            long shipments = outcomes.stream().mapToLong(o -> o.shipmentNumbers().size()).sum();
            int backordered = outcomes.stream().mapToInt(RoutingOutcome::backorderedUnits).sum();
            afterChange("Routed " + outcomes.size() + " released orders: " + shipments + " shipments, "
                    + backordered + " units backordered.", selectedOrderId);
        });
        task.setOnFailed(e -> dialogs.error("Routing stopped: " + task.getException().getMessage(),
                "The orders routed before it keep their shipments.", "Reload the queue and route again.", task.getException()));
        progress.bind(tasks.run(task), true);
    }

    @FXML
    private void onZoomIn() {
        map.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        map.zoomOut();
    }

    @FXML
    private void onFit() {
        map.fit();
    }

    @FXML
    private void onUseAlternative() {
        AlternativeRow row = altTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.proposeAlternative(row.plan());
        }
    }

    @FXML
    private void onPreviewMove() {
        PlanRow line = moveLineBox.getValue();
        String to = moveToBox.getValue();
        if (line == null || to == null) {
            status.showMessage("Choose the line to move and the node to move it to.");
            return;
        }
        try {
            vm.proposeMove(line.node(), line.sku(), to, Integer.parseInt(moveQtyField.getText().strip()));
        } catch (NumberFormatException e) {
            previewLabel.setText("Quantity: type a whole number from 1 to " + line.qty() + ".");
        } catch (IllegalArgumentException | IllegalStateException e) {
            previewLabel.setText(e.getMessage());
        }
    }

    @FXML
    private void onDiscard() {
        vm.clearProposal();
        reasonField.clear();
    }

    @FXML
    private void onConfirmOverride() {
        OrderRoutingView v = vm.viewProperty().get();
        var plan = vm.proposedProperty().get();
        if (v == null || plan == null) {
            return;
        }
        String reason = reasonField.getText();
        run(() -> desk.override(v.orderId(), plan, reason), outcome -> {
            reasonField.clear();
            afterChange(outcome.message(), v.orderId());
        });
    }

    @FXML
    private void onRelease() {
        StoredShipment sh = selectedShipment(ShipmentStatus.PLANNED, ShipmentStatus.RELEASED);
        if (sh == null) {
            return;
        }
        long orderId = vm.viewProperty().get().orderId();
        run(() -> pickLists.write(desk.releaseToWarehouse(sh.id())),
                pdf -> afterChange(sh.number() + " released to " + sh.nodeCode() + "; pick list " + pdf, orderId));
    }

    @FXML
    private void onShip() {
        StoredShipment sh = selectedShipment(ShipmentStatus.PLANNED, ShipmentStatus.RELEASED, ShipmentStatus.PICKED);
        if (sh == null) {
            return;
        }
        long orderId = vm.viewProperty().get().orderId();
        ShipDialog.ask(planTable.getScene().getWindow(), sh, LocalDate.now(clock)).ifPresent(confirmation ->
                run(() -> desk.confirmShipped(confirmation), outcome -> {
                    afterChange(outcome.message(), orderId);
                    // the plan keeps the keys: its button went grey and the focus fell on the alternatives (tour7)
                    planTable.requestFocus();
                }));
    }

    private void afterChange(String message, Long orderId) {
        status.showMessage(message);
        refresh();
        if (orderId != null) {
            open(orderId);
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        tasks.run(UiTasks.of(work, done, this::failed));
    }

    private void failed(Throwable e) {
        dialogs.error(e.getMessage() == null ? e.toString() : e.getMessage(), "Nothing was changed by this action.",
                "Reload the order and try again.");
    }
}
