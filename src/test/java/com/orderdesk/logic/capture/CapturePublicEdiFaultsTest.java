package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The inbox's EDI rejection wordings, each on a public 850 that no one here wrote and whose envelope
 * is right (node-x12's test order, MIT; samples/capture/SOURCES.md), with one fault put into it. The
 * sample EDI.Net publishes fails its trailer's control number first, so any fault put into that one
 * read as the control-number sentence and the rarer wordings went untested.
 */
class CapturePublicEdiFaultsTest {
    private static final String SAMPLE = text("x12/nodex12-850.edi");
    private static final String SEND_AGAIN = " Ask the sender to send it again.";
    private static final String CORRECT = " Ask the sender to correct it and send it again.";

    private static String text(String path) {
        try (InputStream in = CapturePublicEdiFaultsTest.class.getResourceAsStream("/samples/capture/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with {@code from} (found exactly once) replaced by {@code to}. */
    private static byte[] withFault(String from, String to) {
        assertThat(SAMPLE.indexOf(from)).as("'%s' in the sample", from).isNotNegative().isEqualTo(SAMPLE.lastIndexOf(from));
        return SAMPLE.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The reader's own reason for the sample with the fault, and the clerk's sentence for it. */
    private static void rejects(String from, String to, String technical, String words) {
        Draft d = CaptureTestData.one("po.edi", withFault(from, to));
        assertThat(d.status()).as("%s -> %s", from, to).isEqualTo(DraftStatus.REJECTED);
        assertThat(d.reasons().get(0).text()).as("%s -> %s", from, to).isEqualTo(technical);
        assertThat(RejectionWords.sentence(technical)).as(technical).isEqualTo(words);
    }

    @Test
    void theSampleAsPublishedIsReadWholeSoEachFaultBelowIsTheOnlyOne() {
        Draft d = CaptureTestData.one("po.edi", SAMPLE.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(d.poNumber()).isEqualTo("08292233294");
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2010, 12, 14));
        assertThat(d.lines()).extracting(DraftLine::quantity).containsExactly(120L, 220L, 126L, 76L, 72L, 696L);
        assertThat(d.reasons()).extracting(Reason::code).contains(Reason.Code.UNKNOWN_CUSTOMER).doesNotContain(Reason.Code.MALFORMED);
    }

    @Test
    void countsAndControlNumbersOfTheEnvelopes() {
        rejects("SE*33*", "SE*30*", "segment 35 (SE), element 1: control count does not match actual count \"30\"",
                "The count 30 in segment 35 (SE), element 1 does not match what the file holds: part of it may be missing." + SEND_AGAIN);
        rejects("GE*1*1421", "GE*2*1421", "segment 36 (GE), element 1: control count does not match actual count \"2\"",
                "The count 2 in segment 36 (GE), element 1 does not match what the file holds: part of it may be missing." + SEND_AGAIN);
        rejects("SE*33*000000010", "SE*33*000000011", "segment 35 (SE), element 2: control reference mismatch \"000000011\"",
                "The control number in segment 35 (SE), element 2 is not the one its opening segment gave: the file was put"
                        + " together wrongly." + CORRECT);
    }

    @Test
    void missingRequiredValuesAndValuesX12DoesNotAllow() {
        rejects("ST*850*000000010", "ST*850", "segment 3 (ST), element 2: required data element missing",
                "Segment 3 (ST), element 2 is empty, but X12 requires a value there." + CORRECT);
        rejects("*1719*1421*", "*1719**", "segment 2 (GS), element 6: required data element missing",
                "Segment 2 (GS), element 6 is empty, but X12 requires a value there." + CORRECT);
        rejects("*12*4405197800", "*QQ*4405197800", "segment 1 (ISA), element 5: invalid code value \"QQ\"",
                "In segment 1 (ISA), element 5 the code \"QQ\" is not one X12 allows there (a qualifier from X12's list is expected)."
                        + CORRECT);
        rejects("GS*PO*", "GS*QQ*", "segment 2 (GS), element 1: invalid code value \"QQ\"",
                "In segment 2 (GS), element 1 the code \"QQ\" is not one X12 allows there (a qualifier from X12's list is expected)."
                        + CORRECT);
        rejects("*101127*1719*", "*101399*1719*", "segment 1 (ISA), element 9: invalid date \"101399\"",
                "In segment 1 (ISA), element 9 the date \"101399\" is not a date." + CORRECT);
        rejects("*20101127*1719*", "*20101127*17A9*", "segment 2 (GS), element 5: invalid time \"17A9\"",
                "In segment 2 (GS), element 5 the time \"17A9\" is not a time of day." + CORRECT);
        rejects("ST*850*000000010", "ST*850*0000000100000", "segment 3 (ST), element 2: data element too long \"0000000100000\"",
                "In segment 3 (ST), element 2 the value \"0000000100000\" is too long for X12." + CORRECT);
        rejects("SE*33*", "SE*3X*", "segment 35 (SE), element 1: invalid character data \"3X\"",
                "In segment 35 (SE), element 1 the value \"3X\" has characters X12 does not allow there." + CORRECT);
        rejects("*U*00400*", "*U*0040A*", "segment 1 (ISA), element 12: invalid code value \"0040A\"",
                "In segment 1 (ISA), element 12 the code \"0040A\" is not one X12 allows there (a qualifier from X12's list is expected)."
                        + CORRECT);
    }

    /** StAEDI reports a segment's fault before the segment starts: the place is that segment, not the one read before it. */
    @Test
    void segmentsMissingOrOutOfPlaceAreNamedWhereTheyAre() {
        rejects("GE*1*1421~\n", "GE*1*1421~\nREF*DP*038~\n", "segment 37 (REF): segment not in defined transaction set",
                "Segment 37 (REF) is in a place where X12 does not allow it (segment not in defined transaction set)." + CORRECT);
        rejects("GS*PO*4405197800*999999999*20101127*1719*1421*X*004010VICS~\n", "", "segment 2 (ST): loop occurs over maximum times",
                "Segment 2 (ST) opens a block that X12 allows only once in that place: the segment that should come before it may be"
                        + " missing." + CORRECT);
        rejects("ST*850*000000010~\n", "ST*850*000000010~\nST*850*000000011~\n", "segment 4 (ST): segment exceeds maximum use",
                "Segment 4 (ST) comes more often than X12 allows in that place." + CORRECT);
        rejects("ST*850*000000010~\n", "", "segment 3 (BEG): segment not in defined transaction set",
                "Segment 3 (BEG) is in a place where X12 does not allow it (segment not in defined transaction set)." + CORRECT);
        rejects("SE*33*000000010~\n", "", "segment 35 (GE): mandatory segment missing \"SE\"",
                "The EDI file has no SE segment where X12 requires one, before segment 35 (GE): part of it may be missing." + SEND_AGAIN);
    }

    @Test
    void filesCutShortOrWithABrokenHeader() {
        rejects("IEA*1*000003438~", "", "segment 36 (GE): EDIE005 - Unexpected end of stream after segment GE at position 36",
                "The EDI file stops after segment 36 (GE) without the segments that close it (IEA): it looks cut off." + SEND_AGAIN);
        String cut = SAMPLE.substring(0, SAMPLE.indexOf("PO1*3*") + 9);
        rejects(SAMPLE.substring(cut.length()), "", "segment 21 (PO1): EDIE005 - Unexpected end of stream in segment PO1 at position 21, element 1",
                "The EDI file ends in the middle of segment 21 (PO1): it looks cut off." + SEND_AGAIN);
        // read by position (IsaHeader), the header's fault is named by its element; StAEDI said only "EDIE003 ... position 18"
        rejects("ISA*01*0000000000*", "ISA*01*00000000000*", "segment 1 (ISA), element 2: \"00000000000\" takes 11 characters"
                        + " where the ISA's fixed layout has 10",
                "In segment 1 (ISA), element 2 the value \"00000000000\" takes 11 characters, but the ISA header gives it exactly 10"
                        + " (padded with spaces)." + CORRECT);
    }

    @Test
    void valuesOfTheOrderItself() {
        rejects("PO1*1*120*EA", "PO1*1*12O*EA", "segment 15 (PO1): quantity \"12O\" is not a number",
                "In segment 15 (PO1) the quantity \"12O\" is not a number." + CORRECT);
        rejects("PO1*1*120*EA", "PO1*1*-120*EA", "segment 15 (PO1): quantity \"-120\" is negative",
                "In segment 15 (PO1) the quantity \"-120\" is below zero." + CORRECT);
        rejects("*9.25*", "*9.2S*", "segment 15 (PO1): unit price \"9.2S\" is not a number",
                "In segment 15 (PO1) the unit price \"9.2S\" is not a number." + CORRECT);
        rejects("DTM*002*20101214", "DTM*002*20101314", "segment 8 (DTM): date \"20101314\" is not CCYYMMDD",
                "In segment 8 (DTM) the date \"20101314\" is not a date (EDI writes 7 December 2026 as 20261207)." + CORRECT);
    }

    /** TA105 001 says the ISA's and IEA's control numbers differ; the inbox answered EDI.Net's sample with 022 (any structure fault). */
    @Test
    void ediNetSampleWhoseTrailerMisquotesTheHeaderIsAnsweredWithTa1Note001() {
        X12OrderReader.Result read = new CaptureEngine(CaptureTestData.master()).readInterchange(
                new InboundMessage("x12.850.edi", text("x12/edinet-x12.850.edi").getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(read.rejected()).isEqualTo("segment 15 (IEA), element 2: control reference mismatch \"000000001\"");
        assertThat(read.envelopeFault().noteCode()).isEqualTo("001");
        String ta1 = new X12AcknowledgmentWriter("ZZ", "ORDERDESK").interchangeAck(read.interchange(), read.envelopeFault(), 7,
                LocalDateTime.of(2026, 12, 7, 10, 30));
        assertThat(ta1).contains("~\nTA1*000000055*090827*0936*R*001~\n"); // the sample's ISA13, ISA09 and ISA10
    }

    @Test
    void theSampleIsAnsweredWithA997AcceptingItsGroupAndSet() {
        X12OrderReader.Result read = new CaptureEngine(CaptureTestData.master()).readInterchange(
                new InboundMessage("po.edi", SAMPLE.getBytes(StandardCharsets.ISO_8859_1)));
        String ack = new X12AcknowledgmentWriter("ZZ", "ORDERDESK").functionalAck(read.interchange(), 7, 8,
                LocalDateTime.of(2026, 12, 7, 10, 30));
        assertThat(ack).contains("*ZZ*ORDERDESK      *12*4405197800     *", "~\nGS*FA*999999999*4405197800*20261207*1030*8*X*004010~\n",
                "~\nAK1*PO*1421~\nAK2*850*000000010~\nAK5*A~\nAK9*A*1*1*1~\n"); // its GS06, its ST02: accepted
        // GS02 and GS03 are the sample group's GS03 and GS02, exchanged (X12 997 note 1/010)
    }
}
