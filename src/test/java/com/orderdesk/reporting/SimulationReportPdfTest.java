package com.orderdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.simulation.SimulationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routing simulation's report on paper as every other report: US Letter, dates as "Nov 27, 2026",
 * type of 8 pt or more (it was A4, 6.5 pt, ISO dates), its widest line whole on the page.
 */
class SimulationReportPdfTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsLetterAtEightPointWithTheAppsDatesAndItsWidestLineWhole() throws Exception {
        KpiFigures none = KpiBook.of(new Ledgers(List.of(), List.of(), List.of(), List.of())).figures(LocalDate.of(2026, 11, 27), 5);
        String widest = "  " + "x".repeat(SimulationReport.WIDTH - 3) + "|";
        List<String> lines = new ArrayList<>(SimulationReport.lines("Order Desk simulation", List.of(
                new SimulationReport.Column("optimal", "routing optimal", none, List.of(none), List.of()))));
        lines.add(widest);
        Path pdf = dir.resolve("report.pdf");
        SimulationReportPdf.write(lines, pdf);
        String keep = System.getProperty("orderdesk.keepPdfs");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep).resolve("simulation-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        List<Float> sizes = new ArrayList<>();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("Letter's width").isEqualTo(612f);
            assertThat(page.getHeight()).as("Letter's height").isEqualTo(792f);
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws java.io.IOException {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(s, positions);
                }
            };
            text = stripper.getText(doc);
        }
        assertThat(sizes).isNotEmpty().allSatisfy(s -> assertThat(s).as("type size").isGreaterThanOrEqualTo(8f));
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        // the week's row starts with its last day as the app writes dates
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4} +\\d+ .*"));
        // the widest line on one line of the page, not wrapped or cut
        assertThat(text.lines().map(String::strip)).contains(widest.strip());
    }
}
