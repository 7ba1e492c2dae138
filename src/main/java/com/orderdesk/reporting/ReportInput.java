package com.orderdesk.reporting;

import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;

/**
 * A document ready to fill: its template, its parameters and its rows. One per fill: the rows are
 * consumed.
 *
 * @param name what the document is called in messages and file names, e.g. "INV-000123"
 */
public record ReportInput(ReportCatalog.Template template, String name, Map<String, Object> parameters,
                          JRDataSource rows) {
}
