package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.AllowedToUseAwt;
import com.orderdesk.gui.common.BatchTask;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.reporting.BatchPdfExport;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import com.orderdesk.reporting.FilledDocument;
import com.orderdesk.reporting.PartialFiles;
import com.orderdesk.logic.security.SignedInUser;

/**
 * What the invoice printing screen does with documents, each off the FX thread with its outcome in
 * the status bar (success) or a dialog (failure): issue invoices, preview, print through the system
 * dialog, export PDFs (selected, or everything not yet printed, with progress and cancel), and the
 * customer statement.
 */
@AllowedToUseAwt("prints the rendered pages: they come from the report renderer as AWT images")
final class DocumentActions {
    private final InvoicingDesk desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final TaskProgressBar progress;
    private final PagePreview preview;
    private final Label previewTitle;
    private final Runnable refresh;
    private Path lastFolder = Path.of(System.getProperty("user.home"));
    private final com.orderdesk.gui.common.Formats formats = com.orderdesk.gui.common.Formats.forDefaultLocale();
    /** The number of the document in the preview; null when it shows a statement. */
    private String previewed;
    /**
     * What fills the preview pane (a document or a statement): only the latest request's. The fill takes a second
     * or more and runs beside the others, so an earlier row's could come back after the row selected next.
     */
    private final LatestAnswer shown = new LatestAnswer();

    DocumentActions(InvoicingDesk desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                    TaskProgressBar progress, PagePreview preview, Label previewTitle, Runnable refresh) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.progress = progress;
        this.preview = preview;
        this.previewTitle = previewTitle;
        this.refresh = refresh;
    }

    private DocumentRenderer renderer() {
        return desk.renderer().get();
    }

    /**
     * Issues the shipments' invoices, one transaction each, with "Issuing invoice 37 of 281" on the bar
     * and Cancel (or Esc), which stops after the invoice in hand; {@code issued} gets the new numbers
     * (the list to reload and select them), also after a Cancel.
     */
    void issue(List<Long> shipmentIds, Consumer<List<String>> issued) {
        var user = desk.currentUser().get();
        BatchTask<IssueResult> task = new BatchTask<>() {
            @Override
            protected IssueResult call() {
                return desk.book().issueInvoices(user, shipmentIds, progress(IssuedText::issuing));
            }
        };
        task.setStoppingText(IssuedText.STOPPING);
        task.setOnSucceeded(e -> {
            IssueResult r = task.getValue();
            issued.accept(r.issued());
            String done = IssuedText.done(r, shipmentIds.size());
            if (done != null) {
                status.showMessage(done);
            }
            if (!r.failures().isEmpty()) {
                dialogs.error(r.failures().size() + (r.failures().size() == 1 ? " shipment" : " shipments") + " could not be invoiced: " + first(r.failures().entrySet().stream()
                                .map(x -> x.getKey() + ": " + x.getValue()).toList()),
                        "Nothing was stored for them and no invoice number was used; the other invoices were issued.",
                        "Correct what the message names, then invoice the shipments again.");
            }
        });
        task.setOnFailed(e -> dialogs.error("Invoices could not be issued: " + task.getException().getMessage(),
                "Nothing was stored for the failed shipment; the invoices issued before it stay issued.",
                "Try again; if it happens again, tell the administrator.", task.getException()));
        task.setOnRunning(e -> status.showMessage(IssuedText.starting(shipmentIds.size())));
        progress.bind(tasks.run(task), true);
    }

    void creditMemo(DocumentRow invoice, CreditRequest request) {
        var user = desk.currentUser().get();
        tasks.run(UiTasks.of(() -> desk.book().issueCreditMemo(user, invoice.number(), request), memo -> {
            status.showMessage("Credit memo " + memo + " issued on " + invoice.number());
            refresh.run();
        }, e -> {
            if (e instanceof CreditRefusedException refused) {
                dialogs.error("The credit memo on " + invoice.number() + " was refused: " + String.join(" ", refused.problems()),
                        "Nothing was stored and no credit memo number was used.",
                        "Credit a smaller amount, or check the credit memos already issued on this invoice.");
            } else {
                dialogs.error("The credit memo on " + invoice.number() + " could not be issued: " + e.getMessage(),
                        "Nothing was stored.", "Try again; if it happens again, tell the administrator.", e);
            }
        }));
    }

    /** Fills and shows {@code row}'s document; {@code failed} gets the sentence when it cannot be shown. */
    void preview(DocumentRow row, Consumer<String> failed) {
        tasks.run(shown.of(() -> renderer().fill(desk.book().document(desk.currentUser().get(), row.number())), print -> {
            previewed = row.number();
            // the customer's name whole here too: the list shortens the longest names (tour of 7 December)
            previewTitle.setText((row.kind() == DocumentKind.INVOICE ? "Invoice " : "Credit memo ") + row.number()
                    + (row.printed() ? " (prints as COPY)" : "")
                    + (row.customerName() == null || row.customerName().isEmpty() ? "" : " \u00b7 " + row.customerName()));
            preview.show(print);
        }, e -> {
            String message = "Preview of " + row.number() + " failed: " + e.getMessage();
            status.showMessage(message);
            failed.accept(message);
        }));
    }

    /** Nothing is selected: a document or statement still on its way no longer fills the pane. */
    void forgetPreview() {
        shown.forget();
    }

    /** Asks which statement (open items, or the activity of a period), then fills it off the FX thread into the preview. */
    void statement(String customerNumber) {
        LocalDate today = LocalDate.now(desk.clock());
        dialogs.chooseStatement("Statement of account " + customerNumber, today).ifPresent(choice -> {
            String title = choice.isActivity() ? "Statement of account " + customerNumber + ", activity "
                    + formats.date(choice.from()) + " to " + formats.date(choice.to()) : "Statement of account " + customerNumber;
            tasks.run(shown.of(() -> {
                if (choice.isActivity()) {
                    return renderer().fill(desk.book().activity(desk.currentUser().get(), customerNumber, choice.from(),
                            choice.to()));
                }
                StatementDocument doc = desk.book().statement(desk.currentUser().get(), customerNumber, today);
                return renderer().fill(doc);
            }, print -> {
                previewed = null;
                previewTitle.setText(title);
                preview.show(print);
                status.showMessage(title + " ready");
            }, e -> dialogs.error("The statement for " + customerNumber + " could not be prepared: " + e.getMessage(),
                    "Nothing was changed.", "Try again; if it happens again, tell the administrator.", e)));
        });
    }

    void print(List<String> numbers) {
        if (numbers.isEmpty()) {
            status.showMessage("Select the invoices or credit memos to print.");
            return;
        }
        if (!DocumentPrinting.hasPrinter()) {
            dialogs.error("Printing is not possible: no printer is installed on this computer.", "Nothing was recorded as printed.",
                    "Export the documents as PDFs (Ctrl+E) and print them elsewhere, or install a printer.");
            return;
        }
        var user = desk.currentUser().get();
        String what = numbers.size() == 1 ? numbers.get(0) : numbers.size() + " documents";
        // a BatchTask: Cancel (or Esc) stops at the next page of the fill or drawing, not after the last document
        BatchTask<DocumentPrinting.Prepared> task = new BatchTask<>() {
            { // on the FX thread: the bar has words from the moment it shows
                updateTitle("Preparing " + what + " for printing\u2026");
            }

            @Override
            protected DocumentPrinting.Prepared call() {
                return DocumentPrinting.pages(renderer(), n -> desk.book().document(user, n), numbers,
                        progress((n, of, number) -> "Preparing " + number + " (" + n + " of " + of + ") for printing\u2026"));
            }
        };
        task.setStoppingText("Cancelling at the next page\u2026");
        task.setOnSucceeded(e -> {
            DocumentPrinting.Prepared prepared = task.getValue();
            if (prepared.stopped()) {
                status.showMessage(printCancelled(prepared));
            } else {
                sendToPrinter(numbers, prepared.pages());
            }
        });
        task.setOnFailed(e -> dialogs.error("The documents could not be prepared for printing: " + task.getException().getMessage(),
                "Nothing was printed or recorded.", "Try again; if it happens again, tell the administrator.", task.getException()));
        task.setOnRunning(e -> status.showMessage("Preparing " + what + " for printing\u2026"));
        progress.bind(tasks.run(task), true);
    }

    /** "Printing cancelled after preparing 3 of 40 documents; nothing was printed or recorded." */
    static String printCancelled(DocumentPrinting.Prepared prepared) {
        return "Printing cancelled after preparing " + prepared.documents() + " of " + prepared.of()
                + (prepared.of() == 1 ? " document" : " documents") + "; nothing was printed or recorded.";
    }

    private void sendToPrinter(List<String> numbers, List<BufferedImage> pages) {
        boolean printed;
        try {
            printed = DocumentPrinting.print(progress.getScene() == null ? null : progress.getScene().getWindow(),
                    numbers.size() == 1 ? numbers.get(0) : numbers.size() + " invoices", pages);
        } catch (RuntimeException e) {
            dialogs.error("Printing failed: " + e.getMessage(), "Nothing was recorded as printed.",
                    "Check the printer, or export the PDFs and print them from there.", e);
            return;
        }
        if (!printed) {
            status.showMessage("Printing cancelled; nothing was recorded.");
            return;
        }
        recordPrints(numbers, "Printed " + (numbers.size() == 1 ? numbers.get(0) : numbers.size() + " documents") + " ("
                + pages.size() + (pages.size() == 1 ? " page)" : " pages)"));
    }

    private void recordPrints(List<String> numbers, String message) {
        var user = desk.currentUser().get();
        tasks.run(UiTasks.of(() -> {
            desk.book().recordPrints(user, numbers);
            return null;
        }, v -> {
            status.showMessage(message);
            refresh.run();
        }, e -> status.showMessage(message + ", but the print could not be recorded: " + e.getMessage())));
    }

    void exportSelected(List<String> numbers) {
        if (numbers.isEmpty()) {
            status.showMessage("Select the invoices or credit memos to export.");
            return;
        }
        dialogs.chooseFolder("Export " + pdfs(numbers.size()) + " to", lastFolder)
                .ifPresent(folder -> export(() -> numbers, folder));
    }

    void exportUnprinted() {
        dialogs.chooseFolder("Export every document not yet printed to", lastFolder)
                .ifPresent(folder -> export(() -> desk.book().unprintedNumbers(desk.currentUser().get()), folder));
    }

    /** "1 PDF", "2 PDFs": the export's dialog title and its message read as sentences. */
    static String pdfs(int count) {
        return count + (count == 1 ? " PDF" : " PDFs");
    }

    private void export(Supplier<List<String>> numbers, Path folder) {
        lastFolder = folder;
        DocumentExportTask task = new DocumentExportTask(desk, numbers, folder);
        task.setOnSucceeded(e -> {
            BatchPdfExport.Result r = task.getValue();
            refresh.run();
            if (r.cancelled()) { // Cancel: the PDFs written are kept and recorded, the rest not printed
                status.showMessage(DocumentExportTask.stoppedSentence(r, task.chosen()));
                return;
            }
            status.showMessage("Exported " + pdfs(r.written().size()) + " (" + r.pages() + (r.pages() == 1 ? " page" : " pages") + ") to "
                    + folder);
            if (!r.failures().isEmpty()) {
                dialogs.error(r.failures().size() + " documents could not be exported: " + first(r.failures().entrySet().stream()
                                .map(x -> x.getKey() + ": " + x.getValue()).toList()),
                        "The other " + r.written().size() + " PDFs are in " + folder + "; the failed ones were not recorded as printed.",
                        "Correct what the message names, then export the documents not yet printed again.");
            }
        });
        task.setOnFailed(e -> dialogs.error("The export stopped: " + task.getException().getMessage(),
                "PDFs already written to " + folder + " are kept.", "Check the folder (space, permissions) and export again.",
                task.getException()));
        progress.bind(tasks.run(task), true);
    }

    void savePreview() {
        FilledDocument print = preview.printProperty().get();
        if (print == null) {
            return;
        }
        String document = previewed;
        String name = document != null ? document : print.name();
        var user = desk.currentUser().get();
        dialogs.chooseFileToSave("Save PDF", lastFolder, DocumentRenderer.fileName(name), "PDF documents", "*.pdf")
                .ifPresent(file -> tasks.run(UiTasks.of(() -> save(user, document, print, file), f -> {
                    lastFolder = f.getParent();
                    status.showMessage("Saved " + f + (document == null ? "" : "; the print is recorded"));
                    if (document != null) {
                        refresh.run();
                    }
                }, e -> dialogs.error("The PDF could not be saved: " + e.getMessage(), "Nothing was recorded.",
                        "Choose another folder and save again.", e))));
    }

    /** An invoice or memo is published with the record of its print (exactly once); a statement is only written. */
    private Path save(SignedInUser user, String document, FilledDocument print,
                                    Path file) {
        if (document == null) {
            return renderer().exportPdf(print, file);
        }
        Path partial = renderer().exportPartial(print, file.toAbsolutePath().getParent(), document);
        try {
            return desk.book().publishPdf(user, document, partial, file);
        } finally {
            PartialFiles.done(partial);
        }
    }

    void printPreview() {
        FilledDocument print = preview.printProperty().get();
        if (print == null) {
            return;
        }
        String number = previewed;
        tasks.run(UiTasks.of(() -> DocumentPrinting.pages(renderer(), List.of(print)), pages -> {
            if (number != null) {
                sendToPrinter(List.of(number), pages);
            } else {
                try {
                    if (DocumentPrinting.print(progress.getScene().getWindow(), print.name(), pages)) {
                        status.showMessage("Printed " + print.name());
                    }
                } catch (RuntimeException e) {
                    dialogs.error("Printing failed: " + e.getMessage(), "Nothing was changed.", "Check the printer, or save the PDF.", e);
                }
            }
        }, e -> status.showMessage("Printing failed: " + e.getMessage())));
    }

    private static String first(List<String> messages) {
        return messages.size() == 1 ? messages.get(0) : messages.get(0) + " (and " + (messages.size() - 1) + " more)";
    }
}
