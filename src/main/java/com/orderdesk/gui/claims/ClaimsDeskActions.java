package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
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
import javafx.scene.control.TextField;

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

    /** The decision's fields and the action buttons, as the FXML made them. */
    record Controls(TextField noteField, TextField validField, ComboBox<SettlementPlan.Rest> restBox,
                    ComboBox<ClaimStatus> moveBox, Label resultLabel, Button validButton, Button invalidButton,
                    Button partlyButton, Button writeOffButton, Button reverseButton, Button mineButton, Button closeButton,
                    Button noteButton, Button newClaimButton, Button printButton) {
    }

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
        c.writeOffButton().setOnAction(e -> resolve(ClaimsDeskViewModel.Decision.WRITE_OFF));
        c.reverseButton().setOnAction(e -> reverse());
        c.mineButton().setOnAction(e -> assignToMe());
        c.closeButton().setOnAction(e -> close());
        c.noteButton().setOnAction(e -> addNote());
        c.newClaimButton().setOnAction(e -> newClaim());
        c.printButton().setOnAction(e -> printChargeback());
        c.moveBox().setOnAction(e -> {
            if (c.moveBox().getValue() != null) {
                ClaimStatus to = c.moveBox().getValue();
                act("Case moved to " + to.label().toLowerCase(), row -> model.moveTo(row, to, c.noteField().getText()));
            }
        });
        c.newClaimButton().setDisable(!model.disputes().allowed());
        if (printing == null) {
            c.printButton().setVisible(false);
            c.printButton().setManaged(false);
        }
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
        c.writeOffButton().setDisable(!open);
        c.reverseButton().setDisable(!resolved);
        c.moveBox().setDisable(!open);
        // with no case shown there is nothing to assign or close (they were enabled with none, tour 7);
        // Close only for a case the use case closes (a resolved one), not for any selected case
        c.mineButton().setDisable(e == null);
        c.closeButton().setDisable(e == null || !e.claim().status().canBeClosed());
        // with no case shown, the case just decided (off the list once resolved) keeps its chargeback at hand
        c.printButton().setDisable(printing == null || printing.printable(e).isEmpty());
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
        String writtenOff = formats.money(shown.claim().amount());
        changes.run(() -> model.decide(row, r), (ClaimsDeskViewModel.Decided decided) -> {
            ResolutionResult res = decided.result();
            String said = d == ClaimsDeskViewModel.Decision.WRITE_OFF ? ClaimsDeskText.writtenOff(row.number(), writtenOff, res.documents())
                    : ClaimsDeskText.resolved(row.number(), res.status().label(), res.documents());
            done(printing == null ? said : said + printing.decided(decided.evidence()));
        });
    }

    private void reverse() {
        ClaimRow row = desk.selected();
        if (row != null && c.noteField().getText().isBlank()) { // say what is missing before asking
            c.resultLabel().setText("Say why the resolution is reversed; it is printed on the counter-documents.");
            Platform.runLater(c.noteField()::requestFocus);
            return;
        }
        if (row == null || !dialogs.confirm("Reverse", "the resolution of case " + row.number(),
                "Each of its documents gets its counter-document; the case is researched again.")) {
            return;
        }
        changes.run(() -> model.reverse(row, c.noteField().getText()), (ResolutionResult res) ->
                done("Case " + row.number() + " reversed: " + String.join(", ", res.documents())));
    }

    private void addNote() {
        act("Note added", row -> model.addNote(row, c.noteField().getText()), desk::noteAdded);
    }

    /** Assign to me (Alt+E). */
    void assignToMe() {
        act("Case assigned to " + model.userName(), model::assignToMe);
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
        act("Case closed", row -> model.close(row, c.noteField().getText()));
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
            done(message + " (" + row.number() + ")");
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
