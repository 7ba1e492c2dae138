package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.reporting.DocumentRenderException;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.ReportCatalog;
import com.orderdesk.reporting.ReportCatalog.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The build compiles every template to a .jasper (ReportPrecompiler in process-classes): a run
 * loads them and compiles nothing, and a .jasper that is unreadable or was built from another JRXML
 * is refused in a sentence that says which file and what to do.
 */
class PrecompiledReportsTest {

    @Test
    void everyTemplateComesFromTheBuildsJasperAndNoneIsCompiled() {
        for (Template t : Template.values()) {
            assertThat(ReportCatalog.class.getResource(t.compiledResource())).as(t.compiledResource()).isNotNull();
        }
        ReportCatalog catalog = new ReportCatalog().warmUp();
        assertThat(catalog.ready()).isEqualTo(Template.values().length);
        assertThat(catalog.compilations()).isZero();
    }

    @Test
    void theWarmUpReadiesEveryTemplateAndPrintsWithoutCompiling() {
        ReportCatalog catalog = new ReportCatalog();
        new DocumentRenderer(catalog, CompanyProfile.demo()).warmUp();
        assertThat(catalog.ready()).isEqualTo(Template.values().length);
        assertThat(catalog.compilations()).isZero();
    }

    @Test
    void aCorruptJasperIsRefusedNamingTheFile() {
        byte[] real = bytes(Template.INVOICE.compiledResource());
        byte[] cut = Arrays.copyOf(real, real.length / 2);
        ReportCatalog catalog = new ReportCatalog(serving(Template.INVOICE.compiledResource(), cut));
        assertThatThrownBy(() -> catalog.get(Template.INVOICE))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessageStartingWith("precompiled report /reports/invoice.jasper cannot be loaded (")
                .hasMessageEndingWith("rebuild it from /reports/invoice.jrxml (mvn process-classes) or delete it");
        assertThat(catalog.compilations()).isZero();
    }

    @Test
    void aJasperBuiltFromAnotherTemplateIsStale() {
        // what an edited JRXML next to the old build's .jasper looks like: the hashes differ
        ReportCatalog catalog = new ReportCatalog(serving(Template.INVOICE.compiledResource(),
                bytes(Template.STATEMENT.compiledResource())));
        assertThatThrownBy(() -> catalog.get(Template.INVOICE))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessage("precompiled report /reports/invoice.jasper is stale: it was not built from the "
                        + "/reports/invoice.jrxml beside it; rebuild it (mvn process-classes) or delete it");
    }

    @Test
    void aJasperWithoutTheBuildsSourceHashIsStaleToo() throws Exception {
        ReportCatalog jrxmlOnly = new ReportCatalog(path -> path.endsWith(".jasper") ? null
                : ReportCatalog.class.getResourceAsStream(path));
        java.io.ByteArrayOutputStream unstamped = new java.io.ByteArrayOutputStream();
        net.sf.jasperreports.engine.util.JRSaver.saveObject(jrxmlOnly.get(Template.PICK_LIST), unstamped);
        ReportCatalog catalog = new ReportCatalog(serving(Template.PICK_LIST.compiledResource(), unstamped.toByteArray()));
        assertThatThrownBy(() -> catalog.get(Template.PICK_LIST))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessageContaining("/reports/pick_list.jasper is stale");
    }

    /** The class path, with {@code path} answered by {@code content}. */
    private static Function<String, InputStream> serving(String path, byte[] content) {
        return p -> p.equals(path) ? new ByteArrayInputStream(content) : ReportCatalog.class.getResourceAsStream(p);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ReportCatalog.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test class path (the build's process-classes step)").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
