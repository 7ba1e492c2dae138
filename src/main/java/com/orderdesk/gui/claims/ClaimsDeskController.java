package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimFilter;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The claims desk's widgets: filters feed the view model's filter, the selection loads the
 * case's evidence off the FX thread (the newest selection wins), and each decision runs through
 * the use case off the FX thread, then the queue reloads with the case still selected.
 */
public final class ClaimsDeskController {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);

    private final ClaimsDeskViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final EvidencePane evidencePane;
    private Task<?> loadingEvidence;
    private ClaimEvidence shown;
    private Long reselect;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<ClaimStatus> statusBox;
    @FXML private ComboBox<ClaimReason> reasonBox;
    @FXML private ComboBox<String> ownerBox;
    @FXML private TextField minAgeField;
    @FXML private TextField minAmountField;
    @FXML private CheckBox openOnlyBox;
    @FXML private TableView<ClaimRow> table;
    @FXML private Label countsLabel;
    @FXML private ScrollPane evidenceScroll;
    @FXML private Label proposalLabel;
    @FXML private TextField noteField;
    @FXML private TextField validField;
    @FXML private ComboBox<SettlementPlan.Rest> restBox;
    @FXML private Label limitLabel;
    @FXML private ComboBox<ClaimStatus> moveBox;
    @FXML private Label resultLabel;
    @FXML private Button validButton;
    @FXML private Button invalidButton;
    @FXML private Button partlyButton;
    @FXML private Button writeOffButton;
    @FXML private Button reverseButton;

    public ClaimsDeskController(ClaimsDeskViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                ZoneId zone) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.evidencePane = new EvidencePane(formats, zone);
    }

    @FXML
    private void initialize() {
        // the case and invoice numbers are what a person reads out on the phone: never cut, even at 1366 px
        table.getColumns().add(keyColumn(text("Case", ClaimRow::number, 112)));
        // the name alone: at 1366 px the column has about 100 px, which showed "C-10335 ..." and no
        // name at all; the number is in the evidence and the search still finds a case by it
        table.getColumns().add(text("Customer", ClaimRow::customerName, 150));
        table.getColumns().add(keyColumn(text("Invoice", ClaimRow::invoiceNumber, 100)));
        table.getColumns().add(keyColumn(text("Reason", r -> r.reason().label(), 116)));
        table.getColumns().add(MoneyColumn.of("Amount", ClaimRow::amount, formats, 86));
        table.getColumns().add(keyColumn(text("Status", r -> r.status().label(), 162)));
        table.getColumns().add(text("Owner", r -> r.owner() == null ? "" : r.owner(), 72));
        TableColumn<ClaimRow, Long> age = new TableColumn<>("Age");
        age.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().ageDays(model.today())));
        age.setPrefWidth(46);
        age.getStyleClass().add("money-column");
        table.getColumns().add(age);
        // at 1366 px the status, owner and age lay beyond the list's edge ("Waitin..."): every column
        // now fits the list, each keeping its width; the customer gives way (whole in the evidence)
        table.getColumns().forEach(c -> {
            c.setMinWidth(Math.max(c.getMinWidth(), "Customer".equals(c.getText()) ? 70 : c.getPrefWidth()));
            if (!"Customer".equals(c.getText())) {
                c.setMaxWidth(c.getPrefWidth());
            }
        });
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<ClaimRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(ClaimStatus.values());
        statusBox.setConverter(Formats.display(ClaimStatus::label, "Any status"));
        reasonBox.getItems().add(null);
        reasonBox.getItems().addAll(ClaimReason.values());
        reasonBox.setConverter(Formats.display(ClaimReason::label, "Any reason"));
        ownerBox.setConverter(Formats.display(o -> ClaimFilter.UNASSIGNED.equals(o) ? "(unassigned)" : o, "Anyone"));
        restBox.getItems().setAll(SettlementPlan.Rest.values());
        restBox.setConverter(Formats.display(r -> r == SettlementPlan.Rest.CHARGEBACK ? "charge back" : "write off", ""));
        restBox.setValue(SettlementPlan.Rest.CHARGEBACK);
        moveBox.getItems().setAll(ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.WAITING_ON_CUSTOMER);
        moveBox.setConverter(Formats.display(ClaimStatus::label, "Move to..."));
        moveBox.setOnAction(e -> {
            if (moveBox.getValue() != null) {
                ClaimStatus to = moveBox.getValue();
                act("Case moved to " + to.label().toLowerCase(), row -> model.moveTo(row, to, noteField.getText()));
            }
        });
        searchField.textProperty().addListener((o, a, b) -> applyFilter());
        statusBox.valueProperty().addListener((o, a, b) -> applyFilter());
        reasonBox.valueProperty().addListener((o, a, b) -> applyFilter());
        ownerBox.valueProperty().addListener((o, a, b) -> applyFilter());
        minAgeField.textProperty().addListener((o, a, b) -> applyFilter());
        minAmountField.textProperty().addListener((o, a, b) -> applyFilter());
        openOnlyBox.selectedProperty().addListener((o, a, b) -> applyFilter());
        model.shown().addListener((javafx.collections.ListChangeListener<ClaimRow>) c -> showCounts());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> loadEvidence(row));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                noteField.requestFocus();
                e.consume();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                focusSearch();
                e.consume();
            } else if (RELOAD.match(e)) {
                refresh();
                e.consume();
            }
        });
        enableActions(null);
    }

    private static <S> TableColumn<S, String> keyColumn(TableColumn<S, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void applyFilter() {
        Long age = null;
        Money min = null;
        try {
            age = minAgeField.getText().isBlank() ? null : formats.parseQuantity(minAgeField.getText());
            min = minAmountField.getText().isBlank() ? null : Money.of(formats.parseMoney(minAmountField.getText()));
            minAgeField.setStyle("");
            minAmountField.setStyle("");
        } catch (IllegalArgumentException e) {
            // a half-typed number does not filter yet; the field says so by its colour
            (age == null && !minAgeField.getText().isBlank() ? minAgeField : minAmountField).setStyle("-fx-text-fill: #b42318;");
        }
        model.filterProperty().set(new ClaimFilter(searchField.getText(), statusBox.getValue(), openOnlyBox.isSelected(),
                reasonBox.getValue(), ownerBox.getValue(), age, min));
    }

    private void showCounts() {
        countsLabel.setText(model.countsText(formats::money));
    }

    /** Reloads the queue (the first time in a session, after the short-pay sweep). */
    public void refresh() {
        ClaimRow selected = table.getSelectionModel().getSelectedItem();
        if (reselect == null && selected != null) {
            reselect = selected.id();
        }
        tasks.run(UiTasks.of(model::load, loaded -> {
            model.show(loaded.queue());
            java.util.SortedSet<String> owners = model.owners();
            String owner = ownerBox.getValue();
            ownerBox.getItems().setAll((String) null);
            ownerBox.getItems().add(ClaimFilter.UNASSIGNED);
            ownerBox.getItems().addAll(owners);
            ownerBox.setValue(owner);
            showCounts();
            status.showMessage(loaded.queue().rows().size() + " cases" + (loaded.sweptOpen().isEmpty() ? ""
                    : "; " + loaded.sweptOpen().size() + " opened for short payments left unexplained")
                    + (model.damaged().isEmpty() ? "" : "; " + model.damaged().size() + " damaged rows left out"));
            Long id = reselect;
            reselect = null;
            if (id != null) {
                table.getItems().stream().filter(r -> r.id() == id).findFirst()
                        .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> loadEvidence(null));
            }
        }, e -> dialogs.error("The claims queue could not be loaded: " + e.getMessage(), "Nothing was changed.",
                "Press F5 to try again.", e)));
    }

    private void loadEvidence(ClaimRow row) {
        if (loadingEvidence != null) {
            loadingEvidence.cancel();
        }
        shown = null;
        enableActions(null);
        if (row == null) {
            evidenceScroll.setContent(new Label("Select a case: its evidence shows here."));
            proposalLabel.setText("");
            return;
        }
        Task<ClaimEvidence> t = UiTasks.of(() -> model.evidence(row.id()), e -> {
            shown = e;
            evidenceScroll.setContent(evidencePane.build(e));
            evidenceScroll.setVvalue(0);
            // the verdict here, beside the actions; its reasons head the evidence (EvidencePane), which they sum up
            proposalLabel.setText(e.proposal().decided()
                    ? "Proposal: valid " + formats.money(e.proposal().valid()) + " of " + formats.money(e.claim().amount()) + "."
                    : "Proposal: a person decides.");
            validField.setText(formats.money(e.proposal().decided() ? e.proposal().valid() : e.claim().amount()));
            enableActions(e);
        }, ex -> evidenceScroll.setContent(new Label("The evidence could not be read: " + ex.getMessage())));
        loadingEvidence = t;
        tasks.run(t);
    }

    private void enableActions(ClaimEvidence e) {
        boolean open = e != null && e.claim().status().isOpen();
        boolean resolved = e != null && e.claim().status().isResolved();
        validButton.setDisable(!open);
        invalidButton.setDisable(!open);
        partlyButton.setDisable(!open);
        writeOffButton.setDisable(!open);
        reverseButton.setDisable(!resolved);
        moveBox.setDisable(!open);
    }

    @FXML
    private void onValid() {
        resolve(ClaimsDeskViewModel.Decision.VALID);
    }

    @FXML
    private void onInvalid() {
        resolve(ClaimsDeskViewModel.Decision.INVALID);
    }

    @FXML
    private void onPartly() {
        resolve(ClaimsDeskViewModel.Decision.PARTLY_VALID);
    }

    @FXML
    private void onWriteOff() {
        resolve(ClaimsDeskViewModel.Decision.WRITE_OFF);
    }

    private void resolve(ClaimsDeskViewModel.Decision d) {
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || shown == null) {
            return;
        }
        Resolution r;
        try {
            Money valid = d == ClaimsDeskViewModel.Decision.PARTLY_VALID ? Money.of(formats.parseMoney(validField.getText())) : null;
            r = ClaimsDeskViewModel.resolution(d, shown.claim().amount(), valid, restBox.getValue(), noteField.getText());
        } catch (IllegalArgumentException e) {
            resultLabel.setText(e.getMessage());
            validField.requestFocus();
            return;
        }
        run(() -> model.resolve(row, r), (ResolutionResult res) -> {
            String msg = "Case " + row.number() + " " + res.status().label().toLowerCase() + ": " + String.join(", ", res.documents());
            done(msg);
        });
    }

    @FXML
    private void onReverse() {
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || !dialogs.confirm("Reverse", "the resolution of case " + row.number(),
                "Each of its documents gets its counter-document; the case is researched again.")) {
            return;
        }
        run(() -> model.reverse(row, noteField.getText()), (ResolutionResult res) ->
                done("Case " + row.number() + " reversed: " + String.join(", ", res.documents())));
    }

    @FXML
    private void onAddNote() {
        act("Note added", row -> model.addNote(row, noteField.getText()));
    }

    @FXML
    private void onAssignToMe() {
        act("Case assigned to " + model.userName(), model::assignToMe);
    }

    @FXML
    private void onClose() {
        act("Case closed", row -> model.close(row, noteField.getText()));
    }

    private void act(String message, Consumer<ClaimRow> action) {
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        run(() -> {
            action.accept(row);
            return null;
        }, x -> done(message + " (" + row.number() + ")"));
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone) {
        root.setDisable(true);
        tasks.run(UiTasks.of(work, v -> {
            root.setDisable(false);
            onDone.accept(v);
        }, e -> {
            root.setDisable(false);
            moveBox.setValue(null);
            if (e instanceof IllegalArgumentException || e instanceof ConcurrentEditException
                    || e instanceof com.orderdesk.logic.security.NotAuthorizedException) {
                resultLabel.setText(e.getMessage());
                if (e instanceof ConcurrentEditException) {
                    refresh();
                }
            } else {
                dialogs.error("The case could not be changed: " + e.getMessage(), "Your note is still in the field.",
                        "Reload the queue (F5) and try again.", e);
            }
        }));
    }

    private void done(String message) {
        resultLabel.setText(message);
        status.showMessage(message);
        noteField.clear();
        moveBox.setValue(null);
        refresh();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusQueue() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** For tests: what the queue shows. */
    List<ClaimRow> rows() {
        return table.getItems();
    }
}
