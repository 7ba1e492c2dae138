package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.reporting.ClaimReportInputs;
import com.orderdesk.reporting.DocumentRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RMA and the chargeback print (Jasper, PDF) with what the customer needs to act on them. */
class ClaimDocumentsTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;
    private DocumentRenderer renderer;
    private ClaimReportInputs inputs;

    @BeforeEach
    void setUp() throws Exception {
        f = new ClaimsFixture(Files.createDirectories(dir.resolve("book")));
        renderer = f.services.renderer();
        inputs = new ClaimReportInputs(f.services.invoicing().company());
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    private String text(Path pdf) throws Exception {
        // keep a copy where a person can look at it (target/claim-documents) when the build asks for it
        String keep = System.getProperty("orderdesk.keepPdfs");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theRmaTellsWhatComesBackWhereByWhenAndTheFeeThenItsReceipts() throws Exception {
        String number = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                null, "Two cases ordered twice"));
        ReturnRow r = f.returns().list(f.clerk()).rows().get(0);
        f.returns().receive(f.clerk(), r.id(), r.version(), 1, 0, null);

        Path pdf = renderer.exportPdf(renderer.fill(inputs.rma(f.returns().document(f.clerk(), number))),
                dir.resolve(number + ".pdf"));

        String t = text(pdf);
        assertThat(t).contains("RETURN AUTHORIZATION", number, "2 CS", "TWL-ROLL-8", "INV-010001", "Surplus",
                "DC-ATL", "restocking fee", "Two cases ordered twice", "CM-001001", "1 receipt.");
        assertThat(t).contains("Return by", "HOW TO RETURN", "RECEIPTS SO FAR", "Received by", "Inspected by");
        // an amount on its own carries its currency, code first (ux.md, amounts on paper): it read "35.88 per CS"
        assertThat(t).containsPattern("Unit value\\s+USD \\d[\\d,]*\\.\\d\\d per CS");
    }

    @Test
    void aCancelledRmaTellsTheCustomerNotToSendTheGoods() throws Exception {
        String number = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                null, "Two cases ordered twice"));
        ReturnRow r = f.returns().list(f.clerk()).rows().get(0);
        f.returns().cancelRest(f.clerk(), r.id(), r.version(), "Customer keeps them");

        Path pdf = renderer.exportPdf(renderer.fill(inputs.rma(f.returns().document(f.clerk(), number))),
                dir.resolve(number + ".pdf"));

        String t = text(pdf);
        // the state and why, nothing to do: no date to return by, no receipts table, no line to sign on receipt
        assertThat(t).contains("RETURN AUTHORIZATION", number, "Cancelled", "CANCELLED: DO NOT SEND THESE GOODS",
                "WHY IT WAS CANCELLED", "cancelled before anything arrived: Customer keeps them.");
        assertThat(t).doesNotContain("AUTHORIZED TO COME BACK", "Ship them to the address above", "Return by", "HOW TO RETURN",
                "RECEIPTS SO FAR", "Nothing received yet", "Received by", "Inspected by", "ask us for a new authorization");
        // nothing came back, so no fee is kept: the fee sentence is not printed (it was)
        assertThat(t).doesNotContain("restocking fee", "SHIP THE GOODS TO");
        // the clerk's note said how to send the goods; a cancelled RMA sends none (the note was still printed)
        assertThat(t).doesNotContain("Note:", "Two cases ordered twice");
    }

    @Test
    void aFullyReceivedRmaSaysNothingMoreIsToBeSentAndKeepsItsFee() throws Exception {
        String number = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.SURPLUS, null,
                null, "Two cases ordered twice"));
        ReturnRow r = f.returns().list(f.clerk()).rows().get(0);
        f.returns().receive(f.clerk(), r.id(), r.version(), 2, 0, null);

        Path pdf = renderer.exportPdf(renderer.fill(inputs.rma(f.returns().document(f.clerk(), number))),
                dir.resolve(number + ".pdf"));

        String t = text(pdf);
        assertThat(t).contains(number, "Received", "RECEIVED IN FULL: NOTHING MORE TO SEND", "there is nothing more to send",
                "restocking fee", "CM-001001", "RETURN ADDRESS");
        assertThat(t).doesNotContain("AUTHORIZED TO COME BACK", "Ship them to the address above", "SHIP THE GOODS TO");
        // everything came: no date to return by and no instructions to return (both read as a deadline still open)
        assertThat(t).contains("WHAT CAME BACK").doesNotContain("Return by", "HOW TO RETURN");
        // nor the clerk's note on sending them (it was printed under "WHAT CAME BACK")
        assertThat(t).doesNotContain("Note:", "Two cases ordered twice");
    }

    @Test
    void theChargebackRebillsTheInvalidDeductionWithWhyAndWhereToPay() throws Exception {
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", null, TestBook.TODAY);
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        String cb = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("Signed delivery receipt shows no damage"))
                .documents().get(0);

        Path pdf = renderer.exportPdf(renderer.fill(inputs.chargeback(f.claims().chargeback(f.ar(), cb))),
                dir.resolve(cb + ".pdf"));

        String t = text(pdf);
        assertThat(cb).startsWith("CB-");
        assertThat(t).contains("CHARGEBACK", cb, "CASE-100001", "INV-010001", "Amount due", "20.00",
                "Signed delivery receipt shows no damage", "PLEASE REMIT TO", "Quote " + cb);
        // every amount on its own in the house form, code first (ux.md): the amount due read "20.00 USD", the amount
        // deducted a bare "20.00", the explanation "Your deduction of 20.00 taken on payment ..."
        assertThat(t).doesNotContain("20.00 USD").doesNotContainPattern("(?<!USD )20\\.00")
                .containsPattern("of USD 20\\.00 taken on payment");
        // the "Reverses" label is a cancellation's: a chargeback itself reverses nothing and shows no empty label
        assertThat(t).doesNotContain("Reverses");
    }
}
