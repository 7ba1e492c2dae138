package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Each fault a trading partner can make in an ISA header, put into node-x12's public 850 (MIT;
 * samples/capture/SOURCES.md), is answered with a TA1 to that partner carrying the interchange's
 * control number and the TA105 note code X12 gives that fault (the I18 list, as tabled in
 * stephenmccready/X12's SQLCreate_X12_TA1_InterchangeNoteCode: 004 segment terminator, 005-008
 * sender and receiver qualifiers and IDs, 010-020 ISA01-04 and ISA09-15, 021 group count, 023 cut
 * off, 026-027 separators).
 */
class CapturePublicIsaFaultsTest {
    private static final String SAMPLE = text("x12/nodex12-850.edi");
    private static final String ISA = "ISA*01*0000000000*01*ABCCO     *12*4405197800     *01*999999999      *101127*1719*U*00400*000003438*0*P*>~";

    private static String text(String path) {
        try (InputStream in = CapturePublicIsaFaultsTest.class.getResourceAsStream("/samples/capture/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TA105 the sample gets with {@code from} (found once) replaced by {@code to}; the TA1 goes to the sample's sender. */
    private static String noteCode(String from, String to) {
        assertThat(SAMPLE.indexOf(from)).as("'%s' in the sample", from).isNotNegative().isEqualTo(SAMPLE.lastIndexOf(from));
        X12OrderReader.Result read = new CaptureEngine(CaptureTestData.master()).readInterchange(
                new InboundMessage("po.edi", SAMPLE.replace(from, to).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(read.rejected()).as("%s -> %s", from, to).isNotNull();
        assertThat(read.interchange()).as("%s -> %s: someone to answer", from, to).isNotNull();
        assertThat(read.envelopeFault()).as("%s -> %s: a TA1, not a 997", from, to).isNotNull();
        String ta1 = new X12AcknowledgmentWriter("ZZ", "ORDERDESK").interchangeAck(read.interchange(), read.envelopeFault(), 7,
                LocalDateTime.of(2026, 12, 7, 10, 30));
        assertThat(ta1).as("%s -> %s", from, to).contains("*ZZ*ORDERDESK      *" + (to.startsWith("*QQ*44") ? "QQ" : "12") + "*4405197800     *")
                .contains("~\nTA1*000003438*");
        assertThat(RejectionWords.sentence(read.rejected())).as(read.rejected()).doesNotStartWith("A value in")
                .doesNotStartWith("The file cannot be read");
        return read.envelopeFault().noteCode();
    }

    @Test
    void theSampleHeaderIsTheOneTheFaultsArePutInto() {
        assertThat(SAMPLE).startsWith(ISA);
        assertThat(ISA).hasSize(106);
    }

    @Test
    void aValueWiderOrNarrowerThanItsPlaceIsNamedByItsElement() {
        assertThat(noteCode("ISA*01*0000000000*", "ISA*1*0000000000*")).isEqualTo("010");
        assertThat(noteCode("ISA*01*0000000000*", "ISA*01*00000000000*")).isEqualTo("011");
        assertThat(noteCode("*01*ABCCO     *", "*001*ABCCO     *")).isEqualTo("012");
        assertThat(noteCode("*01*ABCCO     *", "*01*ABCCO    *")).isEqualTo("013");
        assertThat(noteCode("*12*4405197800     *", "*12*4405197800      *")).isEqualTo("006");
        assertThat(noteCode("*01*999999999      *", "*01*999999999    *")).isEqualTo("008");
        assertThat(noteCode("*000003438*0*P*", "*00003438*0*P*")).isEqualTo("018");
    }

    @Test
    void codesAndValuesX12DoesNotAllowInTheHeader() {
        assertThat(noteCode("*12*4405197800", "*QQ*4405197800")).isEqualTo("005");
        assertThat(noteCode("*01*999999999      *", "*QQ*999999999      *")).isEqualTo("007");
        assertThat(noteCode("*01*999999999      *", "*01*               *")).isEqualTo("008");
        assertThat(noteCode("*101127*1719*", "*101399*1719*")).isEqualTo("014");
        assertThat(noteCode("*101127*1719*", "*101127*1779*")).isEqualTo("015");
        assertThat(noteCode("*U*00400*", "*X*00400*")).isEqualTo("016");
        assertThat(noteCode("*U*00400*", "*U*0040A*")).isEqualTo("017");
        assertThat(noteCode("*000003438*0*P*", "*000003438*7*P*")).isEqualTo("019");
        assertThat(noteCode("*0*P*>~", "*0*Q*>~")).isEqualTo("020");
    }

    /** A TA1 quotes the sender and the interchange's number: without them there is no one to send it to. */
    @Test
    void noSenderOrNoControlNumberLeavesNobodyToAnswer() {
        CaptureEngine engine = new CaptureEngine(CaptureTestData.master());
        for (String[] fault : new String[][] {{"*12*4405197800     *", "*12*               *"},
            {"*000003438*0*P*", "*00000343X*0*P*"}}) {
            X12OrderReader.Result read = engine.readInterchange(new InboundMessage("po.edi",
                    SAMPLE.replace(fault[0], fault[1]).getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(read.rejected()).as(fault[1]).isNotNull();
            assertThat(read.interchange()).as(fault[1]).isNull();
        }
    }

    @Test
    void separatorsAndTerminator() {
        assertThat(noteCode("ISA*01*", "ISA|01*")).as("element separator").isEqualTo("026");
        assertThat(noteCode("*0*P*>~", "*0*P*A~")).as("component separator a letter").isEqualTo("027");
        assertThat(noteCode("*0*P*>~\n", "*0*P*>")).as("the terminator left out").isEqualTo("004");
        assertThat(noteCode("*0*P*>~", "*0*P*>*")).as("the terminator the element separator").isEqualTo("004");
    }

    @Test
    void theTrailerOfTheInterchange() {
        assertThat(noteCode("IEA*1*000003438", "IEA*1*000003439")).isEqualTo("001");
        assertThat(noteCode("IEA*1*000003438", "IEA*2*000003438")).isEqualTo("021");
        assertThat(noteCode("IEA*1*000003438~", "")).as("cut off").isEqualTo("023");
    }
}
