package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import java.time.ZoneId;
import java.util.List;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
    @FXML private Button mineButton;
    @FXML private MenuButton moreButton;
    @FXML private MenuItem writeOffItem;
    @FXML private MenuItem reverseItem;
    @FXML private MenuItem closeItem;
    @FXML private MenuItem printItem;
    @FXML private MenuItem newClaimItem;
    @FXML private Button noteButton;
    private ClaimsDeskActions actions;

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
        if (chargebackPdf != null) {
            printing = new ChargebackPrinting(chargebackPdf, tasks, dialogs, status, resultLabel);
        }
        actions = new ClaimsDeskActions(model, tasks, dialogs, status, formats, new ClaimsDeskActions.Controls(noteField, validField,
                restBox, moveBox, resultLabel, validButton, invalidButton, partlyButton, mineButton, noteButton, moreButton,
                writeOffItem, reverseItem, closeItem, printItem, newClaimItem), new ClaimsDeskActions.Desk() {
                    @Override
                    public ClaimRow selected() {
                        return table.getSelectionModel().getSelectedItem();
                    }

                    @Override
                    public ClaimEvidence shown() {
                        return shown;
                    }

                    @Override
                    public void reload(String message) {
                        afterAction(message);
                    }

                    @Override
                    public void opened(String number) {
                        ClaimsDeskController.this.opened(number);
                    }

                    @Override
                    public void noteAdded() {
                        historyInView = true;
                    }
                }, changes, printing);
        Shortcuts keys = Shortcuts.on(root).add(Shortcuts.FIND, this::focusSearch).add(RELOAD, this::refresh)
                .add(ASSIGN, actions::assignToMe).add(Shortcuts.NEW, actions::newClaim);
        actions.keys(keys);
        if (printing != null) {
            Shortcuts.on(root).add(PRINT, actions::printChargeback);
        }
        actions.enable(null);
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
            } else if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                // the queue opens on its first case: the shell's focusQueue ran before the rows were back (newuser19)
                table.getSelectionModel().selectFirst();
            }
        }, e -> dialogs.error(Messages.get("claims.loadFailed", e.getMessage()),
                Messages.get("claims.loadFailed.kept"), Messages.get("claims.loadFailed.todo"), e)));
    }

    private void loadEvidence(ClaimRow row) {
        if (loadingEvidence != null) {
            loadingEvidence.cancel();
        }
        shown = null;
        actions.enable(null);
        // nothing of the last case stays ready for a decision: a case resolved off the list left its valid amount (tour15)
        validField.clear();
        if (row == null) {
            evidenceScroll.setContent(new Label(Messages.get("claims.evidence.select")));
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
            actions.enable(e);
            actions.highlight(e);
        }, ex -> evidenceScroll.setContent(new Label(Messages.get("claims.evidence.unread", ex.getMessage()))));
        loadingEvidence = t;
        tasks.run(t);
    }

    /** After an action: the cursor in the queue, on the case or where it was (Down: the next, Enter: its note); the desk
     * disabled meanwhile had left it in the search field, where the next key typed filtered the queue (tour16). */
    private void afterAction(String message) {
        table.requestFocus();
        refresh(message);
    }

    /** A new claim was opened: the queue shows it whatever the filters held, the cursor on it. */
    private void opened(String number) {
        selectNumber = number;
        searchField.setText(number);
        refresh(Messages.get("claims.disputeOpened", number));
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
