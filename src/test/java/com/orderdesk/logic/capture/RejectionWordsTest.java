package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of file the capture readers reject (EDI, mail, order file, other) reads to a clerk as
 * what is wrong, where and what to do, never as the reader's codes (tour7, olivia: the inbox said
 * "segment 1: EDIE005 - Unexpected end of stream at offset 42").
 */
class RejectionWordsTest {
    private static final String GENERAL = "The file cannot be read as an order";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RejectionWordsTest.class.getResourceAsStream("/capture/messages/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The reader's own reason for a file it rejects. */
    private static String rejected(String name, String text) {
        return rejected(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String rejected(String name, byte[] bytes) {
        Draft d = CaptureTestData.one(name, bytes);
        assertThat(d.status()).as(name).isEqualTo(DraftStatus.REJECTED);
        return d.reasons().get(0).text();
    }

    @Test
    void theDemoBooksCutInterchangeReadsAsCutOffWithWhatToDo() {
        String technical = rejected("broken.edi", "ISA*00*          *00*  ~GS*PO~ST*850*0001~");
        assertThat(technical).startsWith("segment 1: EDIE005");

        assertThat(RejectionWords.sentence(technical)).isEqualTo(
                "The EDI file ends in the middle of segment 1 (ISA): it looks cut off. Ask the sender to send it again.");
    }

    @Test
    void everyKindOfRejectedFileReadsAsASentenceNotACode() throws IOException {
        String twoOrders = new String(resource("0002-two-orders.edi"), StandardCharsets.US_ASCII);
        String csvHeader = "customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price\n";
        Map<String, String> technical = new LinkedHashMap<>();
        technical.put("cut.edi", rejected("cut.edi", "ISA*00*          *00*  ~GS*PO~ST*850*0001~"));
        technical.put("qty.edi", rejected("qty.edi", resource("0003-broken.edi")));
        technical.put("no-isa.edi", rejected("no-isa.edi", "Hello, please ship 4 valves"));
        technical.put("no-iea.edi", rejected("no-iea.edi", twoOrders.replace("IEA*1*000000101~\n", "")));
        technical.put("count.edi", rejected("count.edi", twoOrders.replace("SE*11*0001", "SE*14*0001")));
        technical.put("date.edi", rejected("date.edi", twoOrders.replaceFirst("DTM\\*002\\*\\d+", "DTM*002*2026DEC14")));
        technical.put("not-mail.eml", rejected("not-mail.eml", "please ship 4 valves to Dallas\n"));
        technical.put("header.csv", rejected("header.csv", "customer,po,sku,qty\nC00042,1,VLV-1001,4\n"));
        technical.put("qty.csv", rejected("qty.csv", csvHeader + "C00042,PO-1,DAL,,VLV-1001,1O,\n"));
        technical.put("price.csv", rejected("price.csv", csvHeader + "C00042,PO-1,DAL,,VLV-1001,10,12.4O\n"));
        technical.put("fields.csv", rejected("fields.csv", csvHeader + "C00042,PO-1,DAL,,VLV-1001\n"));
        technical.put("date.csv", rejected("date.csv", csvHeader + "C00042,PO-1,DAL,14/12/2026,VLV-1001,10,\n"));
        technical.put("latin1.csv", rejected("latin1.csv", (csvHeader + "C00042,PO-1,DAL,,VLV-1001,10,\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
        technical.put("quote.csv", rejected("quote.csv", csvHeader + "C00042,\"PO-1,DAL,,VLV-1001,10,\n"));
        technical.put("order.pdf", rejected("order.pdf", "%PDF-1.4"));

        technical.forEach((file, reason) -> {
            String words = RejectionWords.sentence(reason);
            assertThat(words).as("%s: %s", file, reason)
                    .doesNotStartWith(GENERAL)
                    .doesNotContain("EDIE", "CCYYMMDD", "MIME", "malformed", "is not UTF-8", "quantity \"1O\" is not a number; ")
                    .containsAnyOf("Ask the sender", "import that");
        });
        assertThat(RejectionWords.sentence(technical.get("qty.edi")))
                .isEqualTo("In segment 6 (PO1) the quantity \"1O\" is not a number. Ask the sender to correct it and send it again.");
        assertThat(RejectionWords.sentence(technical.get("qty.csv"))).isEqualTo("On line 2, column 6 of the order file the quantity"
                + " \"1O\" is not a whole number. Ask the sender to correct it and send it again.");
        assertThat(RejectionWords.sentence(technical.get("not-mail.eml"))).isEqualTo("The file is not an email: it has no From or"
                + " Subject line. Save the email from the mail program as an .eml file and import that.");
    }

    @Test
    void aReasonNoRuleKnowsStillSaysWhereAndWhatToDo() {
        assertThat(RejectionWords.sentence("segment 4 (N1): something new")).startsWith("A value in segment 4 (N1)");
        assertThat(RejectionWords.sentence("line 7: something new")).isEqualTo(
                GENERAL + " at line 7 (Details say what the reader found). Ask the sender to send it again.");
        assertThat(RejectionWords.sentence(null)).startsWith(GENERAL);
    }
}
