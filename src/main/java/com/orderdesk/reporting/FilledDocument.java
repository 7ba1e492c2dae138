package com.orderdesk.reporting;

import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A document filled into its report template, ready to show, print or export; screens and
 * commands hold it without seeing JasperReports' own types.
 */
public final class FilledDocument {
    private final JasperPrint print;

    FilledDocument(JasperPrint print) {
        this.print = Objects.requireNonNull(print);
    }

    JasperPrint print() {
        return print;
    }

    public String name() {
        return print.getName();
    }

    /** Page width in points (1/72 inch). */
    public int pageWidth() {
        return print.getPageWidth();
    }

    public int pageCount() {
        return print.getPages().size();
    }
}
