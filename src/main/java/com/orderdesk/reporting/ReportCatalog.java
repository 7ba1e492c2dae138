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
 * The report templates under {@code /reports}, each loaded once per run on first use and then
 * shared; a compiled {@link JasperReport} may be filled by several threads at once.
 *
 * <p>The build compiles every template to {@code /reports/<name>.jasper} ({@link ReportPrecompiler}):
 * loading one takes milliseconds where compiling the JRXML takes about a second (the first one
 * several, while javac loads) and needs the JDK compiler. A {@code .jasper} whose recorded source
 * hash differs from the JRXML beside it is stale and refused, never printed from. A template with
 * no {@code .jasper} (a run from an IDE that did not run the build's step) is compiled on first use.
 */
public final class ReportCatalog {

    /** The templates this catalog knows, by file under {@code reports/}. */
    public enum Template {
        /** Invoices and credit memos. */
        INVOICE("invoice.jrxml"),
        PICK_LIST("pick_list.jrxml"),
        STATEMENT("statement.jrxml"),
        /** The statement of account's activity kind (balance forward for a period), in the statement's look. */
        STATEMENT_ACTIVITY("statement_activity.jrxml"),
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
            return "/reports/" + compiledFileName();
        }

        String fileName() {
            return file;
        }

        String compiledFileName() {
            return file.replace(".jrxml", ".jasper");
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

    /** How many templates this catalog holds ready, loaded or compiled. */
    public int ready() {
        return compiled.size();
    }

    /** How many compilations this catalog has run (one per template at most; none when the build's .jasper files are there). */
    public int compilations() {
        return compilations.get();
    }

    private JasperReport compile(Template template) {
        JasperReport precompiled = loadPrecompiled(template);
        if (precompiled != null) {
            return precompiled;
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

    /** The build's .jasper, or null when there is none; refuses one that is unreadable or stale. */
    private JasperReport loadPrecompiled(Template template) {
        String name = template.compiledResource();
        JasperReport report;
        try (InputStream jasper = resources.apply(name)) {
            if (jasper == null) {
                return null;
            }
            report = (JasperReport) JRLoader.loadObject(jasper);
        } catch (JRException | IOException | ClassCastException e) {
            throw new DocumentRenderException("precompiled report " + name + " cannot be loaded (" + e.getMessage()
                    + "); rebuild it from " + template.resource() + " (mvn process-classes) or delete it", e);
        }
        InputStream source = resources.apply(template.resource());
        if (source != null) {
            // a template edited after the build (e.g. in an IDE) must not print with its old layout
            String built = report.getProperty(ReportPrecompiler.SOURCE_HASH);
            if (!ReportPrecompiler.sha256(source).equals(built)) {
                throw new DocumentRenderException("precompiled report " + name + " is stale: it was not built from the "
                        + template.resource() + " beside it; rebuild it (mvn process-classes) or delete it");
            }
        }
        return report;
    }
}
