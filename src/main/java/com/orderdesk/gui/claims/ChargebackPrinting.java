package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ClaimEvidence;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;

/**
 * The claims desk's Print chargeback: the case's newest chargeback document (a chargeback, a credit
 * re-billed, or the cancellation that withdrew one: what the customer must hear last) saved as a
 * PDF where the person chooses, as the invoices screen saves one, the folder remembered for the
 * next. The writing runs off the FX thread; a refusal or failure is said in the desk's result line
 * or a dialog, never as a stack trace.
 */
final class ChargebackPrinting {
    private final ChargebackPdf pdf;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Label resultLabel;
    private Path lastFolder = Path.of(System.getProperty("user.home"));
    /** The case just decided, kept while no other case is shown: it leaves the queue once resolved ("Still to work"). */
    private ClaimEvidence decided;

    ChargebackPrinting(ChargebackPdf pdf, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status, Label resultLabel) {
        this.pdf = pdf;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.resultLabel = resultLabel;
    }

    /** The number of the case's newest chargeback-series document; empty when the case has none. */
    static Optional<String> chargebackOf(ClaimEvidence e) {
        if (e == null) {
            return Optional.empty();
        }
        // the evidence lists the case's documents in the order they were issued
        return e.settlements().stream().filter(s -> s.kind().isChargebackSeries())
                .map(ClaimEvidence.Settlement::documentNumber).reduce((first, later) -> later);
    }

    /**
     * The case just decided, as read after its decision; what the result line adds about its chargeback (" Ctrl+P
     * prints CB-1 for the customer."), empty when it has none. Tour15: charged back, the case left the list and Print
     * chargeback went off, the letter just decided out of reach.
     */
    String decided(ClaimEvidence e) {
        decided = e;
        return chargebackOf(e).map(cb -> Messages.get("claims.chargeback.decided", cb)).orElse("");
    }

    /** A case shown on the desk: the one just decided is let go once another is. */
    void shown(ClaimEvidence e) {
        if (decided != null && e != null && !decided.claim().number().equals(e.claim().number())) {
            decided = null;
        }
    }

    /** The chargeback Print chargeback writes: the shown case's, or with none shown the case's just decided. */
    Optional<String> printable(ClaimEvidence shownCase) {
        return chargebackOf(shownCase != null ? shownCase : decided);
    }

    /** Asks where, then writes the chargeback of the case shown (or just decided) there. */
    void print(ClaimEvidence shownCase) {
        ClaimEvidence e = shownCase != null ? shownCase : decided;
        Optional<String> number = chargebackOf(e);
        if (number.isEmpty()) {
            resultLabel.setText(e == null ? Messages.get("claims.chargeback.noCase")
                    : Messages.get("claims.chargeback.none", e.claim().number()));
            return;
        }
        String cb = number.get();
        dialogs.chooseFileToSave(Messages.get("claims.chargeback.saveTitle", cb), lastFolder, cb + ".pdf",
                        Messages.get("claims.chargeback.pdfs"), "*.pdf")
                .ifPresent(file -> tasks.run(UiTasks.of(() -> pdf.write(cb, file), written -> {
                    lastFolder = written.toAbsolutePath().getParent();
                    String message = Messages.get("claims.chargeback.saved", cb, written.toString());
                    resultLabel.setText(message);
                    status.showMessage(message);
                }, ex -> {
                    if (CaseChanges.saidInLine(ex)) {
                        resultLabel.setText(ex.getMessage());
                    } else {
                        dialogs.error(Messages.get("claims.chargeback.failed", cb, ex.getMessage()),
                                Messages.get("claims.loadFailed.kept"), Messages.get("claims.chargeback.failed.todo"), ex);
                    }
                })));
    }
}
