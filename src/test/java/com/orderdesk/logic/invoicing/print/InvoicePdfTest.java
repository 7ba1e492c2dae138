package com.orderdesk.logic.invoicing.print;

import static com.orderdesk.logic.invoicing.print.PrintFixtures.RENDERER;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pages;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pdf;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.CreditMemoPolicy;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PriorCredits;
import com.orderdesk.model.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    @Test
    void knownInvoicePrintsNumberLinesTaxTotalsAndDueDate() throws IOException {
        String text = text(pdf(RENDERER.fill(PrintFixtures.knownInvoice())));

        assertThat(text).contains("INVOICE", "INV-000123", "Invoice date", "Jan 31, 2028");
        assertThat(text).containsPattern("1\\s+HW-1001\\s+Hex bolt M8 x 40, zinc plated\\s+10\\s+EA\\s+8.95\\s+89.50");
        assertThat(text).containsPattern("2\\s+EL-2041\\s+Cable NYM-J 3 x 1.5 mm², 50 m coil\\s+3\\s+EA\\s+47.80\\s+10\\s+129.06");
        assertThat(text).containsPattern("3\\s+SF-6010\\s+Safety gloves, nitrile \\(pair\\)\\s+12\\s+PR\\s+2.35\\s+28.20");
        assertThat(text).containsPattern("Subtotal\\s+246.76");
        assertThat(text).containsPattern("Freight\\s+25.00");
        assertThat(text).containsPattern("Texas 6.25% on 218.56\\s+13.66");
        assertThat(text).containsPattern("City of Austin 1% on 218.56\\s+2.19");
        assertThat(text).containsPattern("Capital Metro transit 1% on 218.56\\s+2.19");
        assertThat(text).containsPattern("Total sales tax\\s+18.04");
        assertThat(text).containsPattern("TOTAL DUE USD\\s+289.80");
        assertThat(text).contains("2/10 NET 30", "Mar 1, 2028");
        // the discount on the whole total (289.80 x 0.98 = 284.00), the figure cash matching grants, not on the
        // merchandise (2% of 246.76 = 4.94 left a customer who took it 0.86 short by the matcher's rule)
        assertThat(text.replaceAll("\\s+", " ")).contains("Early payment: pay USD 284.00 by Feb 10, 2028 (2% off the total, USD 5.80).");
        assertThat(text).contains("REMIT TO", "P.O. Box 4410", "Payment reference");
        assertThat(text).containsPattern("Payment reference[\\s\\S]*INV-000123");
        assertThat(text).contains("Page 1 of 1").doesNotContain("COPY");
    }

    @Test
    void accentedAndNonLatinNamesPrintWithEmbeddedDejaVuSans() throws IOException {
        byte[] pdf = pdf(RENDERER.fill(PrintFixtures.knownInvoice()));
        String text = text(pdf);
        assertThat(text).contains("Çağrı Öztürk", "Zoë Ångström Interiors", "90-006 Łódź", "211 34 Malmö", "mm²");

        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
    }

    @Test
    void sixtyLineInvoiceRepeatsHeaderAndNumbersPagesWithTotalsOnceAtTheEnd() throws IOException {
        InvoiceDocument doc = SampleDocuments.invoice(new Random(11), 124, 60);
        List<String> pages = pages(pdf(RENDERER.fill(doc)));
        int n = pages.size();

        assertThat(n).isGreaterThan(1);
        for (int i = 0; i < n; i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d", i + 1)
                    .contains("Northwind Supply Co.", "INVOICE", "INV-000124", "Description", "Unit price", "Amount")
                    .contains("Page " + (i + 1) + " of " + n);
            boolean last = i == n - 1;
            assertThat(page.contains("TOTAL DUE USD")).as("totals on page %d", i + 1).isEqualTo(last);
            assertThat(page.contains("Total sales tax")).as("tax breakdown on page %d", i + 1).isEqualTo(last);
            assertThat(page.contains("REMIT TO")).as("remit-to on page %d", i + 1).isEqualTo(last);
        }
        assertThat(pages.get(0)).contains("Page 1 of " + n).contains("BILL TO");
        assertThat(pages.get(1)).doesNotContain("BILL TO");
        // every one of the 60 lines is printed exactly once, in order
        String all = String.join("\n", pages);
        List<Integer> printed = new ArrayList<>();
        var m = Pattern.compile("(?m)^(\\d{1,2}) [A-Z]{2}-\\d{4} ").matcher(all);
        while (m.find()) {
            printed.add(Integer.parseInt(m.group(1)));
        }
        assertThat(printed).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        assertThat(all).containsPattern("TOTAL DUE USD\\s+" + Pattern.quote(
                String.format(java.util.Locale.US, "%,.2f", doc.totals().total().amount())));
    }

    @Test
    void totalsPushedOntoTheirOwnPageStillGetHeaderAndPageNumber() throws IOException {
        // benchmark invoice 546 of seed 1: 20 lines, several of two text lines; the totals block does not fit below them
        InvoiceDocument doc = SampleDocuments.invoice(1, 546, 20);
        List<String> pages = pages(pdf(RENDERER.fill(doc)));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Page 1 of 2").doesNotContain("TOTAL DUE USD");
        assertThat(pages.get(1)).contains("Northwind Supply Co.", "INVOICE", "INV-000546", "TOTAL DUE USD", "REMIT TO",
                "Page 2 of 2");
    }

    @Test
    void reprintIsMarkedCopyAndShowsTheOriginalIssueDate() throws IOException {
        InvoiceDocument copy = PrintFixtures.knownInvoice().asCopy(LocalDate.of(2028, 6, 15));
        List<String> pages = pages(pdf(RENDERER.fill(copy)));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("COPY"));
        String text = String.join("\n", pages);
        assertThat(text).containsPattern("Original issue date\\s+Jan 31, 2028");
        assertThat(text).contains("Reprinted Jun 15, 2028");
        assertThat(text).doesNotContain("Invoice date");
        assertThat(text).containsPattern("TOTAL DUE USD\\s+289.80");
    }

    @Test
    void creditMemoPrintsLikeAnInvoiceWithItsOwnWording() throws IOException {
        InvoiceDocument invoice = PrintFixtures.knownInvoice();
        InvoiceTotals invoiced = PrintFixtures.knownTotals();
        CreditDecision decision = new CreditMemoPolicy().decide("INV-000123", invoiced, PriorCredits.NONE,
                new CreditRequest.ByLines(List.of(CreditRequest.LineCredit.ofQuantity(2, new BigDecimal("2")),
                        CreditRequest.LineCredit.ofAmount(3, Money.of("5.00"))), "Two coils damaged in transit"));
        InvoiceDocument memo = InvoiceDocument.creditMemo("CM-000045", LocalDate.of(2028, 2, 5),
                invoice.customerNumber(), invoice.billTo(), invoice.orderNumber(), invoice.customerPo(), "INV-000123",
                "Two coils damaged in transit", decision, invoiced, PrintRun.original(LocalDate.of(2028, 2, 5)));
        String text = text(pdf(RENDERER.fill(memo)));

        assertThat(text).contains("CREDIT MEMO", "CM-000045", "Credit memo date", "Feb 5, 2028",
                "Credits invoice INV-000123. Reason: Two coils damaged in transit", "No payment is due");
        // 2 of 3 coils: 129.06 x 2/3 = 86.04; gloves by amount 5.00 (exempt); tax on 86.04 only
        assertThat(text).containsPattern("2\\s+EL-2041\\s+Cable NYM-J 3 x 1.5 mm², 50 m coil\\s+2\\s+EA\\s+47.80\\s+10\\s+86.04");
        assertThat(text).containsPattern("3\\s+SF-6010\\s+Safety gloves, nitrile \\(pair\\)\\s+5.00");
        assertThat(text).containsPattern("Subtotal\\s+91.04");
        assertThat(text).containsPattern("Texas 6.25% on 86.04\\s+5.38");
        assertThat(text).containsPattern("TOTAL CREDIT USD\\s+" + Pattern.quote(decision.total().toString()));
        assertThat(decision.total()).isEqualTo(Money.of("98.14")); // 91.04 + 5.38 + 0.86 + 0.86;
        assertThat(text).doesNotContain("REMIT TO", "Due date", "TOTAL DUE", "Shipment");
    }

    @Test
    void anInvoiceWithoutACustomerPoPrintsNoBlankRowForIt() throws IOException {
        InvoiceDocument k = PrintFixtures.knownInvoice();
        InvoiceDocument noPo = InvoiceDocument.invoice(k.number(), k.issueDate(), k.customerNumber(), k.billTo(), k.shipTo(),
                k.orderNumber(), null, k.shipmentNumber(), k.shipDate(), k.schedule(), PrintFixtures.knownTotals(), k.printRun());
        byte[] pdf = pdf(RENDERER.fill(noPo));

        assertThat(text(pdf)).doesNotContain("Customer PO").contains("SO-004711", "SHP-000045");
        // the shipment row moves up under the order: one row's height (11 pt) apart, not two with a blank between
        java.util.Map<String, Float> y = labelHeights(pdf, "Order", "Shipment", "Terms");
        assertThat(y.get("Shipment") - y.get("Order")).as("order to shipment").isCloseTo(11f, org.assertj.core.data.Offset.offset(1f));
        assertThat(y.get("Terms") - y.get("Shipment")).as("shipment to terms").isCloseTo(11f, org.assertj.core.data.Offset.offset(1f));

        // with a PO, it sits between the two
        java.util.Map<String, Float> withPo = labelHeights(pdf(RENDERER.fill(k)), "Order", "Customer PO", "Shipment");
        assertThat(withPo.get("Customer PO") - withPo.get("Order")).isCloseTo(11f, org.assertj.core.data.Offset.offset(1f));
        assertThat(withPo.get("Shipment") - withPo.get("Order")).isCloseTo(22f, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void aCreditMemoByAmountPrintsOneLineSayingWhatItCredits() throws IOException {
        InvoiceDocument invoice = PrintFixtures.knownInvoice();
        CreditDecision decision = new CreditMemoPolicy().decide("INV-000123", PrintFixtures.knownTotals(), PriorCredits.NONE,
                new CreditRequest.ByAmount(Money.of("40.00"), "Late delivery goodwill"));
        InvoiceDocument memo = InvoiceDocument.creditMemo("CM-000046", LocalDate.of(2028, 2, 6), invoice.customerNumber(),
                invoice.billTo(), invoice.orderNumber(), invoice.customerPo(), "INV-000123", "Late delivery goodwill",
                decision, PrintFixtures.knownTotals(), PrintRun.original(LocalDate.of(2028, 2, 6)));
        byte[] pdf = pdf(RENDERER.fill(memo));
        String keep = System.getProperty("orderdesk.keepPdfs"); // a copy to look at, when the build asks for it
        if (keep != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(keep));
            java.nio.file.Files.write(java.nio.file.Path.of(keep).resolve("CM-000046-by-amount.pdf"), pdf);
        }
        List<String> lines = List.of(text(pdf).split("\\R"));

        // the line under the column titles says what is credited (the table was empty); the invoice and why
        // are the note's above it, printed once (the line repeated them: "Late delivery goodwill" twice)
        // (the description wraps within its column: read the rows down to the totals)
        String line = String.join(" ", lines.subList(indexOf(lines, "Description") + 1, indexOf(lines, "Credit amount")))
                .replaceAll("\\s+", " ");
        assertThat(line).contains("An amount (tax included), no goods.").doesNotContain("null", "INV-000123", "goodwill");
        String all = String.join(" ", lines).replaceAll("\\s+", " ");
        assertThat(all).contains("Credits invoice INV-000123. Reason: Late delivery goodwill");
        assertThat(all.split("Late delivery goodwill", -1)).as("the reason printed once").hasSize(2);
        // no "Subtotal 0.00" above the credit: a memo by amount has no goods to sum (newuser19: it read as a memo for nothing)
        assertThat(all).doesNotContain("Subtotal");
        assertThat(String.join("\n", lines)).containsPattern("Credit amount \\(tax included\\)\\s+40.00")
                .containsPattern("TOTAL CREDIT USD\\s+40.00");
    }

    @Test
    void theEarlyPaymentDiscountIsStatedOnceWithTheTermsBesideTheTotal() throws IOException {
        // pdfs14: the sentence printed twice, under the order block and again beside the totals
        String all = text(pdf(RENDERER.fill(PrintFixtures.knownInvoice()))).replaceAll("\\s+", " ");
        assertThat(all.split("Early payment", -1)).as("the discount stated once").hasSize(2);
        // an amount in a sentence carries its currency, as every amount standing on its own (ux.md, amounts on paper)
        assertThat(all).contains("Early payment: pay USD 284.00 by Feb 10, 2028 (2% off the total, USD 5.80).");
    }

    @Test
    void aReprintOfAPaidInvoiceKeepsItsFiguresAndSaysOnEveryPageThatItIsPaid() throws IOException {
        InvoiceDocument sample = SampleDocuments.invoice(new Random(11), 124, 60);
        InvoiceDocument doc = sample.printedAs(PrintRun.copy(LocalDate.of(2028, 6, 15))
                .with(InvoiceBalance.paidInFull(sample.totals().total(), LocalDate.of(2028, 2, 9))));
        List<String> pages = pages(pdf(RENDERER.fill(doc)));
        assertThat(pages).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).contains("COPY", "PAID Feb 9, 2028"));
        String last = pages.get(pages.size() - 1);
        // the original's figures, then what is owed now: nothing
        assertThat(last).containsPattern("TOTAL DUE USD\\s+" + Pattern.quote(
                String.format(java.util.Locale.US, "%,.2f", doc.totals().total().amount())));
        assertThat(last.replaceAll("\\s+", " ")).contains("Paid in full Feb 9, 2028. Balance due USD 0.00");

        // a copy of an invoice still owed says nothing of the kind
        String owed = text(pdf(RENDERER.fill(PrintFixtures.knownInvoice().asCopy(LocalDate.of(2028, 6, 15)))));
        assertThat(owed).contains("COPY").doesNotContain("PAID", "Paid in full", "Balance due");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part + " in " + lines);
    }

    /** Where on the first page each of {@code labels} first prints as a text chunk of its own (top-down y). */
    private static java.util.Map<String, Float> labelHeights(byte[] pdf, String... labels) throws IOException {
        java.util.Map<String, Float> found = new java.util.HashMap<>();
        java.util.Set<String> wanted = java.util.Set.of(labels);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (wanted.contains(text.strip()) && !positions.isEmpty()) {
                        found.putIfAbsent(text.strip(), positions.get(0).getYDirAdj());
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        assertThat(found.keySet()).as("labels found").containsExactlyInAnyOrder(labels);
        return found;
    }
}
