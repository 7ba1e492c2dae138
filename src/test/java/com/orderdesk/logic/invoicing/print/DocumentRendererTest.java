package com.orderdesk.logic.invoicing.print;

import static com.orderdesk.logic.invoicing.print.PrintFixtures.RENDERER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.reporting.DocumentRenderException;
import com.orderdesk.reporting.ReportCatalog;
import com.orderdesk.reporting.DocumentRenderer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import com.orderdesk.reporting.FilledDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRendererTest {

    @Test
    void withoutTheBuildsJasperATemplateCompilesOncePerCatalogNotPerDocument() {
        // the fallback for a template without a .jasper (e.g. a run from an IDE that skipped the build's step)
        ReportCatalog jrxmlOnly = new ReportCatalog(path -> path.endsWith(".jasper") ? null
                : ReportCatalog.class.getResourceAsStream(path));
        DocumentRenderer renderer = new DocumentRenderer(jrxmlOnly, CompanyProfile.demo());
        renderer.fill(SampleDocuments.invoice(42, 1, 5));
        assertThat(jrxmlOnly.compilations()).isEqualTo(1);
        for (int i = 2; i <= 4; i++) {
            renderer.fill(SampleDocuments.invoice(42, i, 5));
        }
        assertThat(jrxmlOnly.compilations()).isEqualTo(1);
        assertThat(jrxmlOnly.get(ReportCatalog.Template.INVOICE)).isSameAs(jrxmlOnly.get(ReportCatalog.Template.INVOICE));
    }

    @Test
    void aPrecompiledTemplateIsLoadedInsteadOfCompiled() throws Exception {
        java.io.ByteArrayOutputStream jasper = new java.io.ByteArrayOutputStream();
        net.sf.jasperreports.engine.util.JRSaver.saveObject(
                PrintFixtures.CATALOG.get(ReportCatalog.Template.INVOICE), jasper);
        ReportCatalog precompiled = new ReportCatalog(path -> path.equals("/reports/invoice.jasper")
                ? new java.io.ByteArrayInputStream(jasper.toByteArray()) : null);
        assertThat(precompiled.get(ReportCatalog.Template.INVOICE).getName()).isEqualTo("invoice");
        assertThat(precompiled.compilations()).isZero();
        assertThatThrownBy(() -> precompiled.get(ReportCatalog.Template.STATEMENT))
                .hasMessage("report template /reports/statement.jrxml is not on the class path");
    }

    @Test
    void writesOnePdfNamedByNumberAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        Path file = RENDERER.writePdf(PrintFixtures.knownInvoice(), dir);
        assertThat(file.getFileName().toString()).isEqualTo("INV-000123.pdf");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList()).containsExactly("INV-000123.pdf");
        }
    }

    @Test
    void rendersPageImagesForThePreview() {
        FilledDocument print = RENDERER.fill(SampleDocuments.invoice(new Random(11), 124, 60));
        List<BufferedImage> pages = RENDERER.renderPages(print, 1.5f);
        assertThat(pages).hasSize(print.pageCount()).hasSizeGreaterThan(1);
        BufferedImage first = pages.get(0);
        assertThat(first.getWidth()).isEqualTo(918);   // 612 pt x 1.5
        assertThat(first.getHeight()).isEqualTo(1188); // 792 pt x 1.5
        // the navy column-title bar is drawn where the template puts it, the margin stays white
        assertThat(first.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        long dark = 0;
        for (int x = 0; x < first.getWidth(); x += 3) {
            for (int y = 0; y < first.getHeight(); y += 3) {
                if ((first.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(2_000);
    }

    @Test
    void aMissingPageIsExplained() {
        FilledDocument print = RENDERER.fill(PrintFixtures.knownInvoice());
        assertThatThrownBy(() -> RENDERER.renderPage(print, 3, 1f))
                .hasMessage("page 4 of INV-000123 does not exist; it has 1");
    }

    @Test
    void aMissingLogoIsExplained() {
        CompanyProfile noLogo = new CompanyProfile("X", List.of(), null, null, null, null, "/assets/branding/nope.png");
        assertThatThrownBy(() -> new DocumentRenderer(new ReportCatalog(), noLogo))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessageContaining("/assets/branding/nope.png is neither on the class path");
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(DocumentRenderer.fileName("INV-000123")).isEqualTo("INV-000123.pdf");
        assertThat(DocumentRenderer.fileName("../CM 45")).isEqualTo("___CM_45.pdf");
    }
}
