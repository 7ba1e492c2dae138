package com.orderdesk.logic.invoicing.print;

import com.orderdesk.reporting.ReportCatalog;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.logic.invoicing.InvoiceCalculator;
import com.orderdesk.logic.invoicing.InvoiceLineInput;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.model.common.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.orderdesk.reporting.FilledDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Shared by the PDF tests: one catalog per test JVM (templates compile once), a known invoice, text per page. */
final class PrintFixtures {
    static final ReportCatalog CATALOG = new ReportCatalog();
    static final DocumentRenderer RENDERER = new DocumentRenderer(CATALOG, CompanyProfile.demo());
    static final LocalDate ISSUED = LocalDate.of(2028, 1, 31);

    private PrintFixtures() {
    }

    /**
     * INV-000123: 10 x 8.95 = 89.50 (taxable), 3 x 47.80 less 10 % = 129.06 (taxable), 12 x 2.35 = 28.20
     * (exempt); subtotal 246.76; taxable base 218.56: Texas 6.25 % 13.66, Austin 1 % 2.19, transit 1 % 2.19;
     * freight 25.00; total 289.80; 2/10 NET 30 from Jan 31, 2028: discount 4.94 by Feb 10, due Mar 1, 2028.
     */
    static InvoiceDocument knownInvoice() {
        InvoiceTotals totals = knownTotals();
        return InvoiceDocument.invoice("INV-000123", ISSUED, "C-00042",
                AddressBlock.of("Çağrı Öztürk", "Zoë Ångström Interiors", "ul. Piotrkowska 104", "90-006 Łódź", "Poland"),
                AddressBlock.of("Zoë Ångström", "Storgatan 5", "211 34 Malmö", "Sweden"),
                "SO-004711", "PO 7788", "SHP-000045", ISSUED.minusDays(1),
                PaymentTerms.parse("2/10 NET 30").scheduleFor(ISSUED), totals, PrintRun.original(ISSUED));
    }

    static InvoiceTotals knownTotals() {
        return new InvoiceCalculator().compute(List.of(
                        new InvoiceLineInput(1, "HW-1001", "Hex bolt M8 x 40, zinc plated", new BigDecimal("10"), "EA",
                                new BigDecimal("8.95"), BigDecimal.ZERO, true),
                        new InvoiceLineInput(2, "EL-2041", "Cable NYM-J 3 x 1.5 mm², 50 m coil", new BigDecimal("3"), "EA",
                                new BigDecimal("47.80"), new BigDecimal("10"), true),
                        new InvoiceLineInput(3, "SF-6010", "Safety gloves, nitrile (pair)", new BigDecimal("12"), "PR",
                                new BigDecimal("2.35"), BigDecimal.ZERO, false)),
                SampleDocuments.austinTaxes(), Money.of("25.00"), false);
    }

    static byte[] pdf(FilledDocument print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.exportPdf(print, out);
        return out.toByteArray();
    }

    /** The text of each page, in reading order. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }
}
