package com.orderdesk.gui.invoicing;

import com.orderdesk.logic.invoicing.PrintRecorder;
import com.orderdesk.logic.invoicing.print.BatchPdfExport;
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
    private final String user;

    /** {@code numbers} is called on the worker thread (it may query the database). */
    DocumentExportTask(InvoicingDesk desk, Supplier<List<String>> numbers, Path folder) {
        this.desk = desk;
        this.numbers = numbers;
        this.folder = folder;
        this.user = desk.currentUser().get();
        updateTitle("Exporting PDFs to " + folder);
    }

    @Override
    protected BatchPdfExport.Result call() throws Exception {
        updateMessage("Preparing the export…");
        List<String> chosen = numbers.get();
        updateProgress(0, Math.max(1, chosen.size()));
        BatchPdfExport export = new BatchPdfExport(desk.renderer().get(), desk.exportThreads());
        PrintRecorder prints = new PrintRecorder(desk.book(), user);
        try {
            return export.export(chosen, desk.book()::document, folder, (number, file, failure, done, total) -> {
                if (file != null) {
                    prints.printed(number);
                }
                updateProgress(done, total);
                updateMessage("Exported " + done + " of " + total + (failure == null ? ": " + number : ": " + number + " failed"));
            }, this::isCancelled);
        } finally {
            prints.flush();
        }
    }
}
