package com.orderdesk.logic.capture;

import static com.orderdesk.logic.capture.CaptureTestData.mail;
import static com.orderdesk.logic.capture.CaptureTestData.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureEmailTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CaptureEmailTest.class.getResourceAsStream("/capture/messages/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(Draft d) {
        return d.lines().stream().map(l -> l.sku() + " " + l.quantity() + " " + l.unitPrice()).toList();
    }

    private static List<Reason.Code> codes(Draft d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void readsAPlainOrderWithCasesPartNumbersAndDescriptionsIntoATouchlessDraft() throws IOException {
        Draft d = one("0001-plain.eml", resource("0001-plain.eml"));
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(d.customerNo()).isEqualTo("C00042");
        assertThat(d.shipTo()).isEqualTo("HOU");
        assertThat(d.poNumber()).isEqualTo("4500012345");
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 11)); // "by Friday", today a Monday
        assertThat(lines(d)).containsExactly("VLV-1001 24 11.95", "VLV-1002 24 16.90", "VLV-1002 10 16.90", "HAM-16OZ 6 18.50");
        // The inbox highlights the words each value came from.
        assertThat(d.sourceWords(DraftField.PO_NUMBER)).isEqualTo("4500012345");
        assertThat(d.sourceWords(DraftField.REQUESTED_DATE)).isEqualTo("Friday");
        assertThat(d.lines().get(0).span().of(d.decodedText())).isEqualTo("2 cs 3/4\" ball valve brass");
        assertThat(d.sourceWords(DraftField.SHIP_TO)).contains("Houston store");
    }

    @Test
    void leavesOutQuotedMailAndTheSignatureWithItsPhoneAndStreetNumbers() {
        Draft d = one("q.eml", mail("Jane <jane@acmebuild.com>", "Re: order", """
                Please send 24 x VLV-1001.

                Thanks,
                Jane
                1200 Commerce St, Dallas TX 75201
                Tel 214-555-0100

                On Mon, Nov 30, 2026 at 10:14 AM Order Desk <orders@orderdesk.example> wrote:
                > 12 x VLV-1002 shipped, PO 4500011111, ETA 12/3/2026.
                """));
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(lines(d)).containsExactly("VLV-1001 24 11.95");
        assertThat(d.poNumber()).isNull();
        assertThat(d.requestedDate()).isNull();
        assertThat(d.shipTo()).isEqualTo("DAL");
    }

    @Test
    void aMailForwardedByASalesRepIsTheForwardedCustomersOrder() {
        Draft d = one("f.eml", mail("Rep <sam.rep@orderdesk.example>", "Fwd: PO 7781", """
                Please enter this for my customer.

                Sam

                ---------- Forwarded message ---------
                From: Buyer <buyer@brightline.net>
                Date: Sun, Dec 6, 2026
                Subject: PO 7781
                To: Sam <sam.rep@orderdesk.example>

                3 boxes BL-GLOVE-L
                need by 12/14
                """));
        assertThat(d.customerNo()).isEqualTo("C00043");
        assertThat(lines(d)).containsExactly("GLV-3300 3 9.20");
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
    }

    @Test
    void phoneStreetDatePoAndPriceNumbersAreNotTheQuantity() {
        Draft d = one("n.eml", mail("jane@acmebuild.com", "order",
                "Ship 24 x VLV-1001 to 1200 Commerce St by 12/14, PO 4500012345, call 214-555-0100 @ $11.95\n"
                        + "VLV-1002 - 3 cs\n"));
        assertThat(lines(d)).containsExactly("VLV-1001 24 11.95", "VLV-1002 30 16.90");
        assertThat(d.poNumber()).isEqualTo("4500012345");
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
    }

    @Test
    void theXOfXLargeIsNoTimesSign() {
        MasterData base = CaptureTestData.master();
        List<MasterData.Product> products = new java.util.ArrayList<>(base.products());
        products.add(new MasterData.Product("GLV-XL", "Nitrile Gloves, X-Large, Box of 100", "BX", 10, "", new java.math.BigDecimal("9.80")));
        MasterData data = new MasterData(base.customers(), base.shipTos(), products, base.prices(), base.partNumbers(), base.internalDomains());
        Draft d = new CaptureEngine(data).capture(new InboundMessage("x.eml", mail("jane@acmebuild.com", "order",
                "- 6 X-Large nitrile gloves\n- 4 Large nitrile gloves\n")), CaptureTestData.TODAY, PoRegister.empty()).get(0);
        assertThat(lines(d)).containsExactly("GLV-XL 6 9.80", "GLV-3300 4 9.80");
    }

    @Test
    void anUnknownSenderGoesToReview() {
        Draft d = one("u.eml", mail("someone@gmail.com", "order", "24 x VLV-1001\n"));
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(d.customerNo()).isNull();
        assertThat(codes(d)).contains(Reason.Code.UNKNOWN_CUSTOMER);
    }

    @Test
    void aDomainTwoCustomersShareNamesNeitherButAnAddressEntryWins() {
        assertThat(codes(one("s.eml", mail("x@sharedmail.com", "order", "24 x VLV-1001\n")))).contains(Reason.Code.UNKNOWN_CUSTOMER);
        assertThat(one("j.eml", mail("jo@deltahw.com", "order", "24 x VLV-1001\n")).customerNo()).isEqualTo("C00045");
    }

    @Test
    void neverGuessesBetweenTwoProductsThatFitTheWords() {
        Draft d = one("a.eml", mail("jane@acmebuild.com", "order", "Please ship 12 x 3/4 ball valves\n"));
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(codes(d)).containsExactly(Reason.Code.AMBIGUOUS_ITEM);
        assertThat(d.reasons().get(0).text()).contains("VLV-1001").contains("VLV-1003");
        assertThat(d.lines().get(0).sku()).isNull();
    }

    @Test
    void readsSkusWithOtherCasePunctuationOrOneSlip() {
        Draft d = one("t.eml", mail("jane@acmebuild.com", "order", "vlv 1003 x 2\nVLV-1O01 qty 12\nHAM16OZ - 6 ea\n"));
        assertThat(lines(d)).containsExactly("VLV-1003 2 24.10", "VLV-1001 12 11.95", "HAM-16OZ 6 18.50");
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
    }

    @Test
    void aStatedPriceThatDiffersFromOursIsReviewedAndPerCasePricesAreComparedPerUnit() {
        Draft same = one("p1.eml", mail("jane@acmebuild.com", "order", "2 cs VLV-1001 @ $143.40/cs\n"));
        assertThat(same.status()).isEqualTo(DraftStatus.TOUCHLESS);
        Draft differs = one("p2.eml", mail("jane@acmebuild.com", "order", "24 x VLV-1001 @ $12.40 each\n"));
        assertThat(codes(differs)).containsExactly(Reason.Code.PRICE_MISMATCH);
        assertThat(differs.lines().get(0).unitPrice()).hasToString("11.95");
    }

    @Test
    void casesOfAProductNotSoldByTheCaseAreUnclear() {
        Draft d = one("c.eml", mail("jane@acmebuild.com", "order", "2 cases PIP-2040\n"));
        assertThat(codes(d)).containsExactly(Reason.Code.QUANTITY_UNCLEAR);
        assertThat(d.lines().get(0).quantity()).isNull();
    }

    @Test
    void aShipToThatIsNoneOfTheCustomersIsReviewed() {
        Draft d = one("s.eml", mail("jane@acmebuild.com", "order", "24 x VLV-1001\nShip to: 5 Unknown Rd, Springfield IL 62701\n"));
        assertThat(d.shipTo()).isNull();
        assertThat(codes(d)).containsExactly(Reason.Code.SHIP_TO_UNKNOWN);
    }

    @Test
    void theSameCustomersPoNumberTwiceIsADuplicate() {
        CaptureEngine engine = new CaptureEngine(CaptureTestData.master());
        PoRegister register = PoRegister.of(java.util.Map.of("C00042", java.util.Set.of("4500000001")));
        Draft fromBook = engine.capture(new InboundMessage("1.eml", mail("jane@acmebuild.com", "PO 4500000001", "24 x VLV-1001\n")),
                CaptureTestData.TODAY, register).get(0);
        Draft first = engine.capture(new InboundMessage("2.eml", mail("jane@acmebuild.com", "PO 777", "24 x VLV-1001\n")),
                CaptureTestData.TODAY, register).get(0);
        Draft again = engine.capture(new InboundMessage("3.eml", mail("jane@acmebuild.com", "PO 777", "24 x VLV-1001\n")),
                CaptureTestData.TODAY, register).get(0);
        assertThat(codes(fromBook)).containsExactly(Reason.Code.DUPLICATE_PO);
        assertThat(first.status()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(codes(again)).containsExactly(Reason.Code.DUPLICATE_PO);
    }

    @Test
    void htmlTablesAndCsvAttachmentsAreReadByTheirColumns() throws IOException {
        Draft html = one("0004-html-table.eml", resource("0004-html-table.eml"));
        assertThat(lines(html)).containsExactly("VLV-1001 24 11.95", "GLV-3300 5 9.80");
        assertThat(html.status()).isEqualTo(DraftStatus.TOUCHLESS);
        Draft csv = one("0005-csv-attachment.eml", resource("0005-csv-attachment.eml"));
        assertThat(lines(csv)).containsExactly("VLV-1002 20 16.90", "TAP-0750 48 1.35");
        assertThat(csv.status()).isEqualTo(DraftStatus.TOUCHLESS);
    }

    @Test
    void outOfOfficeRepliesRemittancesAndQuestionsAreNotOrders() {
        byte[] ooo = ("From: jane@acmebuild.com\r\nSubject: Automatic reply: order\r\nAuto-Submitted: auto-replied\r\n\r\n"
                + "I am out of the office until December 14.\r\n").getBytes();
        assertThat(one("o.eml", ooo).status()).isEqualTo(DraftStatus.NOT_AN_ORDER);
        assertThat(one("r.eml", mail("ap@acmebuild.com", "Remittance advice",
                "Payment of $1,250.00 was sent by ACH.\nInvoice INV-20231  $1,250.00\n")).status()).isEqualTo(DraftStatus.NOT_AN_ORDER);
        assertThat(one("q.eml", mail("jane@acmebuild.com", "Question",
                "Do you have 50 of the VLV-1001 in stock? What is the lead time?\n")).status()).isEqualTo(DraftStatus.NOT_AN_ORDER);
    }

    @Test
    void aFileThatIsNoMailIsRejectedAndAnUnknownFormatIsUnsupported() {
        Draft broken = one("x.eml", new byte[] {0, 1, 'P', 'K', 3, 4});
        assertThat(broken.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(broken.reasons().get(0).text()).contains("line 1");
        Draft pdf = one("order.pdf", "%PDF-1.4".getBytes());
        assertThat(pdf.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(codes(pdf)).containsExactly(Reason.Code.UNSUPPORTED);
    }
}
