package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.reporting.ReportCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a shipment's pick list as a PDF (Jasper, reports/pick_list.jrxml) into a folder. Call off the FX thread. */
public final class PickListPdf {
    private final Path folder;
    private final CompanyProfile company;
    private DocumentRenderer renderer;

    public PickListPdf(Path folder, CompanyProfile company) {
        this.folder = folder;
        this.company = company;
    }

    public Path write(PickListDocument doc) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the pick-list folder " + folder, e);
        }
        synchronized (this) {
            if (renderer == null) {
                renderer = new DocumentRenderer(new ReportCatalog(), company);
            }
        }
        return renderer.exportPdf(renderer.fill(doc), folder.resolve(DocumentRenderer.fileName(doc.shipmentNumber())));
    }

    public Path folder() {
        return folder;
    }
}
