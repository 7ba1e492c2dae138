package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12's EDI round trip: an 850 in, the order saved, a 997 and an 855 out, both read back by StAEDI. */
class InboxEdiTest {
    @TempDir
    Path dir;

    /** Every segment of an interchange as "TAG*el*el", composites joined with ">", as StAEDI reads them. */
    private static List<String> segments(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(in)) {
            StringBuilder seg = null;
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                switch (e) {
                    case START_SEGMENT -> seg = new StringBuilder(r.getText());
                    case ELEMENT_DATA -> seg.append(r.getLocation().getComponentPosition() > 1 ? ">" : "*").append(r.getText());
                    case ELEMENT_DATA_ERROR, SEGMENT_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            throw new AssertionError(file.getFileName() + ": " + r.getErrorType() + " at " + r.getLocation());
                    case END_SEGMENT -> out.add(seg.toString());
                    default -> {
                    }
                }
            }
        }
        return out;
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).as(prefix + " files in the outbox").hasSize(1);
            return found.get(0);
        }
    }

    private static String control(List<String> segments, String tag, int element) {
        String seg = segments.stream().filter(s -> s.startsWith(tag + "*")).findFirst().orElseThrow();
        return seg.split("\\*", -1)[element];
    }

    @Test
    void an850IsSavedAsAnEdiOrderAndAcknowledgedByA997AndAn855WithControlNumbersThatNeverRepeat() throws Exception {
        TestBook book = TestBook.create(dir);
        AppServices services = book.services();
        Path outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);

        services.inbox().take(book.clerk(), List.of(InboxMessages.edi850()), BatchProgress.NONE);

        InboxRow row = services.inbox().list(book.clerk()).rows().get(0);
        assertThat(row.status()).isEqualTo(InboxStatus.SAVED_TOUCHLESS);
        LoadedOrder order = services.orders().load(book.clerk(), row.orderId());
        assertThat(order.draft().channel()).isEqualTo(OrderChannel.EDI);
        assertThat(order.draft().customerPo()).isEqualTo("4500077001");

        List<String> fa = segments(only(outbox, "997-"));
        assertThat(fa).contains("ST*997*0001", "AK1*PO*555", "AK2*850*0001", "AK5*A", "AK9*A*1*1*1");
        assertThat(control(fa, "ISA", 6).strip()).isEqualTo("ORDERDESK");
        assertThat(control(fa, "ISA", 8).strip()).as("back to the sender").isEqualTo("ACMEJAN");
        assertThat(control(fa, "ISA", 12)).isEqualTo("00401");

        List<String> poa = segments(only(outbox, "855-"));
        assertThat(poa).contains("ST*855*0001", "BAK*00*AD*4500077001*20261126", "PO1*1*10*BX*10.99**VP*GLV-NIT-L",
                "ACK*IA*10*BX", "PO1*2*1*CS*41**VP*TWL-ROLL-8", "ACK*IA*1*CS", "CTT*2");
        assertThat(control(poa, "ISA", 13)).as("each interchange its own control number")
                .isNotEqualTo(control(fa, "ISA", 13));
        assertThat(control(poa, "GS", 6)).isNotEqualTo(control(fa, "GS", 6));
        assertThat(control(poa, "ISA", 13)).isEqualTo(control(poa, "IEA", 2));

        // a second run (another import, another day) goes on counting from the book; the partner's
        // next interchange has its own control number (the same one again would be a repeat: TA1 025)
        services.inbox().take(book.clerk(), List.of(new com.orderdesk.logic.capture.InboundMessage("again.edi",
                new String(InboxMessages.edi850().bytes(), java.nio.charset.StandardCharsets.US_ASCII)
                        .replace("000000555", "000000556").getBytes(java.nio.charset.StandardCharsets.US_ASCII))), BatchProgress.NONE);
        try (Stream<Path> files = Files.list(outbox)) {
            List<String> isa = files.filter(p -> p.getFileName().toString().startsWith("997-")).map(p -> {
                try {
                    return control(segments(p), "ISA", 13);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(isa).hasSize(2).doesNotHaveDuplicates();
        }
        InboxRow again = services.inbox().list(book.clerk()).rows().stream().filter(r -> r.source().equals("again.edi"))
                .findFirst().orElseThrow();
        assertThat(again.status()).as("the same PO again").isEqualTo(InboxStatus.TO_REVIEW);
    }

    /**
     * A file of two interchanges from two senders (an order from an unknown sender, then Acme's):
     * each gets its own 997, to its own sender, acknowledging its own group; Acme's order's 855 goes
     * to Acme. Before, one 997 went to the first sender acknowledging both groups, and so did the 855.
     */
    @Test
    void eachInterchangeOfAFileIsAcknowledgedToItsOwnSender() throws Exception {
        TestBook book = TestBook.create(dir);
        AppServices services = book.services();
        Path outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
        String acme = new String(InboxMessages.edi850().bytes(), java.nio.charset.StandardCharsets.US_ASCII);
        String other = acme.replace("ACMEJAN        ", "OTHERCO        ").replace("GS*PO*ACMEJAN", "GS*PO*OTHERCO")
                .replace("*000000555*", "*000000777*").replace("IEA*1*000000555", "IEA*1*000000777")
                .replace("*555*X*", "*778*X*").replace("GE*1*555", "GE*1*778").replace("4500077001", "OTH-1");
        services.inbox().take(book.clerk(), List.of(new com.orderdesk.logic.capture.InboundMessage("two.edi",
                (other + acme).getBytes(java.nio.charset.StandardCharsets.US_ASCII))), BatchProgress.NONE);

        List<List<String>> acks = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("997-")).sorted().toList()) {
                acks.add(segments(p));
            }
        }
        assertThat(acks).as("one 997 per interchange").hasSize(2);
        assertThat(acks).extracting(a -> control(a, "ISA", 8).strip()).containsExactlyInAnyOrder("OTHERCO", "ACMEJAN");
        for (List<String> a : acks) {
            boolean toAcme = control(a, "ISA", 8).strip().equals("ACMEJAN");
            assertThat(a).as("its own group only").contains("AK1*PO*" + (toAcme ? "555" : "778"), "AK9*A*1*1*1")
                    .doesNotContain("AK1*PO*" + (toAcme ? "778" : "555"));
        }
        List<String> poa = segments(only(outbox, "855-"));
        assertThat(poa).contains("BAK*00*AD*4500077001*20261126");
        assertThat(control(poa, "ISA", 8).strip()).as("the 855 to the order's sender").isEqualTo("ACMEJAN");
    }
}
