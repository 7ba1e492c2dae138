package com.orderdesk.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates under {@code /reports}, each compiled once per run on first use and then
 * shared: compiling takes about a second, filling a compiled report a few milliseconds, and a
 * compiled {@link JasperReport} may be filled by several threads at once.
 *
 * <p>If a precompiled {@code /reports/<name>.jasper} is on the class path (e.g. produced at build
 * time for a trimmed runtime without the JDK compiler), it is loaded instead of compiling the JRXML.
 */
public final class ReportCatalog {

    /** The templates this catalog knows, by file under {@code reports/}. */
    public enum Template {
        /** Invoices and credit memos. */
        INVOICE("invoice.jrxml"),
        PICK_LIST("pick_list.jrxml"),
        STATEMENT("statement.jrxml"),
        /** Return authorizations (issue 14). */
        RMA("rma.jrxml"),
        /** Chargebacks and their cancellations (issue 14). */
        CHARGEBACK("chargeback.jrxml"),
        /** The finance dashboard's PDF pack (issue 16). */
        KPI_PACK("kpi_pack.jrxml"),
        /** Dunning letters (issue 15). */
        DUNNING("dunning.jrxml");

        private final String file;

        Template(String file) {
            this.file = file;
        }

        public String resource() {
            return "/reports/" + file;
        }

        public String compiledResource() {
            return "/reports/" + file.replace(".jrxml", ".jasper");
        }
    }

    private final Map<Template, JasperReport> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();
    private final Function<String, InputStream> resources;

    /** Templates from the class path. */
    public ReportCatalog() {
        this(ReportCatalog.class::getResourceAsStream);
    }

    /** Templates from {@code resources}, which opens a resource path or returns null when there is none. */
    public ReportCatalog(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    /** The compiled template, compiling it on the first call only. */
    public JasperReport get(Template template) {
        return compiled.computeIfAbsent(template, this::compile);
    }

    /** Compiles every template now, e.g. on a background thread at start-up or before a batch. */
    public ReportCatalog warmUp() {
        for (Template t : Template.values()) {
            get(t);
        }
        return this;
    }

    /** How many compilations this catalog has run (one per template at most). */
    public int compilations() {
        return compilations.get();
    }

    private JasperReport compile(Template template) {
        try (InputStream jasper = resources.apply(template.compiledResource())) {
            if (jasper != null) {
                return (JasperReport) JRLoader.loadObject(jasper);
            }
        } catch (JRException | IOException | ClassCastException e) {
            throw new DocumentRenderException("precompiled report " + template.compiledResource() + " cannot be loaded: "
                    + e.getMessage(), e);
        }
        try (InputStream jrxml = resources.apply(template.resource())) {
            if (jrxml == null) {
                throw new DocumentRenderException("report template " + template.resource() + " is not on the class path");
            }
            JasperReport report = JasperCompileManager.compileReport(jrxml);
            compilations.incrementAndGet();
            return report;
        } catch (JRException | IOException e) {
            throw new DocumentRenderException("report template " + template.resource() + " does not compile: "
                    + e.getMessage(), e);
        }
    }
}
