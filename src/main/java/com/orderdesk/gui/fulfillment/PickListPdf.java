package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.ReportCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Writes a shipment's pick list as a PDF (Jasper, reports/pick_list.jrxml) into a folder. Call off the FX thread. */
public final class PickListPdf {
    private final Path folder;
    private final Supplier<DocumentRenderer> renderers;

    /**
     * Pick lists printed by {@code renderers}, asked once per pick list: the application passes its
     * own renderer, which holds the company as it stands in the book now (an administrator's new
     * name or address is on the next pick list, as on the next invoice) and the templates it loaded.
     */
    public PickListPdf(Path folder, Supplier<DocumentRenderer> renderers) {
        this.folder = folder;
        this.renderers = renderers;
    }

    /** Pick lists for a fixed company, with a catalog of their own (tests, tools). */
    public PickListPdf(Path folder, CompanyProfile company) {
        this(folder, once(company));
    }

    public Path write(PickListDocument doc) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the pick-list folder " + folder, e);
        }
        DocumentRenderer renderer = renderers.get();
        return renderer.exportPdf(renderer.fill(doc), folder.resolve(DocumentRenderer.fileName(doc.shipmentNumber())));
    }

    public Path folder() {
        return folder;
    }

    private static Supplier<DocumentRenderer> once(CompanyProfile company) {
        return new Supplier<>() {
            private DocumentRenderer renderer;

            @Override
            public synchronized DocumentRenderer get() {
                if (renderer == null) {
                    renderer = new DocumentRenderer(new ReportCatalog(), company);
                }
                return renderer;
            }
        };
    }
}
