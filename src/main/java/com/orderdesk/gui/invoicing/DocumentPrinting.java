package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.AllowedToUseAwt;
import com.orderdesk.reporting.DocumentRenderer;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import com.orderdesk.reporting.FilledDocument;

/**
 * Printing through the system print dialog (javafx.print): pages are drawn at 150 dpi off the FX
 * thread ({@link #pages}), then sent to the printer the user chose, scaled to the printable area.
 */
@AllowedToUseAwt("turns the renderer's AWT page images into JavaFX images for the system printer")
final class DocumentPrinting {
    /** 150 dpi: sharp on paper, small enough to keep a long batch in memory one document at a time. */
    static final float PRINT_ZOOM = 150f / 72f;

    private DocumentPrinting() {
    }

    /** Off the FX thread: every page of every document as an image. */
    static List<BufferedImage> pages(DocumentRenderer renderer, List<FilledDocument> prints) {
        List<BufferedImage> pages = new ArrayList<>();
        for (FilledDocument p : prints) {
            pages.addAll(renderer.renderPages(p, PRINT_ZOOM));
        }
        return pages;
    }

    /**
     * What preparing a print came to: every page of the {@code of} documents, or, stopped, no page and
     * how many documents were prepared whole before the stop.
     */
    @AllowedToUseAwt("carries the renderer's AWT page images from the preparation to the printer")
    record Prepared(List<BufferedImage> pages, int documents, int of, boolean stopped) {
    }

    /**
     * Off the FX thread: every page of the documents {@code numbers}, read one at a time with
     * {@code documents}; {@code progress} is told before each document and asked after each page (of the
     * fill, then of the drawing), so Cancel stops at the next page instead of after the last document.
     */
    static Prepared pages(DocumentRenderer renderer, Function<String, InvoiceDocument> documents, List<String> numbers,
                          BatchProgress progress) {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (progress.stopRequested()) {
                return new Prepared(List.of(), i, numbers.size(), true);
            }
            progress.starting(i + 1, numbers.size(), numbers.get(i));
            Optional<FilledDocument> filled = renderer.fill(documents.apply(numbers.get(i)), progress::stopRequested);
            if (filled.isEmpty()) {
                return new Prepared(List.of(), i, numbers.size(), true);
            }
            for (int page = 0; page < filled.get().pageCount(); page++) {
                if (progress.stopRequested()) {
                    return new Prepared(List.of(), i, numbers.size(), true);
                }
                pages.add(renderer.renderPage(filled.get(), page, PRINT_ZOOM));
            }
        }
        return new Prepared(pages, numbers.size(), numbers.size(), false);
    }

    /** Whether the system has a printer at all (checked before drawing pages for nothing). */
    static boolean hasPrinter() {
        return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
    }

    /**
     * On the FX thread: shows the print dialog and prints the pages.
     *
     * @return false when there is no printer or the user cancelled the dialog (nothing printed)
     */
    static boolean print(Window owner, String jobName, List<BufferedImage> pages) {
        if (!hasPrinter()) {
            throw new IllegalStateException("No printer is installed on this computer");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new IllegalStateException("No printer is installed on this computer");
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.NA_LETTER, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                throw new IllegalStateException("The printer refused page " + (pages.indexOf(page) + 1) + ": " + job.getJobStatus());
            }
        }
        return job.endJob();
    }
}
