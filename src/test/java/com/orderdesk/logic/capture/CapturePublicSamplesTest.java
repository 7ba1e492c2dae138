package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers on files no one here wrote (origins and licences in samples/capture/SOURCES.md). */
class CapturePublicSamplesTest {
    private static byte[] sample(String path) throws IOException {
        try (InputStream in = CapturePublicSamplesTest.class.getResourceAsStream("/samples/capture/" + path)) {
            return in.readAllBytes();
        }
    }

    /** A distributor whose EDI partner is StAEDI's sample sender, with that sender's part numbers. */
    private static MasterData staediPartner() {
        MasterData base = CaptureTestData.master();
        List<MasterData.Customer> customers = new java.util.ArrayList<>(base.customers());
        customers.add(new MasterData.Customer("C00099", "Buy Snacks", List.of("@buysnacks.example"), "SENDERISA", ""));
        List<MasterData.ShipTo> shipTos = new java.util.ArrayList<>(base.shipTos());
        shipTos.add(new MasterData.ShipTo("C00099", "PORT", "Buysnacks Port", "1000 N. Sample Highway", "Athens", "GA", "30603", true));
        shipTos.add(new MasterData.ShipTo("C00099", "SPD", "Cargo San Pedro", "3000 Long Beach Drive", "San Pedro", "CA", "83308", false));
        List<MasterData.Product> products = new java.util.ArrayList<>(base.products());
        products.add(new MasterData.Product("CHP-1", "Crunchy Chips", "EA", 1, "", new BigDecimal("1.00")));
        products.add(new MasterData.Product("CHP-2", "Nacho Chips", "EA", 1, "", new BigDecimal("1.00")));
        List<MasterData.PartNumber> parts = List.of(new MasterData.PartNumber("C00099", "02006", "CHP-1"),
                new MasterData.PartNumber("C00099", "02008", "CHP-2"));
        return new MasterData(customers, shipTos, products, base.prices(), parts, base.internalDomains());
    }

    @Test
    void staediSampleWithAnInvoiceGroupAndAnOrderGroupGivesTheOrderAndNamesTheRest() throws IOException {
        List<Draft> drafts = new CaptureEngine(staediPartner()).capture(
                new InboundMessage("dual.edi", sample("x12/staedi-invoice810_po850_dual.edi")), CaptureTestData.TODAY, PoRegister.empty());
        assertThat(drafts).extracting(d -> d.source() + " " + d.status())
                .containsExactly("dual.edi#1 NOT_AN_ORDER", "dual.edi#2 NOT_AN_ORDER", "dual.edi#3 REVIEW");
        Draft order = drafts.get(2);
        assertThat(order.customerNo()).isEqualTo("C00099");
        assertThat(order.poNumber()).isEqualTo("S115921858");
        assertThat(order.shipTo()).isEqualTo("SPD"); // N1*ST without a code: found by its street and ZIP
        // Two of its four part numbers are ours; the two others are named as unknown items, with their segment.
        assertThat(order.lines()).extracting(l -> l.sku() + " " + l.quantity())
                .containsExactly("CHP-1 150", "CHP-2 50", "null 25", "null 25");
        assertThat(order.reasons()).extracting(Reason::code).containsOnly(Reason.Code.UNKNOWN_ITEM);
        assertThat(order.reasons().get(0).text()).contains("(PO1)").contains("IN 01019");
    }

    @Test
    void ediNetSampleWhoseTrailerDoesNotRepeatTheHeaderControlNumberIsRejectedAtTheTrailer() throws IOException {
        Draft d = CaptureTestData.one("x12.850.edi", sample("x12/edinet-x12.850.edi"));
        assertThat(d.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(d.reasons().get(0).text()).startsWith("segment 15 (IEA)").contains("control reference mismatch");
    }

    /** node-x12's test orders (MIT): a distributor whose EDI partner is their sender, 4405197800. */
    private static List<Draft> nodeX12(String text) {
        MasterData base = CaptureTestData.master();
        List<MasterData.Customer> customers = new java.util.ArrayList<>(base.customers());
        customers.add(new MasterData.Customer("C00097", "XYZ Retail", List.of(), "4405197800", ""));
        return new CaptureEngine(new MasterData(customers, base.shipTos(), base.products(), base.prices(), base.partNumbers(),
                base.internalDomains())).capture(new InboundMessage("po.edi", text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                CaptureTestData.TODAY, PoRegister.empty());
    }

    private static String text(String path) throws IOException {
        return new String(sample(path), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void nodeX12OrderWithLineBreaksForSegmentTerminatorsReadsAsTheOneWithTildes() throws IOException {
        for (String name : List.of("x12/nodex12-850.edi", "x12/nodex12-850_2.edi")) {
            List<Draft> drafts = nodeX12(text(name));
            assertThat(drafts).as(name).hasSize(1);
            Draft d = drafts.get(0);
            assertThat(d.status()).as(name).isEqualTo(DraftStatus.REVIEW);
            assertThat(d.customerNo() + " " + d.poNumber() + " " + d.requestedDate()).as(name).isEqualTo("C00097 08292233294 2010-12-14");
            assertThat(d.lines()).as(name).extracting(DraftLine::quantity).containsExactly(120L, 220L, 126L, 76L, 72L, 696L);
        }
    }

    @Test
    void nodeX12FileWithTheSameInterchangeTwiceGivesTwoOrdersTheSecondADuplicate() throws IOException {
        List<Draft> drafts = nodeX12(text("x12/nodex12-850_fat.edi"));
        assertThat(drafts).extracting(d -> d.source() + " " + d.customerNo() + " " + d.poNumber())
                .containsExactly("po.edi#1 C00097 08292233294", "po.edi#2 C00097 08292233294");
        assertThat(drafts.get(0).reasons()).extracting(Reason::code).doesNotContain(Reason.Code.DUPLICATE_PO);
        assertThat(drafts.get(1).reasons()).extracting(Reason::code).contains(Reason.Code.DUPLICATE_PO);
    }

    /** Made from the public file: its second interchange from another sender. Its order was given to the first sender's customer. */
    @Test
    void eachInterchangeOfAFileIsTheCustomerOfItsOwnSender() throws IOException {
        String fat = text("x12/nodex12-850_fat.edi");
        int second = fat.indexOf("ISA*", 1);
        List<Draft> drafts = nodeX12(fat.substring(0, second) + fat.substring(second).replaceFirst("\\*12\\*4405197800 ", "*12*5551234567 "));
        assertThat(drafts).extracting(Draft::customerNo).containsExactly("C00097", null);
        assertThat(drafts.get(1).reasons().get(0).text()).isEqualTo("interchange sender 5551234567 is not a known customer");
    }

    @Test
    void nodeX12RetailOrderWithBlankedNamesAndAKitUnitIsSentToAPerson() throws IOException {
        Draft d = nodeX12(text("x12/nodex12-850_3.edi")).get(0);
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(d.poNumber()).isEqualTo("----------");
        assertThat(d.requestedDate()).isNull(); // DTM*106 (required by) is neither 002 nor 010
        assertThat(d.lines()).extracting(l -> l.sku() + " " + l.quantity()).containsExactly("null null"); // 1 KI of an unknown item
        assertThat(d.reasons()).extracting(Reason::text).containsExactly("interchange sender 0000000000 is not a known customer",
                "segment 14 (PO1): VN UNKNOWN, SK 000000000001010700 is not in the catalogue");
    }

    /** csv-spectrum's files (BSD-2-Clause, samples/csv/SOURCES.md): a stranger's CSV is no order file, and says which column it lacks. */
    @Test
    void aStrangersCsvIsRejectedForTheColumnItLacks() throws IOException {
        byte[] bytes;
        try (InputStream in = CapturePublicSamplesTest.class.getResourceAsStream("/samples/csv/csvspectrum-comma_in_quotes.csv")) {
            bytes = in.readAllBytes();
        }
        Draft d = CaptureTestData.one("addresses.csv", bytes);
        assertThat(d.status()).isEqualTo(DraftStatus.REJECTED);
        String reason = d.reasons().get(0).text();
        assertThat(reason).isEqualTo("line 1, column 1: the header lacks customer_no"
                + " (expected customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price)");
        assertThat(RejectionWords.sentence(reason)).isEqualTo("The order file's first line has no column customer_no: it must start"
                + " with the header customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price. Ask the sender to correct"
                + " it and send it again.");
    }

    @Test
    void outlookMailInIso88591WithAFoldedSubjectIsDecodedAndIsNoOrder() throws IOException {
        Draft d = CaptureTestData.one("m0001.eml", sample("eml/zbateson-m0001.eml"));
        assertThat(d.status()).isEqualTo(DraftStatus.NOT_AN_ORDER);
        Draft asOrder = new CaptureEngine(withSender("doug@example.com")).capture(
                new InboundMessage("m0001.eml", sample("eml/zbateson-m0001.eml")), CaptureTestData.TODAY, PoRegister.empty()).get(0);
        assertThat(asOrder.status()).isEqualTo(DraftStatus.NOT_AN_ORDER); // a known sender's fable is still no order
    }

    @Test
    void encodedWordSubjectsAndHtmlBodiesWithImagesAreReadAsText() throws IOException {
        for (String name : List.of("eml/zbateson-m0010.eml", "eml/zbateson-m1005.eml")) {
            Draft d = new CaptureEngine(withSender("dwsauder@example.com")).capture(new InboundMessage("x.eml", sample(name)),
                    CaptureTestData.TODAY, PoRegister.empty()).get(0);
            assertThat(d.status()).as(name).isEqualTo(DraftStatus.NOT_AN_ORDER);
        }
        // Read as an order reader would see it: the decoded subject and body, no markup.
        var reader = new com.orderdesk.logic.capture.email.EmailOrderReader(
                new com.orderdesk.logic.capture.email.SenderDirectory(withSender("dwsauder@example.com")),
                new com.orderdesk.logic.capture.text.FreeTextOrderReader(
                        new com.orderdesk.logic.capture.text.CatalogIndex(CaptureTestData.master()), CaptureTestData.master()));
        assertThat(reader.read("m1005.eml", sample("eml/zbateson-m1005.eml"), CaptureTestData.TODAY).notAnOrder()).isNotBlank();
    }

    private static MasterData withSender(String address) {
        MasterData base = CaptureTestData.master();
        List<MasterData.Customer> customers = new java.util.ArrayList<>(base.customers());
        customers.add(new MasterData.Customer("C00098", "Example Inc", List.of(address), "", ""));
        List<MasterData.ShipTo> shipTos = new java.util.ArrayList<>(base.shipTos());
        shipTos.add(new MasterData.ShipTo("C00098", "EX", "Example", "1 Main St", "Springfield", "IL", "62701", true));
        return new MasterData(customers, shipTos, base.products(), base.prices(), base.partNumbers(), base.internalDomains());
    }
}
