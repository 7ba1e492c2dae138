package com.orderdesk.gui.invoicing;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.reporting.BatchPdfExport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Exports invoices and credit memos to one PDF each in a folder, on the batch exporter's worker
 * threads, reporting progress after every document and stopping before the next one when
 * cancelled (PDFs already written stay). Each document written is recorded as printed, so the
 * first export is the original and later ones are copies.
 */
final class DocumentExportTask extends Task<BatchPdfExport.Result> {
    private final InvoicingDesk desk;
    private final Supplier<List<String>> numbers;
    private final Path folder;
    private final SignedInUser user;
    private Runnable afterCancelledBatchStopped = () -> { };

    /** {@code numbers} is called on the worker thread (it may query the database). */
    DocumentExportTask(InvoicingDesk desk, Supplier<List<String>> numbers, Path folder) {
        this.desk = desk;
        this.numbers = numbers;
        this.folder = folder;
        this.user = desk.currentUser().get();
        updateTitle("Exporting PDFs to " + folder);
    }

    /**
     * Run on the FX thread once a cancelled batch has really stopped (the document in progress
     * finished and its PDF published with its record), which is later than the task's CANCELLED state.
     */
    void setAfterCancelledBatchStopped(Runnable action) {
        this.afterCancelledBatchStopped = action;
    }

    /**
     * Cancelling never interrupts: the workers finish the document in hand (an interrupted write
     * could fail it after its PDF exists) and stop before the next.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    @Override
    protected BatchPdfExport.Result call() throws Exception {
        updateMessage("Preparing the export…");
        List<String> chosen = numbers.get();
        updateProgress(0, Math.max(1, chosen.size()));
        BatchPdfExport export = new BatchPdfExport(desk.renderer().get(), desk.exportThreads());
        try {
            return export.export(chosen, number -> desk.book().document(user, number), folder,
                    (number, partial, target) -> desk.book().publishPdf(user, number, partial, target),
                    (number, file, failure, done, total) -> {
                updateProgress(done, total);
                updateMessage("Exported " + done + " of " + total + (failure == null ? ": " + number : ": " + number + " failed"));
            }, this::isCancelled);
        } finally {
            if (isCancelled()) {
                javafx.application.Platform.runLater(afterCancelledBatchStopped);
            }
        }
    }
}
