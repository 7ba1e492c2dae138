package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The claims desk's actions on the selected case: resolve (valid, invalid, partly, write off), undo a
 * resolution, assign, move, close, add a note, open a new claim and print a chargeback. Each runs
 * through the use case off the FX thread ({@link CaseChanges}); which may run follows the case shown.
 */
final class ClaimsDeskActions {
    /** What the actions need of the desk around them: the case in hand, and what follows an action. */
    interface Desk {
        /** The case selected in the queue, or null. */
        ClaimRow selected();

        /** The evidence of the case shown, or null while none is. */
        ClaimEvidence shown();

        /** After an action: the cursor in the queue, the queue reloaded with {@code message} in the status bar. */
        void reload(String message);

        /** A new claim was opened: the queue shows it, the cursor on it. */
        void opened(String number);

        /** A note was added: the next evidence shown scrolls to the notes. */
        void noteAdded();
    }

    /**
     * The decision's fields and the actions as the FXML made them: the most used as buttons (valid, invalid, partly
     * valid, assign to me, move to), the rest as items of the bar's More menu (write off, undo, close, print
     * chargeback, new claim), so that the bar is one row at 1024 px.
     */
    record Controls(TextField noteField, TextField validField, ComboBox<SettlementPlan.Rest> restBox,
                    ComboBox<ClaimStatus> moveBox, Label resultLabel, Button validButton, Button invalidButton,
                    Button partlyButton, Button mineButton, Button noteButton, MenuButton moreButton, MenuItem writeOffItem,
                    MenuItem reverseItem, MenuItem closeItem, MenuItem printItem, MenuItem newClaimItem) {
    }

    /** The keys of More's items (their letters, as their buttons' mnemonics had them), caught on the desk with the menu closed. */
    static final KeyCombination WRITE_OFF = alt(KeyCode.F);
    static final KeyCombination REVERSE = alt(KeyCode.D);
    static final KeyCombination CLOSE = alt(KeyCode.L);
    static final KeyCombination PRINT = alt(KeyCode.B);
    static final KeyCombination NEW_CLAIM = alt(KeyCode.C);

    private final ClaimsDeskViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats;
    private final Controls c;
    private final Desk desk;
    private final CaseChanges changes;
    private final ChargebackPrinting printing;

    ClaimsDeskActions(ClaimsDeskViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status, Formats formats, Controls controls,
                      Desk desk, CaseChanges changes, ChargebackPrinting printing) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.formats = formats;
        this.c = controls;
        this.desk = desk;
        this.changes = changes;
        this.printing = printing;
        c.validButton().setOnAction(e -> resolve(ClaimsDeskViewModel.Decision.VALID));
        c.invalidButton().setOnAction(e -> resolve(ClaimsDeskViewModel.Decision.INVALID));
        c.partlyButton().setOnAction(e -> resolve(ClaimsDeskViewModel.Decision.PARTLY_VALID));
        c.writeOffItem().setOnAction(e -> resolve(ClaimsDeskViewModel.Decision.WRITE_OFF));
        c.reverseItem().setOnAction(e -> reverse());
        c.mineButton().setOnAction(e -> assignToMe());
        c.closeItem().setOnAction(e -> close());
        c.noteButton().setOnAction(e -> addNote());
        c.newClaimItem().setOnAction(e -> newClaim());
        c.printItem().setOnAction(e -> printChargeback());
        c.moveBox().setOnAction(e -> {
            if (c.moveBox().getValue() != null) {
                ClaimStatus to = c.moveBox().getValue();
                act(Messages.get("claims.moved", ClaimWords.status(to).toLowerCase()), row -> model.moveTo(row, to, c.noteField().getText()));
            }
        });
        c.newClaimItem().setDisable(!model.disputes().allowed());
        c.printItem().setVisible(printing != null);
    }

    /**
     * More's items run from their keys with the menu closed, as their buttons' mnemonics did: caught on the desk
     * ({@code keys}), each only while its item may run and the desk is not busy with a change. Not the items'
     * accelerators: those are the whole window's, and would run on a case while another screen is shown.
     */
    void keys(Shortcuts keys) {
        keys.add(WRITE_OFF, () -> fire(c.writeOffItem())).add(REVERSE, () -> fire(c.reverseItem()))
                .add(CLOSE, () -> fire(c.closeItem())).add(PRINT, () -> fire(c.printItem()))
                .add(NEW_CLAIM, () -> fire(c.newClaimItem()));
    }

    private void fire(MenuItem item) {
        if (!item.isDisable() && item.isVisible() && !c.moreButton().isDisabled()) {
            item.fire();
        }
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    /** Which actions may run on the case shown ({@code e} null: none shown). */
    void enable(ClaimEvidence e) {
        if (e == null) {
            ClaimChoices.highlight(null, c.validButton(), c.invalidButton(), c.partlyButton());
        }
        boolean open = e != null && e.claim().status().isOpen();
        boolean resolved = e != null && e.claim().status().isResolved();
        c.validButton().setDisable(!open);
        c.invalidButton().setDisable(!open);
        c.partlyButton().setDisable(!open);
        c.writeOffItem().setDisable(!open);
        c.reverseItem().setDisable(!resolved);
        c.moveBox().setDisable(!open);
        // with no case shown there is nothing to assign or close (they were enabled with none, tour 7);
        // Close only for a case the use case closes (a resolved one), not for any selected case
        c.mineButton().setDisable(e == null);
        c.closeItem().setDisable(e == null || !e.claim().status().canBeClosed());
        // with no case shown, the case just decided (off the list once resolved) keeps its chargeback at hand
        c.printItem().setDisable(printing == null || printing.printable(e).isEmpty());
    }

    /** The proposed decision's button in the accent colour. */
    void highlight(ClaimEvidence e) {
        ClaimChoices.highlight(ClaimsDeskViewModel.proposedDecision(e.proposal(), e.claim().amount()),
                c.validButton(), c.invalidButton(), c.partlyButton());
    }

    /** Print chargeback (Alt+B, Ctrl+P): the case's newest chargeback document as the customer's PDF. */
    void printChargeback() {
        if (printing != null) {
            printing.print(desk.shown());
        }
    }

    private void resolve(ClaimsDeskViewModel.Decision d) {
        ClaimRow row = desk.selected();
        ClaimEvidence shown = desk.shown();
        if (row == null || shown == null) {
            return;
        }
        Resolution r;
        try {
            Money valid = d == ClaimsDeskViewModel.Decision.PARTLY_VALID ? Money.of(formats.parseMoney(c.validField().getText())) : null;
            r = ClaimsDeskViewModel.resolution(d, shown.claim().amount(), valid, c.restBox().getValue(), c.noteField().getText());
        } catch (IllegalArgumentException e) {
            c.resultLabel().setText(e.getMessage());
            // after Alt+P the scene focuses the button once its action has run: move on after that
            Platform.runLater(c.validField()::requestFocus);
            return;
        }
        if (noteMissing(Messages.get("claims.resolve.why"))) { // the use case's refusal, said before asking it (after the amount's)
            return;
        }
        String writtenOff = formats.money(shown.claim().amount());
        changes.run(() -> model.decide(row, r), (ClaimsDeskViewModel.Decided decided) -> {
            ResolutionResult res = decided.result();
            String said = d == ClaimsDeskViewModel.Decision.WRITE_OFF ? ClaimsDeskText.writtenOff(row.number(), writtenOff, res.documents())
                    : ClaimsDeskText.resolved(row.number(), ClaimWords.status(res.status()), res.documents());
            done(printing == null ? said : said + printing.decided(decided.evidence()));
        });
    }

    /** Says what is missing in the result line and puts the cursor in the note, when the note is empty. */
    private boolean noteMissing(String sentence) {
        if (!c.noteField().getText().isBlank()) {
            return false;
        }
        c.resultLabel().setText(sentence);
        Platform.runLater(c.noteField()::requestFocus);
        return true;
    }

    private void reverse() {
        ClaimRow row = desk.selected();
        if (row != null && c.noteField().getText().isBlank()) { // say what is missing before asking
            c.resultLabel().setText(Messages.get("claims.reverse.why"));
            Platform.runLater(c.noteField()::requestFocus);
            return;
        }
        if (row == null || !dialogs.confirm(Messages.get("claims.reverse.verb"),
                Messages.get("claims.reverse.what", row.number()), Messages.get("claims.reverse.consequence"))) {
            return;
        }
        changes.run(() -> model.reverse(row, c.noteField().getText()), (ResolutionResult res) ->
                done(Messages.get("claims.reversed", row.number(), String.join(", ", res.documents()))));
    }

    private void addNote() {
        if (desk.selected() != null && noteMissing(Messages.get("claims.note.first"))) {
            return;
        }
        act(Messages.get("claims.noteAdded"), row -> model.addNote(row, c.noteField().getText()), desk::noteAdded);
    }

    /** Assign to me (Alt+E). */
    void assignToMe() {
        act(Messages.get("claims.assigned", model.userName()), model::assignToMe);
    }

    /** A customer disputes an invoice (by default the selected case's): the dialog opens the case, the queue shows it. */
    void newClaim() {
        if (!model.disputes().allowed()) {
            return;
        }
        ClaimRow row = desk.selected();
        model.disputes().ask(c.noteField().getScene().getWindow(), tasks, row == null ? null : row.invoiceNumber(), false)
                .ifPresent(desk::opened);
    }

    private void close() {
        act(Messages.get("claims.closed"), row -> model.close(row, c.noteField().getText()));
    }

    private void act(String message, Consumer<ClaimRow> action) {
        act(message, action, () -> { });
    }

    private void act(String message, Consumer<ClaimRow> action, Runnable whenDone) {
        ClaimRow row = desk.selected();
        if (row == null) {
            return;
        }
        changes.run(() -> {
            action.accept(row);
            return null;
        }, x -> {
            whenDone.run();
            done(Messages.get("claims.done", message, row.number()));
        });
    }

    private void done(String message) {
        c.resultLabel().setText(message);
        status.showMessage(message);
        c.noteField().clear();
        c.moveBox().setValue(null);
        desk.reload(message);
    }
}
