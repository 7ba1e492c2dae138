package com.orderdesk.gui.credit;

import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The hold desk's actions on the customer of the order shown (its credit limit and risk class, its
 * manual hold, its credit review), split from CreditHoldsController. Each runs through the desk's
 * {@link Acting#act} and reloads the queue with what it did.
 */
final class HoldCustomerActions {
    /** The desk's way to run a change off the FX thread (CreditHoldsController.act). */
    interface Acting {
        <T> void act(Callable<T> work, Consumer<T> done);
    }

    /** Where the actions read and write on the desk. */
    record Fields(Node root, TextField limitField, ComboBox<RiskClass> newRiskBox, TextArea reasonField) {
    }

    private final CreditUseCases desk;
    private final CreditHoldsViewModel model;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final Formats formats;
    private final Clock clock;
    private final Fields fields;
    private final Supplier<HoldDetail> shown;
    private final Acting acting;
    private final Consumer<String> reload;
    private final Runnable backToQueue;

    HoldCustomerActions(CreditUseCases desk, CreditHoldsViewModel model, UiTaskRunner tasks, StatusBarModel status, Formats formats,
                        Clock clock, Fields fields, Supplier<HoldDetail> shown, Acting acting, Consumer<String> reload,
                        Runnable backToQueue) {
        this.desk = desk;
        this.model = model;
        this.tasks = tasks;
        this.status = status;
        this.formats = formats;
        this.clock = clock;
        this.fields = fields;
        this.shown = shown;
        this.acting = acting;
        this.reload = reload;
        this.backToQueue = backToQueue;
    }

    /** The customer's limit and risk class in the fields under the detail, or none while no detail is shown. */
    void showTerms(HoldDetail d) {
        fields.limitField().setText(d == null || d.customer().creditLimit() == null ? "" : formats.money(d.customer().creditLimit()));
        fields.newRiskBox().setValue(d == null ? null : d.customer().riskClass());
    }

    void changeLimit() {
        HoldDetail d = shown.get();
        if (d == null) {
            return;
        }
        Money limit;
        try {
            limit = fields.limitField().getText().isBlank() ? null : Money.of(formats.parseMoney(fields.limitField().getText()));
        } catch (RuntimeException e) {
            status.showMessage(Messages.get("holds.badLimit"));
            fields.limitField().requestFocus();
            return;
        }
        long customerId = d.customer().customerId();
        String name = d.customer().customerName();
        RiskClass risk = fields.newRiskBox().getValue();
        String note = fields.reasonField().getText();
        var refusal = HoldRefusals.limitChange(name, limit, note, limit == null ? "" : formats.money(limit));
        if (refusal.isPresent()) {
            refused(refusal.get(), limit != null && limit.isNegative() ? fields.limitField() : fields.reasonField());
            return;
        }
        acting.act(() -> desk.changeCreditLimit(model.currentUser(), customerId, limit, risk, note), change -> {
            if (!change.changed()) {
                fields.reasonField().setText(note); // nothing was saved: the note typed is still the manager's
            }
            reload.accept(HoldDeskText.limitChanged(name, change.changed(), change.released()));
        });
    }

    void toggleHold() {
        HoldDetail d = shown.get();
        if (d == null) {
            return;
        }
        boolean on = !d.customer().manualHold();
        long customerId = d.customer().customerId();
        String name = d.customer().customerName();
        String note = fields.reasonField().getText();
        var refusal = HoldRefusals.manualHold(name, on, note);
        if (refusal.isPresent()) {
            refused(refusal.get(), fields.reasonField());
            return;
        }
        acting.act(() -> desk.setManualHold(model.currentUser(), customerId, on, note),
                moved -> reload.accept(HoldDeskText.manualHold(name, on, moved)));
    }

    /** On a hold for an overdue review: the dialog records the customer's review off the FX thread. */
    void recordReview() {
        HoldDetail d = shown.get();
        if (!ReviewDialog.applies(d)) {
            return;
        }
        ReviewDialog.ask(fields.root().getScene().getWindow(), tasks, desk, model.currentUser(), d.customer(), formats,
                java.time.LocalDate.now(clock)).ifPresent(r -> {
                    reload.accept(HoldDeskText.reviewRecorded(r, formats));
                    backToQueue.run(); // back in the queue, not wherever the window's focus fell as the dialog closed
                });
    }

    private void refused(String sentence, Node field) {
        status.showMessage(sentence);
        // after the key that ran the action the scene focuses its button: move on after that
        javafx.application.Platform.runLater(field::requestFocus);
    }
}
