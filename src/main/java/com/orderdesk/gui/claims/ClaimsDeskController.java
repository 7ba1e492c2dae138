package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
    private static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination ASSIGN = new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final ClaimsDeskViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final EvidencePane evidencePane;
    private final ChargebackPdf chargebackPdf;
    private ChargebackPrinting printing;
    private CaseChanges changes;
    private Task<?> loadingEvidence;
    private ClaimEvidence shown;
    private Long reselect;
    private String selectNumber;
    /** The next evidence shown scrolls to its notes: the one just added is at their end (tour 8 saw the pane's head). */
    private boolean historyInView;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<ClaimStatus> statusBox;
    @FXML private ComboBox<ClaimReason> reasonBox;
    @FXML private ComboBox<String> ownerBox;
    @FXML private TextField minAgeField;
    @FXML private TextField minAmountField;
    @FXML private CheckBox openOnlyBox;
    @FXML private TableView<ClaimRow> table;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label countsLabel;
    @FXML private ScrollPane evidenceScroll;
    @FXML private Label proposalLabel;
    @FXML private TextField noteField;
    @FXML private TextField validField;
    @FXML private ComboBox<SettlementPlan.Rest> restBox;
    @FXML private ComboBox<ClaimStatus> moveBox;
    @FXML private Label resultLabel;
    @FXML private Button validButton;
    @FXML private Button invalidButton;
    @FXML private Button partlyButton;
    @FXML private Button writeOffButton;
    @FXML private Button reverseButton;
    @FXML private Button mineButton;
    @FXML private Button closeButton;
    @FXML private Button newClaimButton;
    @FXML private Button printButton;

    public ClaimsDeskController(ClaimsDeskViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                ZoneId zone) {
        this(model, tasks, dialogs, status, zone, null);
    }

    /** {@code chargebackPdf} writes a case's chargeback for Print chargeback; null leaves the button hidden (tests of other actions). */
    public ClaimsDeskController(ClaimsDeskViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                ZoneId zone, ChargebackPdf chargebackPdf) {
        this.chargebackPdf = chargebackPdf;
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.evidencePane = new EvidencePane(formats, zone);
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$..." names controls declared after their labels, which FXML leaves unlinked
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        ClaimColumns.install(table, split, model, formats);
        changes = new CaseChanges(root, tasks, dialogs, resultLabel, moveBox, this::refresh, noteField);
        ClaimChoices.filters(statusBox, reasonBox, ownerBox);
        ClaimChoices.actions(restBox, moveBox);
        moveBox.setOnAction(e -> {
            if (moveBox.getValue() != null) {
                ClaimStatus to = moveBox.getValue();
                act("Case moved to " + to.label().toLowerCase(), row -> model.moveTo(row, to, noteField.getText()));
            }
        });
        new ClaimFilters(model, formats, searchField, statusBox, reasonBox, ownerBox, minAgeField, minAmountField, openOnlyBox);
        // no gap before "Valid amount" where no case proposes anything
        proposalLabel.managedProperty().bind(proposalLabel.textProperty().isNotEmpty());
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
                focusQueue();
                e.consume();
            }
        });
        // Alt+E (assign to me) is a key of the screen's own, not a mnemonic: order entry's timeline has
        // Alt+E as its mnemonic in the same window, and a mnemonic of a screen not shown can claim it
        Shortcuts.on(root).add(Shortcuts.FIND, this::focusSearch).add(RELOAD, this::refresh).add(ASSIGN, this::onAssignToMe)
                .add(Shortcuts.NEW, this::onNewClaim);
        newClaimButton.setDisable(!model.disputes().allowed());
        if (chargebackPdf == null) {
            printButton.setVisible(false);
            printButton.setManaged(false);
        } else {
            printing = new ChargebackPrinting(chargebackPdf, tasks, dialogs, status, resultLabel);
            Shortcuts.on(root).add(PRINT, this::onPrintChargeback);
        }
        enableActions(null);
    }

    private void showCounts() {
        countsLabel.setText(model.countsText(formats::money));
    }

    /** Reloads the queue (the first time in a session, after the short-pay sweep). */
    public void refresh() {
        refresh(null);
    }

    /** Reloads the queue; an action's message, when given, stays in the status bar over the "loaded" one. */
    private void refresh(String actionMessage) {
        ClaimRow selected = table.getSelectionModel().getSelectedItem();
        if (reselect == null && selected != null) {
            reselect = selected.id();
        }
        tasks.run(UiTasks.of(model::load, loaded -> {
            model.show(loaded.queue());
            ClaimChoices.owners(ownerBox, model.owners());
            showCounts();
            status.showMessage(actionMessage != null ? actionMessage
                    : ClaimsDeskText.loaded(model.shown().size(), loaded.queue().rows().size(), loaded.sweptOpen().size(),
                            model.damaged().size()));
            Long id = reselect;
            reselect = null;
            String number = selectNumber;
            selectNumber = null;
            if (number != null) { // a case just opened: the cursor on it (it stayed in the search, where a key typed filtered)
                table.getItems().stream().filter(r -> r.number().equals(number)).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    table.requestFocus();
                });
            } else if (id != null) {
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
        // nothing of the last case stays ready for a decision: a case resolved off the list left its valid amount (tour15)
        validField.clear();
        if (row == null) {
            evidenceScroll.setContent(new Label("Select a case: its evidence shows here."));
            proposalLabel.setText("");
            return;
        }
        Task<ClaimEvidence> t = UiTasks.of(() -> model.evidence(row.id()), e -> {
            shown = e;
            if (printing != null) {
                printing.shown(e);
            }
            evidenceScroll.setContent(evidencePane.build(e));
            // the head of the case, or after a note its end, where the notes and history are
            evidenceScroll.setVvalue(historyInView ? 1 : 0);
            if (historyInView) { // again once the wrapped lines have their height: the last line was cut at first
                javafx.application.Platform.runLater(() -> evidenceScroll.setVvalue(evidenceScroll.getVmax()));
            }
            historyInView = false;
            // the verdict here, beside the actions; its reasons head the evidence (EvidencePane), which they sum up
            proposalLabel.setText(ClaimsDeskText.proposal(e.proposal(), e.claim().amount(), formats));
            validField.setText(ClaimsDeskText.validField(e.proposal(), e.claim().amount(), formats));
            enableActions(e);
            ClaimChoices.highlight(ClaimsDeskViewModel.proposedDecision(e.proposal(), e.claim().amount()),
                    validButton, invalidButton, partlyButton);
        }, ex -> evidenceScroll.setContent(new Label("The evidence could not be read: " + ex.getMessage())));
        loadingEvidence = t;
        tasks.run(t);
    }

    private void enableActions(ClaimEvidence e) {
        if (e == null) {
            ClaimChoices.highlight(null, validButton, invalidButton, partlyButton);
        }
        boolean open = e != null && e.claim().status().isOpen();
        boolean resolved = e != null && e.claim().status().isResolved();
        validButton.setDisable(!open);
        invalidButton.setDisable(!open);
        partlyButton.setDisable(!open);
        writeOffButton.setDisable(!open);
        reverseButton.setDisable(!resolved);
        moveBox.setDisable(!open);
        // with no case shown there is nothing to assign or close (they were enabled with none, tour 7);
        // Close only for a case the use case closes (a resolved one), not for any selected case
        mineButton.setDisable(e == null);
        closeButton.setDisable(e == null || !e.claim().status().canBeClosed());
        // with no case shown, the case just decided (off the list once resolved) keeps its chargeback at hand
        printButton.setDisable(printing == null || printing.printable(e).isEmpty());
    }

    /** Print chargeback (Alt+B, Ctrl+P): the case's newest chargeback document as the customer's PDF. */
    @FXML
    private void onPrintChargeback() {
        if (printing != null) {
            printing.print(shown);
        }
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
            // after Alt+P the scene focuses the button once its action has run: move on after that
            javafx.application.Platform.runLater(validField::requestFocus);
            return;
        }
        String writtenOff = formats.money(shown.claim().amount());
        changes.run(() -> model.decide(row, r), (ClaimsDeskViewModel.Decided decided) -> {
            ResolutionResult res = decided.result();
            String said = d == ClaimsDeskViewModel.Decision.WRITE_OFF ? ClaimsDeskText.writtenOff(row.number(), writtenOff, res.documents())
                    : ClaimsDeskText.resolved(row.number(), res.status().label(), res.documents());
            done(printing == null ? said : said + printing.decided(decided.evidence()));
        });
    }

    @FXML
    private void onReverse() {
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && noteField.getText().isBlank()) { // say what is missing before asking
            resultLabel.setText("Say why the resolution is reversed; it is printed on the counter-documents.");
            javafx.application.Platform.runLater(noteField::requestFocus);
            return;
        }
        if (row == null || !dialogs.confirm("Reverse", "the resolution of case " + row.number(),
                "Each of its documents gets its counter-document; the case is researched again.")) {
            return;
        }
        changes.run(() -> model.reverse(row, noteField.getText()), (ResolutionResult res) ->
                done("Case " + row.number() + " reversed: " + String.join(", ", res.documents())));
    }

    @FXML
    private void onAddNote() {
        act("Note added", row -> model.addNote(row, noteField.getText()), () -> historyInView = true);
    }

    @FXML
    private void onAssignToMe() {
        act("Case assigned to " + model.userName(), model::assignToMe);
    }

    /** A customer disputes an invoice (by default the selected case's): the dialog opens the case, the queue shows it. */
    @FXML
    private void onNewClaim() {
        if (!model.disputes().allowed()) {
            return;
        }
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        model.disputes().ask(root.getScene().getWindow(), tasks, row == null ? null : row.invoiceNumber(), false)
                .ifPresent(number -> {
                    selectNumber = number;
                    searchField.setText(number); // the new case in sight whatever the filters held
                    refresh("Dispute " + number + " opened");
                });
    }

    @FXML
    private void onClose() {
        act("Case closed", row -> model.close(row, noteField.getText()));
    }

    private void act(String message, Consumer<ClaimRow> action) {
        act(message, action, () -> { });
    }

    private void act(String message, Consumer<ClaimRow> action, Runnable whenDone) {
        ClaimRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        changes.run(() -> {
            action.accept(row);
            return null;
        }, x -> {
            whenDone.run();
            done(message + " (" + row.number() + ")");
        });
    }

    private void done(String message) {
        resultLabel.setText(message);
        status.showMessage(message);
        noteField.clear();
        moveBox.setValue(null);
        // the cursor in the queue, on the case or where it was (Down: the next, Enter: its note); the desk disabled
        // meanwhile had left it in the search field, where the next key typed filtered the queue (tour16)
        table.requestFocus();
        refresh(message);
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
