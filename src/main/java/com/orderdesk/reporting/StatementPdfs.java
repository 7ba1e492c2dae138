package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.print.StatementDocument;
import java.nio.file.Path;

/**
 * Statements of a batch as PDF files, one per customer, named {@code STMT-<customer>-<date>.pdf}
 * so a second batch on another day never overwrites the first. Each file is written under a
 * temporary name and moved into place, so a cancelled or failed batch leaves no half-written file.
 */
public final class StatementPdfs {
    private final DocumentRenderer renderer;
    private final Path folder;

    public StatementPdfs(DocumentRenderer renderer, Path folder) {
        this.renderer = renderer;
        this.folder = folder;
    }

    public static String fileName(StatementDocument doc) {
        return DocumentRenderer.fileName("STMT-" + doc.customerNumber() + "-" + doc.statementDate());
    }

    /** {@code STMT-<customer>-<first day>-to-<last day>.pdf}: never the name of an open-item statement. */
    public static String fileName(com.orderdesk.logic.invoicing.print.ActivityStatement doc) {
        return DocumentRenderer.fileName("STMT-" + doc.customerNumber() + "-" + doc.from() + "-to-" + doc.to());
    }

    public Path write(com.orderdesk.logic.invoicing.print.ActivityStatement doc) {
        return renderer.exportPdf(renderer.fill(doc), folder.resolve(fileName(doc)));
    }

    public Path write(StatementDocument doc) {
        return renderer.exportPdf(renderer.fill(doc), folder.resolve(fileName(doc)));
    }
}
