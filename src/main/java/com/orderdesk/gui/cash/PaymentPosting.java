package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Posting the payment on screen as the grid applies it (Ctrl+S / Alt+P), and reversing a posted
 * one after asking (Alt+V); both off the FX thread, then the day's list and the payment are read again.
 */
final class PaymentPosting {
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();
    private final CashDeskServices desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final ApplyViewModel apply;
    private final Consumer<List<String>> problems;
    private final LongConsumer reload;
    private final LongConsumer posted;

    /**
     * @param problems told what keeps the grid from being posted
     * @param reload   told the payment's id after a reversal: reread the day keeping it selected, and show it
     * @param posted   told the payment's id after a post: reread the day and move on to the next payment to work
     */
    PaymentPosting(CashDeskServices desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status, ApplyViewModel apply,
                   Consumer<List<String>> problems, LongConsumer reload, LongConsumer posted) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.apply = apply;
        this.problems = problems;
        this.reload = reload;
        this.posted = posted;
    }

    void post() {
        if (apply.detail() == null || apply.detail().payment().status().posted()) {
            return;
        }
        List<String> found = apply.problems();
        if (!found.isEmpty()) {
            problems.accept(found);
            return;
        }
        var payment = apply.detail().payment();
        String number = payment.number();
        // the engine only suggested it: the clerk says whether it is the book's money (they know the bank account)
        if (payment.noCurrency() && !dialogs.confirm("Post as " + Money.BOOK_CURRENCY, "payment " + number + " of "
                + FORMATS.money(payment.amount()) + ", whose file named no currency", "It is posted and kept as "
                + Money.BOOK_CURRENCY + " " + FORMATS.money(payment.amount()) + "; the audit trail says you stated the currency.")) {
            status.showMessage("Payment " + number + " not posted: its currency was not confirmed");
            return;
        }
        var request = apply.request(payment.noCurrency());
        tasks.run(UiTasks.of(() -> {
            desk.post(request);
            return null;
        }, v -> {
            status.showMessage("Payment " + number + " posted");
            posted.accept(request.paymentId());
        }, e -> dialogs.error("Payment " + number + " was not posted: " + e.getMessage(),
                "Nothing was posted; the amounts you typed are still on the screen.", "Correct them and post again.")));
    }

    void reverse() {
        PaymentDetail d = apply.detail();
        if (d == null || !d.payment().status().posted()) {
            return;
        }
        String number = d.payment().number();
        if (!dialogs.confirm("Reverse posting", "payment " + number,
                "The invoices it paid are opened again; the reversal is kept in the audit trail.")) {
            return;
        }
        tasks.run(UiTasks.of(() -> {
            desk.reverse(d.payment().id(), d.version(), "reversed at the cash desk");
            return null;
        }, v -> {
            status.showMessage("Payment " + number + " reversed");
            reload.accept(d.payment().id());
        }, e -> dialogs.error("Payment " + number + " was not reversed: " + e.getMessage(), "Nothing was changed.",
                "Reload the day and try again.")));
    }
}
