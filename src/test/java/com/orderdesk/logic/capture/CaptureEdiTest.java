package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12Interchange;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureEdiTest {
    private final CaptureEngine engine = new CaptureEngine(CaptureTestData.master());

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CaptureEdiTest.class.getResourceAsStream("/capture/messages/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<Draft> capture(String name, byte[] bytes) {
        return engine.capture(new InboundMessage(name, bytes), CaptureTestData.TODAY, PoRegister.empty());
    }

    @Test
    void readsEachPurchaseOrderOfAnInterchangeAsItsOwnDraft() throws IOException {
        List<Draft> drafts = capture("0002-two-orders.edi", resource("0002-two-orders.edi"));
        assertThat(drafts).extracting(Draft::source).containsExactly("0002-two-orders.edi#1", "0002-two-orders.edi#2");
        Draft first = drafts.get(0);
        assertThat(first.status()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(first.customerNo()).isEqualTo("C00042");
        assertThat(first.shipTo()).isEqualTo("HOU");
        assertThat(first.poNumber()).isEqualTo("4500099001");
        assertThat(first.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        // 2 CA of a 12-pack is 24 units; 143.40 a case is 11.95 a unit, the contract price; BP part number; UPC.
        assertThat(first.lines()).extracting(l -> l.sku() + " " + l.quantity() + " " + l.unitPrice())
                .containsExactly("VLV-1001 24 11.95", "VLV-1002 10 16.90", "GLV-3300 5 9.80");
        assertThat(first.sourceWords(DraftField.PO_NUMBER)).startsWith("BEG");
        assertThat(drafts.get(1).shipTo()).isEqualTo("DAL"); // no N1*ST: the default
    }

    @Test
    void readsOtherSeparatorsWithoutLineBreaksAndVersion5010() {
        String x12 = "ISA|00|          |00|          |ZZ|BRIGHT01       |ZZ|ORDERDESK      |261207|0912|^|00501|000000303|0|P|:!"
                + "GS|PO|BRIGHT01|ORDERDESK|20261207|0912|303|X|005010!ST|850|0001!BEG|00|SA|BL-1||20261207!DTM|010|20261220!"
                + "N1|ST|Main Office|92|MAIN!PO1|1|4|BX|9.20||IN|BL-GLOVE-L!PO1|2|1|CA|||UP|012345678905!SE|7|0001!GE|1|303!IEA|1|000000303!";
        Draft d = capture("b.x12", x12.getBytes(StandardCharsets.US_ASCII)).get(0);
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(d.lines()).extracting(l -> l.sku() + " " + l.quantity()).containsExactly("GLV-3300 4", "VLV-1001 12");
    }

    @Test
    void aBrokenInterchangeIsRejectedWithItsSegment() throws IOException {
        Draft d = capture("0003-broken.edi", resource("0003-broken.edi")).get(0);
        assertThat(d.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(d.reasons().get(0).text()).isEqualTo("segment 6 (PO1): quantity \"1O\" is not a number");
        String cut = new String(resource("0002-two-orders.edi"), StandardCharsets.US_ASCII).replace("IEA*1*000000101~\n", "");
        assertThat(capture("cut.edi", cut.getBytes(StandardCharsets.US_ASCII)).get(0).reasons().get(0).text()).startsWith("segment ");
        String wrongCount = new String(resource("0002-two-orders.edi"), StandardCharsets.US_ASCII).replace("SE*11*0001", "SE*14*0001");
        Draft counted = capture("count.edi", wrongCount.getBytes(StandardCharsets.US_ASCII)).get(0);
        assertThat(counted.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(counted.reasons().get(0).text()).contains("segment 13 (SE)");
    }

    @Test
    void anUnknownSenderOrShipToGoesToReview() throws IOException {
        String text = new String(resource("0002-two-orders.edi"), StandardCharsets.US_ASCII);
        Draft unknown = capture("u.edi", text.replace("ACMEBLD        ", "STRANGER       ").getBytes(StandardCharsets.US_ASCII)).get(0);
        assertThat(unknown.reasons()).extracting(Reason::code).contains(Reason.Code.UNKNOWN_CUSTOMER);
        Draft ship = capture("s.edi", text.replace("92*HOU", "92*XYZ").replace("88 Westheimer Rd", "1 Other St")
                .getBytes(StandardCharsets.US_ASCII)).get(0);
        assertThat(ship.reasons()).extracting(Reason::code).containsExactly(Reason.Code.SHIP_TO_UNKNOWN);
    }

    @Test
    void roundTrip850In997And855OutReadBackByStaedi() throws Exception {
        X12OrderReader.Result read = engine.readInterchange(new InboundMessage("0002.edi", resource("0002-two-orders.edi")));
        X12Interchange envelope = read.interchange();
        X12AcknowledgmentWriter writer = new X12AcknowledgmentWriter("ZZ", "ORDERDESK");
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 10, 30);
        String ack997 = writer.functionalAck(envelope, 501, 601, now);
        List<String> seg997 = segments(ack997);
        assertThat(seg997).contains("ISA/ZZ/ORDERDESK/ZZ/ACMEBLD/000000501", "GS/FA/601/004010", "ST/997",
                "AK1/PO/101", "AK2/850/0001", "AK5/A", "AK2/850/0002", "AK9/A/2/2/2", "GE/1/601", "IEA/1/000000501");
        Draft first = capture("0002.edi", resource("0002-two-orders.edi")).get(0);
        List<X12AcknowledgmentWriter.AckLine> lines = new ArrayList<>();
        for (int i = 0; i < first.lines().size(); i++) {
            DraftLine l = first.lines().get(i);
            BigDecimal qty = BigDecimal.valueOf(l.quantity());
            lines.add(new X12AcknowledgmentWriter.AckLine(String.valueOf(i + 1), qty, "EA", l.unitPrice(), l.sku(),
                    i == 2 ? "IB" : "IA", i == 2 ? BigDecimal.ZERO : qty, LocalDate.of(2026, 12, 10)));
        }
        String ack855 = writer.orderAck(envelope, null, new X12AcknowledgmentWriter.OrderAck(first.poNumber(), LocalDate.of(2026, 12, 7), lines),
                502, 602, now);
        List<String> seg855 = segments(ack855);
        assertThat(seg855).contains("ISA/ZZ/ORDERDESK/ZZ/ACMEBLD/000000502", "GS/PR/602/004010", "ST/855", "BAK/AC/4500099001",
                "PO1/1/24/VLV-1001", "ACK/IA/24", "ACK/IB/0", "CTT/3", "IEA/1/000000502");
    }

    @Test
    void anInterchangeThatCannotBeReadGetsA997RejectingItsSetsOrATa1WhenItsEnvelopeIsBroken() throws Exception {
        X12AcknowledgmentWriter writer = new X12AcknowledgmentWriter("ZZ", "ORDERDESK");
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 10, 30);
        // a set whose content is wrong ("1O" for a quantity): the envelope is whole, the set and the group are rejected
        X12OrderReader.Result broken = engine.readInterchange(new InboundMessage("0003.edi", resource("0003-broken.edi")));
        assertThat(broken.rejected()).isEqualTo("segment 6 (PO1): quantity \"1O\" is not a number");
        assertThat(broken.envelopeFault()).isNull();
        assertThat(segments(writer.functionalAck(broken.interchange(), 503, 603, now))).contains(
                "ISA/ZZ/ORDERDESK/ZZ/BRIGHT01/000000503", "GS/FA/603/005010", "ST/997", "AK1/PO/202", "AK2/850/0001", "AK5/R",
                "AK9/R/1/1/0", "IEA/1/000000503");

        // cut off before IEA: the interchange itself is broken, a TA1 rejects it
        String cut = new String(resource("0002-two-orders.edi"), StandardCharsets.US_ASCII).replace("IEA*1*000000101~\n", "");
        X12OrderReader.Result noEnd = engine.readInterchange(new InboundMessage("cut.edi", cut.getBytes(StandardCharsets.US_ASCII)));
        assertThat(noEnd.rejected()).isNotNull();
        assertThat(noEnd.envelopeFault()).isNotNull();
        assertThat(noEnd.envelopeFault().noteCode()).as("StAEDI reports the cut as a control structure fault").isIn("022", "023");
        List<String> ta1 = segments(writer.interchangeAck(noEnd.interchange(), noEnd.envelopeFault(), 504, now));
        assertThat(ta1).hasSize(3);
        assertThat(ta1.get(0)).isEqualTo("ISA/ZZ/ORDERDESK/ZZ/ACMEBLD/000000504");
        assertThat(ta1.get(1)).startsWith("TA1/000000101/").endsWith("/R/" + noEnd.envelopeFault().noteCode());
        assertThat(ta1.get(2)).isEqualTo("IEA/0/000000504");

        // not even an ISA: nobody to answer
        X12OrderReader.Result garbage = engine.readInterchange(new InboundMessage("g.edi", "hello".getBytes(StandardCharsets.US_ASCII)));
        assertThat(garbage.interchange()).isNull();
    }

    /**
     * Reads an acknowledgment back with StAEDI, failing on any envelope error (counts, control
     * numbers), and returns a few elements of each segment for the assertions.
     */
    private static List<String> segments(String x12) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        List<String> out = new ArrayList<>();
        try (EDIStreamReader r = factory.createEDIStreamReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)))) {
            List<String> current = null;
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                if (e.isError()) {
                    throw new AssertionError("StAEDI: " + r.getErrorType() + " at " + r.getLocation().getSegmentTag());
                }
                if (e == EDIStreamEvent.START_SEGMENT) {
                    current = new ArrayList<>(List.of(r.getText()));
                } else if (e == EDIStreamEvent.ELEMENT_DATA && current != null) {
                    while (current.size() < r.getLocation().getElementPosition()) {
                        current.add("");
                    }
                    current.add(r.getText());
                } else if (e == EDIStreamEvent.END_SEGMENT && current != null) {
                    out.add(summary(current));
                }
            }
        }
        return out;
    }

    private static String summary(List<String> s) {
        return switch (s.get(0)) {
            case "ISA" -> String.join("/", "ISA", s.get(5), s.get(6).trim(), s.get(7), s.get(8).trim(), s.get(13));
            case "GS" -> String.join("/", "GS", s.get(1), s.get(6), s.get(8));
            case "BAK" -> String.join("/", "BAK", s.get(2), s.get(3));
            case "PO1" -> String.join("/", "PO1", s.get(1), s.get(2), s.get(7));
            case "ACK" -> String.join("/", "ACK", s.get(1), s.get(2));
            case "ST" -> "ST/" + s.get(1);
            default -> String.join("/", s.stream().filter(x -> !x.isEmpty()).toList());
        };
    }
}
