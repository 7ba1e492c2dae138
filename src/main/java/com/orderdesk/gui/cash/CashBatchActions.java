package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.UnmappedCsvException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The cash desk's long work, each a cancellable background task shown in the screen's progress
 * bar: importing a bank file (then matching it), auto-matching the day, posting every AUTO answer.
 */
final class CashBatchActions {
    private final CashDeskServices desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final TaskProgressBar progress;
    private final Runnable refresh;
    private final Formats formats = Formats.forDefaultLocale();

    CashBatchActions(CashDeskServices desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                     TaskProgressBar progress, Runnable refresh) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.progress = progress;
        this.refresh = refresh;
    }

    /** Asks for a bank file and imports it (Ctrl+I / Import...). */
    void chooseAndImport(LocalDate day) {
        dialogs.chooseFileToOpen(Messages.get("cash.import.title"), null,
                Messages.get("cash.import.filter"),
                // files are recognised by content, so any name is offered; the usual ones are listed first
                "*.bai", "*.bai2", "*.txt", "*.xml", "*.csv", "*.sta", "*.940", "*.942", "*.x12", "*.edi", "*.820", "*")
                .ifPresent(file -> importFile(file, day));
    }

    void importFile(Path file, LocalDate day) {
        Task<ImportOutcome> task = new Task<>() {
            @Override
            protected ImportOutcome call() throws Exception {
                updateTitle("Importing " + file.getFileName());
                return desk.importFile(file, p -> updateProgress(p, 1), this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            ImportOutcome out = task.getValue();
            if (out.imported() == 0) {
                status.showMessage(out.summary(out.fileName()) + ": nothing new"
                        + (out.earlier().isEmpty() ? "" : "; " + out.earlier()));
                return;
            }
            // said with the matching's sentence that follows at once: alone, it was replaced before anyone read it
            autoMatch(day, imported(out, day) + ". ");
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof UnmappedCsvException unmapped) {
                mapColumnsAndImport(file, unmapped, day);
            } else {
                importFailed(file.getFileName().toString(), task.getException());
            }
        });
        task.setOnCancelled(e -> status.showMessage("Import cancelled: nothing was imported"));
        progress.bind(tasks.run(task), true);
    }

    /**
     * A bank CSV of a layout the desk does not know: the person maps its columns (the mapping is
     * saved in the book under the file's header, for this bank's next files) and the file is imported.
     */
    private void mapColumnsAndImport(Path file, UnmappedCsvException unmapped, LocalDate day) {
        String name = file.getFileName().toString();
        try {
            var earlier = desk.savedCsvMapping(unmapped.header());
            new CsvMappingDialog(progress.getScene().getWindow(), name, unmapped.header(), unmapped.delimiter(),
                    unmapped.sample(), earlier).showAndWait().ifPresentOrElse(mapping -> {
                        desk.saveCsvMapping(unmapped.header(), mapping);
                        status.showMessage("Column mapping of " + mapping.name() + " saved; importing " + name);
                        importFile(file, day);
                    }, () -> status.showMessage(name + " was not imported: its columns were not mapped"));
        } catch (RuntimeException e) {
            importFailed(name, e);
        }
    }

    private void importFailed(String file, Throwable e) {
        if (e instanceof ImportException ie) {
            List<String> problems = ie.problems();
            String listed = String.join("\n", problems.subList(0, Math.min(12, problems.size())))
                    + (problems.size() > 12 ? "\n... and " + (problems.size() - 12) + " more" : "");
            dialogs.error(file + " was not imported:\n" + listed, "Nothing from the file was imported.",
                    "Correct the file (or ask the bank for a new one) and import it again.");
        } else {
            dialogs.error(file + " was not imported: " + e.getMessage(), "Nothing from the file was imported.",
                    "Try again; if it keeps failing, send the file to support.", e);
        }
    }

    /**
     * "lockbox.bai: 3 payments imported (1,250.00)", with the skipped ones, and the day they were received when the
     * file's latest is not the day shown (a camt file of 31 December 2014 came in without a word of its date).
     */
    private String imported(ImportOutcome out, LocalDate day) {
        String received = out.latest() == null || out.latest().equals(day) ? ""
                : (out.imported() == 1 ? ", received " : ", the latest received ") + formats.date(out.latest());
        return String.format("%s: %d %s imported (%s)%s%s", out.fileName(), out.imported(),
                out.imported() == 1 ? "payment" : "payments", formats.money(out.total()),
                out.skipped() > 0 ? ", " + out.skipped() + " already in the book skipped" : "", received);
    }

    void autoMatch(LocalDate day) {
        autoMatch(day, "");
    }

    /** Matches the day's open payments; {@code before} opens the sentence that tells the outcome. */
    private void autoMatch(LocalDate day, String before) {
        Task<MatchOutcome> task = new Task<>() {
            @Override
            protected MatchOutcome call() {
                updateTitle("Matching payments");
                return desk.autoMatch(day, p -> updateProgress(p, 1), this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            MatchOutcome m = task.getValue();
            status.showMessage(before + String.format("Matched %d %s: %d auto, %d suggested, %d unapplied (%d ms). Review, then post.",
                    m.total(), m.total() == 1 ? "payment" : "payments", m.auto(), m.suggested(), m.unapplied(), m.millis()));
            refresh.run();
        });
        task.setOnCancelled(e -> status.showMessage(before + "Matching cancelled: no proposal was changed"));
        task.setOnFailed(e -> dialogs.error("Matching failed: " + task.getException().getMessage(),
                "No proposal was changed.", "Try again.", task.getException()));
        progress.bind(tasks.run(task), true);
    }

    /** Posts every AUTO payment of the day's list, or says there is none. */
    void postAllAuto(LocalDate day, List<DeskPayment> shown) {
        if (shown.stream().noneMatch(p -> p.status() == DeskStatus.AUTO)) {
            status.showMessage("No AUTO payments to post");
            return;
        }
        postAllAuto(day);
    }

    void postAllAuto(LocalDate day) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                updateTitle("Posting AUTO payments");
                int posted = desk.postAllAuto(day, p -> updateProgress(p, 1), this::isCancelled);
                if (isCancelled()) {
                    // the cancel came too late to stop the unit (it was being written), or after some were
                    // posted one by one: "nothing was posted", said when the cancel came, is corrected
                    Platform.runLater(() -> {
                        status.showMessage(posted == 0 ? "Posting cancelled: nothing was posted"
                                : "Posting cancelled: " + posted + " AUTO payments were posted before it stopped");
                        refresh.run();
                    });
                }
                return posted;
            }
        };
        task.setOnSucceeded(e -> {
            status.showMessage(task.getValue() + " AUTO payments posted");
            refresh.run();
        });
        task.setOnCancelled(e -> {
            // the AUTO answers post in one unit of work: a cancelled run posts none of them (see call() for
            // a cancel the use case saw too late)
            status.showMessage("Posting cancelled: nothing was posted");
            refresh.run();
        });
        task.setOnFailed(e -> dialogs.error("Posting stopped: " + task.getException().getMessage(),
                "Payments posted before the problem stay posted.", "Review the list and try again.", task.getException()));
        progress.bind(tasks.run(task), true);
    }
}
