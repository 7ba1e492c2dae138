package com.orderdesk.logic.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.capture.edi.InterchangeAdmission;
import com.orderdesk.logic.capture.edi.InterchangeAdmission.OwnId;
import com.orderdesk.logic.capture.edi.X12AcknowledgmentWriter;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * X12's TA1 note codes (element I18, e.g. stedi.com/edi/x12/element/I18): 009 unknown interchange
 * receiver ID, 025 duplicate interchange control number; on node-x12's public 850s
 * (samples/capture/SOURCES.md), addressed to 01 999999999 from 12 4405197800.
 */
class InterchangeAdmissionTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 30);
    private static final X12AcknowledgmentWriter DESK = new X12AcknowledgmentWriter("ZZ", "ORDERDESK");

    private static X12OrderReader.Result read(String path) throws IOException {
        try (InputStream in = InterchangeAdmissionTest.class.getResourceAsStream("/samples/capture/" + path)) {
            return new CaptureEngine(CaptureTestData.master()).readInterchange(new InboundMessage(path, in.readAllBytes()));
        }
    }

    @Test
    void aDeskWithoutAnIdOfItsOwnTakesAnyReceiverAndOneWithAnIdOnlyItsOwn() throws IOException {
        X12OrderReader.Result read = read("x12/nodex12-850.edi"); // ISA07/08: 01 999999999
        assertThat(InterchangeAdmission.admit(read, new OwnId("", ""), k -> null).refusals()).isEmpty();
        assertThat(InterchangeAdmission.admit(read, new OwnId("01", "999999999"), k -> null).refusals()).isEmpty();
        assertThat(InterchangeAdmission.admit(read, new OwnId("", "999999999"), k -> null).refusals())
                .as("no qualifier set: the ID alone").isEmpty();

        InterchangeAdmission.Admitted other = InterchangeAdmission.admit(read, new OwnId("ZZ", "ORDERDESK"), k -> null);
        assertThat(other.refusals()).extracting(InterchangeAdmission.Refusal::noteCode).containsExactly("009");
        assertThat(other.refusals().get(0).reason()).isEqualTo(
                "interchange 000003438 from 12 4405197800 is addressed to 01 999999999, not to this desk's EDI ID ZZ ORDERDESK");
        assertThat(other.refusalOfOrder(0)).isNotNull();
        assertThat(other.taken()).isEmpty();
        assertThat(other.result().envelopeFault().noteCode()).isEqualTo("009");
        String ta1 = DESK.interchangeAck(other.result().interchange(), other.result().envelopeFault(), 9, NOW);
        assertThat(ta1).contains("TA1*000003438*101127*1719*R*009~"); // the sample's ISA13, ISA09, ISA10
        assertThat(InterchangeAdmission.admit(read, new OwnId("ZZ", "999999999"), k -> null).refusals())
                .as("its ID under another qualifier").hasSize(1);
    }

    /** node-x12's 850_fat holds two interchanges of one sender with the same control number 000003438. */
    @Test
    void aControlNumberTheSenderUsedBeforeInTheBookOrInTheFileIsARepeat() throws IOException {
        X12OrderReader.Result fat = read("x12/nodex12-850_fat.edi");
        InterchangeAdmission.Admitted admitted = InterchangeAdmission.admit(fat, new OwnId("", ""), k -> null);
        assertThat(admitted.refusals()).extracting(r -> r.interchange() + " " + r.noteCode()).containsExactly("1 025");
        assertThat(admitted.refusals().get(0).reason()).endsWith("was taken in before (earlier in this file)");
        assertThat(admitted.refusalOfOrder(0)).isNull();
        assertThat(admitted.refusalOfOrder(1)).isNotNull();
        assertThat(admitted.taken()).hasSize(1);

        X12OrderReader.Result single = read("x12/nodex12-850.edi");
        InterchangeAdmission.Admitted again = InterchangeAdmission.admit(single, new OwnId("", ""),
                k -> k.equals(new InterchangeAdmission.Key("12", "4405197800", "000003438")) ? "2026-12-01 08:00 UTC in po.edi" : null);
        assertThat(again.refusals()).extracting(InterchangeAdmission.Refusal::reason)
                .containsExactly("interchange 000003438 from 12 4405197800 was taken in before (2026-12-01 08:00 UTC in po.edi)");
    }

    /**
     * Claiming is asking the book (on a shared book the claim locks the key until the unit ends): the
     * same two interchanges in opposite order in two files are asked about in one order, by key, so two
     * desks taking both files at once cannot each hold one and wait for the other. Before, in file order.
     */
    @Test
    void theBookIsAskedAboutTheInterchangesInTheOrderOfTheirKeysNotOfTheFile() throws IOException {
        String x1;
        try (InputStream in = InterchangeAdmissionTest.class.getResourceAsStream("/samples/capture/x12/nodex12-850.edi")) {
            x1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).strip() + "\n";
        }
        String x2 = x1.replace("000003438", "000003439");
        CaptureEngine engine = new CaptureEngine(CaptureTestData.master());
        java.util.List<java.util.List<String>> asked = new java.util.ArrayList<>();
        for (String file : java.util.List.of(x1 + x2, x2 + x1)) {
            X12OrderReader.Result read = engine.readInterchange(new InboundMessage("pair.edi",
                    file.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            assertThat(read.answers()).hasSize(2);
            java.util.List<String> keys = new java.util.ArrayList<>();
            InterchangeAdmission.Admitted admitted = InterchangeAdmission.admit(read, new OwnId("", ""), k -> {
                keys.add(k.controlNumber());
                return k.controlNumber().equals("000003439") ? "before" : null;
            });
            assertThat(admitted.refusals()).singleElement().extracting(r -> read.answers().get(r.interchange()).interchange()
                    .controlNumber()).isEqualTo("000003439");
            asked.add(keys);
        }
        assertThat(asked).containsExactly(java.util.List.of("000003438", "000003439"), java.util.List.of("000003438", "000003439"));
    }
}
