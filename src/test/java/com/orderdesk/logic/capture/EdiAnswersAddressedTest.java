package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whom the answers go to, on public samples (samples/capture/SOURCES.md). X12's 997 (note 1/010):
 * the application sender's and receiver's codes of the group acknowledged are exchanged, so one
 * acknowledgment group answers the groups of one pair of codes.
 */
class EdiAnswersAddressedTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 30);
    private static final X12AcknowledgmentWriter DESK = new X12AcknowledgmentWriter("ZZ", "ORDERDESK");

    private static X12OrderReader.Result read(String path) throws IOException {
        try (InputStream in = EdiAnswersAddressedTest.class.getResourceAsStream("/samples/capture/" + path)) {
            return new CaptureEngine(CaptureTestData.master()).readInterchange(new InboundMessage(path, in.readAllBytes()));
        }
    }

    private static List<String> groupHeaders(String x12) {
        Matcher m = Pattern.compile("GS\\*[^~]*").matcher(x12);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group().replaceAll("\\*\\d{8}\\*\\d{4}\\*", "*DATE*TIME*"));
        }
        return out;
    }

    /**
     * StAEDI's sample has an invoice group from SENDERDEPT to 007326879 and an order group from
     * 9994935230 to 5566778899 (ISA sender SENDERISA). The 997 went as one group from ORDERDESK to
     * SENDERISA, the ISA's sender, which is no application code of either group.
     */
    @Test
    void the997AnswersEachPairOfApplicationCodesWithAGroupOfItsOwnCodesExchanged() throws IOException {
        X12OrderReader.Result read = read("x12/staedi-invoice810_po850_dual.edi");
        String ack = DESK.functionalAck(read.interchange(), 7, 40, NOW);
        assertThat(groupHeaders(ack)).containsExactly("GS*FA*007326879*SENDERDEPT*DATE*TIME*40*X*004010",
                "GS*FA*5566778899*9994935230*DATE*TIME*41*X*004010");
        assertThat(ack).contains("GS*FA*007326879*SENDERDEPT*20261207*1030*40*X*004010~\nST*997*0001~\nAK1*IN*1~",
                "GE*1*40~\nGS*FA*5566778899*9994935230*", "AK1*PO*165~", "GE*1*41~\nIEA*2*000000007~");
        assertThat(ack).as("still to the interchange's sender").contains("*ZZ*SENDERISA      *");
    }

    @Test
    void anOrdersAcknowledgmentGoesToTheApplicationCodeOfItsPurchaseOrderGroup() throws IOException {
        X12OrderReader.Result read = read("x12/staedi-invoice810_po850_dual.edi");
        String ack = DESK.orderAck(read.interchange(), null, new X12AcknowledgmentWriter.OrderAck("S115921858", LocalDate.of(2026, 12, 7),
                List.of()), 8, 50, NOW);
        assertThat(groupHeaders(ack)).containsExactly("GS*PR*5566778899*9994935230*DATE*TIME*50*X*004010");
    }

    /**
     * BAK04 of the 855 is the date the purchaser gave the PO (BEG05 of the 850). StAEDI's order is
     * version 003010, its BEG05 040317 a YYMMDD date; its group is the second of the interchange. With
     * no BEG05 (node-x12's order with it blanked) the date the sender made the group (GS04) stands in.
     */
    @Test
    void anOrdersDateIsItsBeg05ElseItsGroupsDateAndItsGroupTheOneItCameIn() throws IOException {
        X12OrderReader.Result read = read("x12/staedi-invoice810_po850_dual.edi");
        assertThat(read.orders()).hasSize(3); // two 810s (no orders) and the 850
        assertThat(read.poDateOf(2)).isEqualTo(LocalDate.of(2004, 3, 17));
        assertThat(read.groupOf(2).controlNumber()).isEqualTo("165");
        assertThat(read.groupOf(0).controlNumber()).isEqualTo("1");
        String ack = DESK.orderAck(read.interchangeOf(2), read.groupOf(2), new X12AcknowledgmentWriter.OrderAck("S115921858",
                read.poDateOf(2), List.of()), 8, 51, NOW);
        assertThat(ack).contains("BAK*00*AD*S115921858*20040317~");
        assertThat(groupHeaders(ack)).containsExactly("GS*PR*5566778899*9994935230*DATE*TIME*51*X*004010");

        String nodex;
        try (InputStream in = EdiAnswersAddressedTest.class.getResourceAsStream("/samples/capture/x12/nodex12-850.edi")) {
            nodex = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String undated = nodex.replace("BEG*00*SA*08292233294**20101127*610385385~", "BEG*00*SA*08292233294***610385385~")
                .replace("*999999999*20101127*1719*1421*", "*999999999*20101126*1719*1421*");
        X12OrderReader.Result noBeg05 = new CaptureEngine(CaptureTestData.master()).readInterchange(
                new InboundMessage("undated.edi", undated.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(noBeg05.rejected()).isNull();
        assertThat(noBeg05.orders().get(0).poDate).isNull();
        assertThat(noBeg05.poDateOf(0)).isEqualTo(LocalDate.of(2010, 11, 26));
        assertThat(read("x12/nodex12-850.edi").poDateOf(0)).isEqualTo(LocalDate.of(2010, 11, 27));
    }
}
