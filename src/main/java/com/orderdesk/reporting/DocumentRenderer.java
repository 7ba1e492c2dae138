package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.SampleDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFillInterruptedException;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.ReportFiller;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills the templates with prepared documents and exports them: PDF to a stream or a file, or page
 * images for the in-app preview. Thread-safe: share one per run (it holds the compiled templates
 * and the logo). Nothing here keeps a filled document: callers fill, export and drop.
 */
public final class DocumentRenderer {
    private final ReportCatalog catalog;
    private final ReportInputs inputs;
    private final CompanyProfile company;

    public DocumentRenderer(ReportCatalog catalog, CompanyProfile company) {
        this.catalog = catalog;
        this.company = company;
        this.inputs = new ReportInputs(new Letterhead(company));
    }

    /** The company this renderer prints on every document (a changed company needs a new renderer). */
    public CompanyProfile company() {
        return company;
    }

    public FilledDocument fill(InvoiceDocument doc) {
        return fill(inputs.invoice(doc));
    }

    public FilledDocument fill(PickListDocument doc) {
        return fill(inputs.pickList(doc));
    }

    public FilledDocument fill(StatementDocument doc) {
        return fill(inputs.statement(doc));
    }

    public FilledDocument fill(com.orderdesk.logic.invoicing.print.ActivityStatement doc) {
        return fill(inputs.activity(doc));
    }

    public FilledDocument fill(ReportInput input) {
        try {
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(catalog.get(input.template()), input.parameters(), input.rows());
            print.setName(input.name());
            return new FilledDocument(print);
        } catch (JRException e) {
            throw new DocumentRenderException("cannot fill " + input.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@link #fill(InvoiceDocument)} that can be stopped halfway: {@code stop} is asked after every page the
     * fill makes, and true ends the fill at the next band it starts (JasperReports' own cancel, which its fill
     * loop checks through the thread's interrupt flag), with no document (empty). A print of a long batch stops within a page of Cancel instead
     * of filling to its end and dropping the result (decision 0009).
     */
    public Optional<FilledDocument> fill(InvoiceDocument doc, BooleanSupplier stop) {
        ReportInput input = inputs.invoice(doc);
        if (stop.getAsBoolean()) {
            return Optional.empty();
        }
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            ReportFiller filler = JRFiller.createReportFiller(DefaultJasperReportsContext.getInstance(), catalog.get(input.template()));
            filler.addFillListener(new FillListener() {
                @Override
                public void pageGenerated(JasperPrint print, int pageIndex) {
                    if (!cancelled.get() && stop.getAsBoolean()) {
                        cancelled.set(true);
                        cancel(filler);
                    }
                }

                @Override
                public void pageUpdated(JasperPrint print, int pageIndex) {
                    // a page's content changing after it was made says nothing about stopping
                }
            });
            JasperPrint print = filler.fill(input.parameters(), input.rows());
            if (print == null || cancelled.get()) { // the filler answers a cancelled fill with none, or ends on its last page
                return Optional.empty();
            }
            print.setName(input.name());
            return Optional.of(new FilledDocument(print));
        } catch (JRFillInterruptedException e) {
            return Optional.empty();
        } catch (JRException e) {
            throw new DocumentRenderException("cannot fill " + input.name() + ": " + e.getMessage(), e);
        } finally {
            if (cancelled.get()) {
                // the fill's cancel interrupts the filling thread, this one, which its next band check clears;
                // a fill cancelled on its last page ends with the flag still set, which the caller must not inherit
                Thread.interrupted();
            }
        }
    }

    /** JasperReports' cancel marks the fill and interrupts the filling thread (here, the caller's own). */
    private static void cancel(ReportFiller filler) {
        try {
            filler.cancelFill();
        } catch (JRException e) {
            throw new DocumentRenderException("cannot stop the fill: " + e.getMessage(), e);
        }
    }

    /** Writes the PDF to {@code out} (not closed). */
    public void exportPdf(FilledDocument document, OutputStream out) {
        JasperPrint print = document.print();
        JRPdfExporter exporter = new JRPdfExporter(DefaultJasperReportsContext.getInstance());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(print.getName());
        config.setMetadataCreator("Order Desk");
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new DocumentRenderException("cannot export " + print.getName() + " to PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the PDF to {@code file} through a temporary file in the same folder, so a crash or a
     * full disk never leaves a half-written PDF under the final name.
     */
    public Path exportPdf(FilledDocument print, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".partial-", ".pdf");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                exportPdf(print, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new DocumentRenderException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes the PDF under a partial name in {@code dir} ({@link PartialFiles}), for the caller to
     * publish under its final name together with the record of the print.
     */
    public Path exportPartial(FilledDocument print, Path dir, String documentNumber) {
        Path tmp = null;
        try {
            tmp = PartialFiles.create(dir, documentNumber);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                exportPdf(print, out);
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
                PartialFiles.done(tmp);
            }
            if (e instanceof DocumentRenderException d) {
                throw d;
            }
            throw new DocumentRenderException("cannot write the PDF of " + documentNumber + " in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Fills and writes one invoice or credit memo to {@code dir/<number>.pdf}. */
    public Path writePdf(InvoiceDocument doc, Path dir) {
        return exportPdf(fill(doc), dir.resolve(fileName(doc.number())));
    }

    /** One page as an image for the preview; {@code zoom} 1 is 72 dpi, 2 is 144 dpi. */
    public BufferedImage renderPage(FilledDocument document, int pageIndex, float zoom) {
        JasperPrint print = document.print();
        if (pageIndex < 0 || pageIndex >= print.getPages().size()) {
            throw new IllegalArgumentException("page " + (pageIndex + 1) + " of " + print.getName()
                    + " does not exist; it has " + print.getPages().size());
        }
        int width = Math.max(1, Math.round(print.getPageWidth() * zoom));
        int height = Math.max(1, Math.round(print.getPageHeight() * zoom));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            JRGraphics2DExporter exporter = new JRGraphics2DExporter(DefaultJasperReportsContext.getInstance());
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
            output.setGraphics2D(g);
            exporter.setExporterOutput(output);
            SimpleGraphics2DReportConfiguration config = new SimpleGraphics2DReportConfiguration();
            config.setPageIndex(pageIndex);
            config.setZoomRatio(zoom);
            exporter.setConfiguration(config);
            exporter.exportReport();
        } catch (JRException e) {
            throw new DocumentRenderException("cannot draw page " + (pageIndex + 1) + " of " + print.getName()
                    + ": " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        return image;
    }

    public List<BufferedImage> renderPages(FilledDocument document, float zoom) {
        JasperPrint print = document.print();
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < print.getPages().size(); i++) {
            pages.add(renderPage(document, i, zoom));
        }
        return pages;
    }

    /**
     * Loads every template and fills, draws and exports one made-up invoice, dropping the results:
     * the first fill, page image and PDF export of a run load fonts and a few thousand classes (a
     * second or more), which a clerk's first preview or print then does not wait for.
     */
    public void warmUp() {
        catalog.warmUp();
        FilledDocument sample = fill(SampleDocuments.invoice(1, 1, 3));
        renderPage(sample, 0, 1f);
        exportPdf(sample, OutputStream.nullOutputStream());
    }

    /** A safe file name for a document number: letters, digits, dash and underscore only. */
    public static String fileName(String documentNumber) {
        return documentNumber.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf";
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the move succeeded or the write failed: either way the temp file is best-effort cleanup
            }
        }
    }
}
