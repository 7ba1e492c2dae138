package com.orderdesk.gui.invoicing;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.reporting.BatchPdfExport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import com.orderdesk.gui.common.BatchTask;

/**
 * Exports invoices and credit memos to one PDF each in a folder, on the batch exporter's worker
 * threads, reporting progress after every document. A {@link BatchTask}: Cancel (or Esc) stops
 * before the next document (PDFs already written stay) and the task ends with what was written,
 * so the screen says "Exported 3 of 40 PDFs; cancelled". Each document written is recorded as printed, so the
 * first export is the original and later ones are copies.
 */
final class DocumentExportTask extends BatchTask<BatchPdfExport.Result> {
    private final InvoicingDesk desk;
    private final Supplier<List<String>> numbers;
    private final Path folder;
    private final SignedInUser user;
    private volatile int chosen;

    /** {@code numbers} is called on the worker thread (it may query the database). */
    DocumentExportTask(InvoicingDesk desk, Supplier<List<String>> numbers, Path folder) {
        this.desk = desk;
        this.numbers = numbers;
        this.folder = folder;
        this.user = desk.currentUser().get();
        updateTitle("Exporting PDFs to " + folder);
        setStoppingText("Cancelling after the documents in hand\u2026");
    }

    /** How many documents the run was given (known once it has started). */
    int chosen() {
        return chosen;
    }

    /** "Exported 3 of 40 PDFs; cancelled": what a stopped run wrote, of how many. */
    static String stoppedSentence(BatchPdfExport.Result r, int of) {
        return "Exported " + r.written().size() + " of " + DocumentActions.pdfs(of) + "; cancelled";
    }

    @Override
    protected BatchPdfExport.Result call() throws Exception {
        updateMessage("Preparing the export…");
        List<String> chosen = numbers.get();
        this.chosen = chosen.size();
        updateProgress(0, Math.max(1, chosen.size()));
        BatchPdfExport export = new BatchPdfExport(desk.renderer().get(), desk.exportThreads());
        return export.export(chosen, number -> desk.book().document(user, number), folder,
                (number, partial, target) -> desk.book().publishPdf(user, number, partial, target),
                (number, file, failure, done, total) -> {
                updateProgress(done, total);
                if (!isStopRequested()) { // the bar's "Cancelling after…" stays once asked
                    updateMessage("Exported " + done + " of " + total + (failure == null ? ": " + number : ": " + number + " failed"));
                }
            }, this::isStopRequested);
    }
}
