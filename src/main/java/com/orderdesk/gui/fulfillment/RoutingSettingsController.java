package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.ScrollFollow;
import com.orderdesk.gui.common.TableHeight;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * Routing settings for administrators: one editable table for the nodes (costs, capacity, safety
 * stock, handling days, active), one for the carrier services (price factor, transit days per
 * zone) and one for the rate card (zone distances, a price per weight break, per kg above
 * the last break), plus the backorder penalty. Save checks everything and lists every problem.
 */
public final class RoutingSettingsController {
    private final FulfillmentDeskServices desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private List<Double> breaks = List.of();
    private List<Double> shownBreaks;
    /** The settings as last loaded: a save says what it changed against them. */
    private RoutingSettings loaded;
    /** The message to show once the settings have been loaded again after a save. */
    private String afterLoad = "";
    private boolean readOnly;
    /** Something was edited since the settings were loaded (Esc asks before losing it). */
    private boolean dirty;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private TableView<SettingsRows.NodeRow> nodeTable;
    @FXML private TableView<SettingsRows.ZoneRow> rateTable;
    @FXML private TableView<SettingsRows.ServiceRow> serviceTable;
    @FXML private TextField penaltyField;
    @FXML private javafx.scene.control.ScrollPane scroller;
    @FXML private Label problemsLabel;
    @FXML private Label readOnlyLabel;
    @FXML private javafx.scene.control.Button saveButton;

    public RoutingSettingsController(FulfillmentDeskServices desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * For users without the settings permission: the settings are shown, nothing can be edited and
     * there is no Save to be refused at (the use case refuses a save anyway).
     */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (nodeTable != null) {
            applyReadOnly();
        }
    }

    private void applyReadOnly() {
        nodeTable.setEditable(!readOnly);
        rateTable.setEditable(!readOnly);
        penaltyField.setEditable(!readOnly);
        saveButton.setVisible(!readOnly);
        saveButton.setManaged(!readOnly);
        readOnlyLabel.setVisible(readOnly);
        readOnlyLabel.setManaged(readOnly);
    }

    /**
     * The window's size on a screen whose usable area is {@code screen}: at most 1280 x 760, and
     * 40 px short of the screen's width and 100 px of its height, so that its edges, the main
     * window's status bar and a title bar stay visible (at 1366 x 768 it filled the whole height).
     */
    public static javafx.geometry.Dimension2D windowSize(javafx.geometry.Rectangle2D screen) {
        return new javafx.geometry.Dimension2D(Math.min(1280, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 100));
    }

    /** Esc closes the window: it cancels a cell edit first, and asks before losing unsaved changes. */
    public void closeOnEscape(javafx.stage.Stage stage, javafx.scene.Scene scene) {
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ESCAPE || nodeTable.getEditingCell() != null
                    || rateTable.getEditingCell() != null) {
                return;
            }
            e.consume();
            if (!readOnly && dirty && !dialogs.confirm("Discard changes", "the routing settings",
                    "What you changed since they were loaded will be lost.")) {
                return;
            }
            stage.close();
        });
    }

    @FXML
    private void initialize() {
        // the penalty's labelFor="$penaltyField" names a field declared after it, which FXML leaves unlinked
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        applyReadOnly();
        // Ctrl+S saves here as everywhere (UX.md): the window had Alt+S only, and a Ctrl+S did nothing
        // at all, so the administrator took the settings for saved (tour8, shots 20/20b)
        javafx.scene.input.KeyCombination save = javafx.scene.input.KeyCombination.keyCombination("Shortcut+S");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (save.match(e) && !readOnly) {
                e.consume();
                onSave();
            }
        });
        penaltyField.textProperty().addListener((o, a, b) -> dirty = true);
        TableColumn<SettingsRows.NodeRow, Boolean> active = new TableColumn<>("Active");
        active.setCellValueFactory(c -> c.getValue().active);
        active.setCellFactory(CheckBoxTableCell.forTableColumn(active));
        // short titles, the long meaning in the header's tooltip, and the name takes the room left:
        // the long titles and the names were cut at 1366 px while the window had room for them
        TableColumn<SettingsRows.NodeRow, String> name = TextColumn.fixed("Name", r -> r.original.name(), 300);
        nodeTable.getColumns().setAll(List.of(
                TextColumn.fixed("Node", r -> r.original.code(), 80),
                name,
                TextColumn.fixed("Kind", r -> r.original.type().name(), 100),
                HeaderTips.tip(editable("Handling", r -> r.handling, 100), "Handling cost per shipment"),
                HeaderTips.tip(editable("Picking", r -> r.pick, 90), "Picking cost per unit"),
                HeaderTips.tip(editable("Capacity", r -> r.capacity, 95),
                        "Capacity: open shipments the node takes at once (empty: no limit)"),
                HeaderTips.tip(editable("Safety stock", r -> r.safety, 115),
                        "Set this safety stock on all items of the node (empty: leave them as they are)"),
                HeaderTips.tip(editable("Handling days", r -> r.handlingDays, 140), "Handling days before a shipment leaves"),
                active));
        ColumnFit.fill(nodeTable, name);
        // each table as tall as its rows, the window scrolling down to the next: in shares of the
        // window's 668 px the 13 demo nodes showed in 4 rows (tour of 5 December)
        TableHeight.fitRows(nodeTable, 4, 15);
        TableHeight.fitRows(serviceTable, 3, 8);
        TableHeight.fitRows(rateTable, 7, 12);
        ScrollFollow.focus(scroller, 30);
        HeaderTips.install(nodeTable);
        HeaderTips.install(rateTable);
        ServiceColumns.install(serviceTable);
    }

    public void refresh() {
        tasks.run(UiTasks.of(desk::loadSettings, this::show, e -> dialogs.error(e.getMessage(), "Nothing was changed.", "Try again.")));
    }

    private void show(RoutingSettings st) {
        breaks = st.weightBreaksKg();
        nodeTable.getItems().setAll(st.nodes().stream().map(SettingsRows.NodeRow::new).toList());
        if (!st.weightBreaksKg().equals(shownBreaks)) {
            rateColumns(st.weightBreaksKg());
        }
        rateTable.getItems().setAll(st.zones().stream().map(SettingsRows.ZoneRow::new).toList());
        serviceTable.getItems().setAll(st.services().stream().map(SettingsRows.ServiceRow::new).toList());
        penaltyField.setText(st.backorderPenalty().toPlainString());
        loaded = st;
        message(afterLoad, !afterLoad.isEmpty());
        afterLoad = "";
        dirty = false;
    }

    @FXML
    private void onSave() {
        List<String> problems = new ArrayList<>();
        List<RoutingSettings.Node> nodes = nodeTable.getItems().stream().map(r -> r.toNode(problems)).toList();
        List<RoutingSettings.Zone> zones = rateTable.getItems().stream().map(r -> r.toZone(breaks, problems)).toList();
        var penalty = SettingsRows.money(penaltyField.getText(), "backorder penalty", problems);
        List<com.orderdesk.logic.fulfillment.ServiceSetting> services = serviceTable.getItems().stream()
                .map(r -> r.toService(problems)).toList();
        RoutingSettings st = new RoutingSettings(nodes, breaks, zones, penalty, services);
        if (problems.isEmpty()) {
            problems.addAll(st.problems());
        }
        if (!problems.isEmpty()) {
            message("Not saved (what you typed is kept):\n\u2022 " + String.join("\n\u2022 ", problems), false);
            return;
        }
        tasks.run(UiTasks.of(() -> {
            desk.saveSettings(st);
            return null;
        }, ok -> {
            String changed = loaded == null ? "" : SettingsChanges.describe(loaded, st);
            String when = java.time.LocalTime.now().format(java.time.format.DateTimeFormatter
                    .ofLocalizedTime(java.time.format.FormatStyle.SHORT));
            afterLoad = "Saved at " + when + (changed.isEmpty() ? ": nothing had changed." : ": " + changed
                    + "; new orders are routed with them.");
            status.showMessage("Routing settings saved; new orders are routed with them.");
            refresh();
        }, e -> message("Not saved: " + e.getMessage() + " What you typed is kept; correct it and save again.", false)));
    }

    /**
     * The message inside the window, under its buttons (the window covers the main window's status
     * bar, where alone a save was reported): what was saved, or why not.
     */
    private void message(String text, boolean success) {
        problemsLabel.setText(text);
        problemsLabel.setManaged(!text.isEmpty()); // no empty line above the tables while there is nothing to say
        problemsLabel.getStyleClass().removeAll("danger", "success");
        problemsLabel.getStyleClass().add(success ? "success" : "danger");
    }

    /** The rate card's columns, made again only when the weight breaks change (a reload keeps widths). */
    private void rateColumns(List<Double> kg) {
        shownBreaks = kg;
        List<TableColumn<SettingsRows.ZoneRow, String>> prices = new ArrayList<>();
        TableColumn<SettingsRows.ZoneRow, String> zone = TextColumn.fixed("Zone", r -> String.valueOf(r.zone), 59);
        for (int i = 0; i < kg.size(); i++) {
            int b = i;
            prices.add(editable("\u2264 " + kg.get(i) + " kg", r -> r.prices.get(b), 96));
        }
        prices.add(HeaderTips.tip(editable("Per kg above", r -> r.perKg, 130),
                "Price per kg above the last break" + (kg.isEmpty() ? "" : " (" + kg.get(kg.size() - 1) + " kg)")));
        List<TableColumn<SettingsRows.ZoneRow, String>> cols = new ArrayList<>(List.of(zone, editable("Up to km", r -> r.maxKm, 95)));
        cols.addAll(prices);
        rateTable.getColumns().setAll(cols);
        // the prices share the room left: given to the last one alone, "Per kg above" was some 400 px
        // wide beside 96 px breaks (tour of 5 December)
        ColumnFit.share(rateTable, prices);
        // the fit runs when a width changes: on a reload with new breaks the table's width stays,
        // so a column's width is set after the fit is in place
        zone.setPrefWidth(60);
    }

    @FXML
    private void onReload() {
        refresh();
    }

    private <S> TableColumn<S, String> editable(String title, Function<S, StringProperty> prop, double w) {
        return TextColumn.editable(title, prop, w, () -> dirty = true);
    }
}
