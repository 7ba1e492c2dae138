package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.OnePerPulse;
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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

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
    /** How many cells a table makes in one pulse while it is filled (see {@link #show}). */
    private static final int CELLS_PER_PULSE = 40;
    private List<Double> breaks = List.of();
    private List<Double> shownBreaks;
    /** The settings as last loaded: a save says what it changed against them. */
    private RoutingSettings loaded;
    /** The message to show once the settings have been loaded again after a save. */
    private String afterLoad = "";
    private boolean readOnly;
    /** Something was edited since the settings were loaded (Esc asks before losing it). */
    private boolean dirty;
    /** What cannot be saved as typed, each naming its cell ("ST-CHI handling days: ..."): the cells mark theirs. */
    private final ObjectProperty<List<String>> problems = new SimpleObjectProperty<>(List.of());

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private TableView<SettingsRows.NodeRow> nodeTable;
    @FXML private TableView<SettingsRows.ZoneRow> rateTable;
    @FXML private TableView<SettingsRows.ServiceRow> serviceTable;
    @FXML private TextField penaltyField;
    @FXML private javafx.scene.control.ScrollPane scroller;
    @FXML private Label problemsLabel;
    @FXML private Label readOnlyLabel;
    @FXML private Label editKeysLabel;
    @FXML private javafx.scene.control.Button saveButton;
    @FXML private javafx.scene.layout.VBox loadingPane;

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
        serviceTable.setEditable(!readOnly);
        penaltyField.setEditable(!readOnly);
        saveButton.setVisible(!readOnly);
        saveButton.setManaged(!readOnly);
        readOnlyLabel.setVisible(readOnly);
        readOnlyLabel.setManaged(readOnly);
        editKeysLabel.setVisible(!readOnly);
        editKeysLabel.setManaged(!readOnly);
    }

    /**
     * The window's size on a screen whose usable area is {@code screen}: at most 1280 x 760, and
     * 40 px short of the screen's width and 100 px of its height, so that its edges, the main
     * window's status bar and a title bar stay visible (at 1366 x 768 it filled the whole height).
     */
    public static javafx.geometry.Dimension2D windowSize(javafx.geometry.Rectangle2D screen) {
        return new javafx.geometry.Dimension2D(Math.min(1280, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 100));
    }

    /**
     * Esc closes the window: during a cell edit it cancels that edit only (in any of the three tables:
     * the carrier services' was not checked, so Esc there closed the window), and it asks before
     * losing unsaved changes. A filter, before the tables: a table takes Esc for itself even when
     * nothing is being edited, so with the focus in a table Esc did not close the window.
     */
    public void closeOnEscape(javafx.stage.Stage stage, javafx.scene.Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ESCAPE || editing()) {
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

    /** A cell of one of the tables is being edited. */
    private boolean editing() {
        return nodeTable.getEditingCell() != null || rateTable.getEditingCell() != null || serviceTable.getEditingCell() != null;
    }

    @FXML
    private void initialize() {
        // the penalty's labelFor="$penaltyField" names a field declared after it, which FXML leaves unlinked
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        // Ctrl+S saves here as everywhere (UX.md): the window had Alt+S only, and a Ctrl+S did nothing
        // at all, so the administrator took the settings for saved (tour8, shots 20/20b)
        javafx.scene.input.KeyCombination save = javafx.scene.input.KeyCombination.keyCombination("Shortcut+S");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (save.match(e) && !readOnly) {
                e.consume();
                onSave(); // it commits a cell being edited first
            }
        });
        penaltyField.textProperty().addListener((o, a, b) -> dirty = true);
        TableColumn<SettingsRows.NodeRow, Boolean> active = SettingsCells.active(r -> r.active);
        // short titles, the long meaning in the header's tooltip, and the name takes the room left:
        // the long titles and the names were cut at 1366 px while the window had room for them
        TableColumn<SettingsRows.NodeRow, String> name = TextColumn.fixed("Name", r -> r.original.name(), 300);
        nodeTable.getColumns().setAll(List.of(
                TextColumn.fixed("Node", r -> r.original.code(), 80),
                name,
                TextColumn.fixed("Kind", r -> r.original.type().name(), 100),
                HeaderTips.tip(nodeCell("Handling", r -> r.handling, 100, "handling"), "Handling cost per shipment"),
                HeaderTips.tip(nodeCell("Picking", r -> r.pick, 90, "picking per unit"), "Picking cost per unit"),
                HeaderTips.tip(nodeCell("Capacity", r -> r.capacity, 95, "capacity"),
                        "Capacity: open shipments the node takes at once (empty: no limit)"),
                HeaderTips.tip(nodeCell("Safety stock", r -> r.safety, 115, "safety stock"),
                        "Set this safety stock on all items of the node (empty: leave them as they are)"),
                HeaderTips.tip(nodeCell("Handling days", r -> r.handlingDays, 140, "handling days"),
                        "Handling days before a shipment leaves (0 to 60)"),
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
        ServiceColumns.install(serviceTable, problems, this::edited);
        SettingsGridKeys.install(nodeTable, r -> r.active);
        SettingsGridKeys.install(serviceTable, r -> r.active);
        SettingsGridKeys.install(rateTable, null);
        applyReadOnly();
    }

    /**
     * Loads the settings in the background. Until they come the window says so with a progress
     * indicator (it stood blank and white for 4-20 s under load); the tables, empty at first, show
     * once filled.
     */
    public void refresh() {
        loading(true);
        tasks.run(UiTasks.of(desk::loadSettings, this::show, e -> {
            loading(false);
            dialogs.error(e.getMessage(), "Nothing was changed.", "Try again.");
        }));
    }

    private void loading(boolean on) {
        loadingPane.setVisible(on);
        // nor saved while the tables fill, a slice per pulse: a save then would take a part for the whole
        saveButton.setDisable(on);
        scroller.setVisible(!on && loaded != null);
        scroller.setDisable(on);
    }

    private void show(RoutingSettings st) {
        breaks = st.weightBreaksKg();
        List<SettingsRows.NodeRow> rows = st.nodes().stream().map(SettingsRows.NodeRow::new).toList();
        List<SettingsRows.ServiceRow> services = st.services().stream().map(SettingsRows.ServiceRow::new).toList();
        // Active, ticked by a click or Space, is an edit as much as a typed cell (Esc asks before losing it)
        rows.forEach(r -> r.active.addListener((o, a, b) -> edited()));
        services.forEach(r -> r.active.addListener((o, a, b) -> edited()));
        List<SettingsRows.ZoneRow> zones = st.zones().stream().map(SettingsRows.ZoneRow::new).toList();
        // a slice of rows per pulse, one table after the other: filled at once, their three first layouts held
        // the FX thread some 0.4-1.3 s; one table per pulse, the node table's and the rate card's still held it
        // 0.8 and 1.2 s each in the application under load (pulse log of 6 December)
        List<Runnable> steps = new ArrayList<>(OnePerPulse.fill(nodeTable.getItems(), rows, nodeTable.getColumns().size(), CELLS_PER_PULSE));
        steps.addAll(OnePerPulse.fill(serviceTable.getItems(), services, serviceTable.getColumns().size(), CELLS_PER_PULSE));
        if (!st.weightBreaksKg().equals(shownBreaks)) {
            steps.add(() -> rateColumns(st.weightBreaksKg()));
        }
        steps.addAll(OnePerPulse.fill(rateTable.getItems(), zones, st.weightBreaksKg().size() + 3, CELLS_PER_PULSE));
        steps.add(() -> shown(st));
        OnePerPulse.run(steps);
    }

    /** The tables are filled: the rest of the window follows. */
    private void shown(RoutingSettings st) {
        penaltyField.setText(st.backorderPenalty().toPlainString());
        loaded = st;
        problems.set(List.of());
        loading(false);
        message(afterLoad, !afterLoad.isEmpty());
        afterLoad = "";
        dirty = false;
    }

    @FXML
    private void onSave() {
        if (saveButton.isDisabled()) {
            return; // Ctrl+S while the settings load
        }
        SettingsGridKeys.commitEdit(nodeTable);
        SettingsGridKeys.commitEdit(serviceTable);
        SettingsGridKeys.commitEdit(rateTable);
        List<String> found = new ArrayList<>();
        RoutingSettings st = collect(found);
        problems.set(List.copyOf(found));
        if (!found.isEmpty()) {
            message("Not saved (what you typed is kept):\n\u2022 " + String.join("\n\u2022 ", found), false);
            return;
        }
        String changed = loaded == null ? "" : SettingsChanges.describe(loaded, st);
        if (loaded != null && changed.isEmpty()) {
            message("Nothing had changed, so nothing was saved.", true); // no reason to ask, no entry in the trail
            return;
        }
        // a decision like the users screen's: asked why, and the audit trail keeps it (it saved without one, tour14)
        java.util.Optional<String> reason = dialogs.askReason("Save settings", "routing settings",
                "Changed: " + (changed.isEmpty() ? "the settings" : changed) + ". New orders are routed with them from now on.");
        if (reason.isEmpty()) {
            message("Not saved: no reason was given. What you typed is kept; save again and say why.", false);
            return;
        }
        tasks.run(UiTasks.of(() -> {
            desk.saveSettings(st, reason.get());
            return null;
        }, ok -> {
            String when = java.time.LocalTime.now().format(java.time.format.DateTimeFormatter
                    .ofLocalizedTime(java.time.format.FormatStyle.SHORT));
            afterLoad = "Saved at " + when + ": " + (changed.isEmpty() ? "the settings" : changed)
                    + "; new orders are routed with them.";
            status.showMessage("Routing settings saved; new orders are routed with them.");
            refresh();
        }, e -> message("Not saved: " + e.getMessage() + " What you typed is kept; correct it and save again.", false)));
    }

    /**
     * The settings as typed, adding to {@code found} what cannot be saved: the text that cannot be read,
     * then the settings' own problems for the cells that could (one problem per cell, the first).
     */
    private RoutingSettings collect(List<String> found) {
        List<RoutingSettings.Node> nodes = nodeTable.getItems().stream().map(r -> r.toNode(found)).toList();
        List<RoutingSettings.Zone> zones = rateTable.getItems().stream().map(r -> r.toZone(breaks, found)).toList();
        var penalty = SettingsRows.money(penaltyField.getText(), "backorder penalty", found);
        List<com.orderdesk.logic.fulfillment.ServiceSetting> services = serviceTable.getItems().stream()
                .map(r -> r.toService(found)).toList();
        RoutingSettings st = new RoutingSettings(nodes, breaks, zones, penalty, services);
        for (String p : st.problems()) {
            String place = p.substring(0, Math.max(0, p.indexOf(':')));
            if (found.stream().noneMatch(q -> q.startsWith(place + ":"))) {
                found.add(p);
            }
        }
        return st;
    }

    /**
     * After each edit: the cells that cannot be saved as typed are marked at once, and the window's
     * message says why, while what was typed stays (a bad value was named only when saving).
     */
    private void edited() {
        dirty = true;
        List<String> found = new ArrayList<>();
        collect(found);
        boolean wasBad = !problems.get().isEmpty();
        problems.set(List.copyOf(found));
        if (!found.isEmpty()) {
            message("Cannot be saved as typed (what you typed is kept):\n\u2022 " + String.join("\n\u2022 ", found), false);
        } else if (wasBad) {
            message("", false);
        }
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
            prices.add(editable("\u2264 " + kg.get(i) + " kg", r -> r.prices.get(b), 96,
                    r -> "zone " + r.zone + " up to " + kg.get(b) + " kg"));
        }
        prices.add(HeaderTips.tip(editable("Per kg above", r -> r.perKg, 130, r -> "zone " + r.zone + " per kg above max"),
                "Price per kg above the last break" + (kg.isEmpty() ? "" : " (" + kg.get(kg.size() - 1) + " kg)")));
        List<TableColumn<SettingsRows.ZoneRow, String>> cols = new ArrayList<>(List.of(zone, editable("Up to km", r -> r.maxKm, 95, r -> "zone " + r.zone + " max km")));
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

    private <S> TableColumn<S, String> editable(String title, Function<S, StringProperty> prop, double w,
                                                Function<S, String> where) {
        return SettingsCells.checked(title, prop, w, where, problems, this::edited);
    }

    /** A node's cell, its problems named "ST-CHI handling days: ..." as {@link SettingsRows} and the settings word them. */
    private TableColumn<SettingsRows.NodeRow, String> nodeCell(String title, Function<SettingsRows.NodeRow, StringProperty> prop,
                                                                double w, String field) {
        return editable(title, prop, w, r -> r.original.code() + " " + field);
    }
}
