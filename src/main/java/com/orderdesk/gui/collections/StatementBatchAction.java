package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.StatementUseCases;
import com.orderdesk.gui.common.BatchTask;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * "Print statements…" from the worklist (Ctrl+Shift+P): asks for a folder, then writes today's
 * statement of every customer owing a balance off the FX thread, with progress and Cancel. Kept
 * apart from the worklist controller, which only starts it.
 */
final class StatementBatchAction {
    private final StatementBatchViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats;

    StatementBatchAction(StatementBatchViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                         Formats formats) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.formats = formats;
    }

    void start(TaskProgressBar progress) {
        LocalDate today = model.today();
        java.util.Optional<com.orderdesk.gui.common.StatementChoice> asked = model.offersActivity()
                ? dialogs.chooseStatement("Print statements", today)
                : java.util.Optional.of(com.orderdesk.gui.common.StatementChoice.openItems(today));
        asked.ifPresent(choice -> start(progress, choice));
    }

    private void start(TaskProgressBar progress, com.orderdesk.gui.common.StatementChoice choice) {
        LocalDate asOf = choice.to();
        String what = choice.isActivity() ? "the activity statements of " + formats.date(choice.from()) + " to "
                + formats.date(asOf) : "the statements of " + formats.date(asOf);
        dialogs.chooseFolder("Folder for " + what, null).ifPresent(folder -> {
            // a BatchTask: Cancel (or Esc) stops after the statement in hand, and the outcome still says how many
            BatchTask<StatementUseCases.Outcome> task = new BatchTask<>() {
                @Override
                protected StatementUseCases.Outcome call() {
                    updateTitle("Printing statements");
                    var each = progress((n, of, customerNo) -> "Customer " + n + " of " + of + ": " + customerNo);
                    return choice.isActivity() ? model.runActivity(choice.from(), asOf, folder, each)
                            : model.run(asOf, folder, each);
                }
            };
            task.setStoppingText("Cancelling after the statement in hand\u2026");
            task.setOnSucceeded(e -> done(task.getValue(), folder, choice));
            task.setOnCancelled(e -> status.showMessage("Statements stopped; those written so far are in " + folder
                    + " (the run is in the audit trail)"));
            task.setOnFailed(e -> dialogs.error("The statements could not be printed: " + task.getException().getMessage(),
                    "Statements already written stay in " + folder + ".", "Check the folder and print again.",
                    task.getException()));
            progress.bind(tasks.run(task), true);
        });
    }

    private void done(StatementUseCases.Outcome o, Path folder, com.orderdesk.gui.common.StatementChoice choice) {
        if (o.cancelled()) {
            int looked = o.written().size() + o.leftOut().size() + o.failures().size();
            status.showMessage("Wrote " + o.written().size() + (o.written().size() == 1 ? " statement (" : " statements (") + looked
                    + " of " + o.candidates() + " customers); cancelled. They are in " + folder);
            return;
        }
        if (choice.isActivity()) {
            status.showMessage(o.written().size() + " activity statements of " + formats.date(choice.from()) + " to "
                    + formats.date(o.asOf()) + " written to " + folder + " (closing balances " + formats.money(o.billed()) + "); "
                    + o.leftOut().size() + " with no movement and nothing owed left out");
        } else {
            status.showMessage(o.written().size() + " statements of " + formats.date(o.asOf()) + " written to " + folder + " ("
                    + formats.money(o.billed()) + " due); " + o.leftOut().size() + " with a zero or credit balance left out");
        }
        if (!o.failures().isEmpty()) {
            dialogs.error(o.failures().size() + " statement(s) could not be written: " + o.failures().entrySet().stream()
                            .limit(5).map(f -> f.getKey() + " (" + f.getValue() + ")").collect(Collectors.joining(", ")),
                    "The other " + o.written().size() + " statements are in " + folder + ".",
                    "Print those customers' statements again from the invoices screen, or run the batch again.");
        }
    }
}
