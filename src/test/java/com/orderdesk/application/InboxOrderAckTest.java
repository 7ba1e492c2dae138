package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 855 the desk sends back for an EDI order: BAK03 the PO number, BAK04 the date the purchaser
 * gave the PO (BEG05 of its 850; X12 855: "BAK04 is the date assigned by the purchaser to purchase
 * order"), in a group addressed as the PO's own group is answered (its GS03 our GS02, its GS02 our
 * GS03). The book's day is 2026-11-26 (TestBook's clock). Before, BAK04 was the day the order was
 * saved, and every 855 of a file went in the context of its first PO group.
 */
class InboxOrderAckTest {
    @TempDir
    Path dir;

    private static String segment(String x12, String tag) {
        return Arrays.stream(x12.split("~")).map(String::strip).filter(s -> s.startsWith(tag + "*")).findFirst().orElseThrow();
    }

    private static String ackOf(Path outbox, String po) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("855-" + po + "-")).toList();
            assertThat(found).as("the 855 of PO %s", po).hasSize(1);
            return Files.readString(found.get(0), StandardCharsets.US_ASCII);
        }
    }

    /** GS02*GS03 of an 855 (its application sender's and receiver's codes). */
    private static String codes(String x12) {
        String[] gs = segment(x12, "GS").split("\\*");
        return gs[1] + "*" + gs[2] + "*" + gs[3];
    }

    private static String group(String sender, String receiver, int control, String gsDate, String po, String poDate) {
        return "GS*PO*" + sender + "*" + receiver + "*" + gsDate + "*0800*" + control + "*X*004010~\n"
                + "ST*850*0001~\n"
                + "BEG*00*SA*" + po + "**" + poDate + "~\n"
                + "PO1*1*2*BX*10.99**VP*GLV-NIT-L~\n"
                + "CTT*1~\n"
                + "SE*5*0001~\n"
                + "GE*1*" + control + "~\n";
    }

    /**
     * One interchange from Acme with two PO groups of different application codes (two buying
     * offices), each PO dated days before it was sent: each 855 carries its own PO's date and
     * answers in its own group's codes.
     */
    @Test
    void eachOrderOfAFileWithTwoGroupsIsAcknowledgedWithItsOwnDateInItsOwnGroupsCodes() throws Exception {
        TestBook book = TestBook.create(dir);
        AppServices services = book.services();
        Path outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
        String x12 = "ISA*00*          *00*          *ZZ*ACMEJAN        *ZZ*ORDERDESK      *261126*0800*U*00401*000000610*0*P*>~\n"
                + group("ACMECHI", "ORDERDESK", 611, "20261125", "4500061101", "20261119")
                + group("ACMEAUS", "NWSALES", 612, "20261125", "4500061201", "20261118")
                + "IEA*2*000000610~\n";
        services.inbox().take(book.clerk(), List.of(new InboundMessage("two-groups.edi", x12.getBytes(StandardCharsets.US_ASCII))),
                BatchProgress.NONE);

        assertThat(services.inbox().list(book.clerk()).rows()).extracting(InboxRow::status)
                .containsExactly(InboxStatus.SAVED_TOUCHLESS, InboxStatus.SAVED_TOUCHLESS);
        String chicago = ackOf(outbox, "4500061101");
        String austin = ackOf(outbox, "4500061201");
        assertThat(codes(chicago)).isEqualTo("PR*ORDERDESK*ACMECHI");
        assertThat(codes(austin)).as("in the context of the second group, not the first").isEqualTo("PR*NWSALES*ACMEAUS");
        assertThat(segment(chicago, "BAK")).isEqualTo("BAK*00*AD*4500061101*20261119");
        assertThat(segment(austin, "BAK")).isEqualTo("BAK*00*AD*4500061201*20261118");
        assertThat(segment(chicago, "GS").split("\\*")[6]).as("each 855 a group control number of its own")
                .isNotEqualTo(segment(austin, "GS").split("\\*")[6]);
    }

    /**
     * node-x12's public 850 (samples/capture/SOURCES.md; PO 08292233294 of 2010-11-27, BEG05
     * 20101127): its items are not in the catalogue, so it waits for review; the clerk saves it with
     * gloves and the 855 still names the PO's own date, not the day of the review.
     */
    @Test
    void aPublicOrderSavedAfterReviewIsAcknowledgedWithThePurchasersDate() throws Exception {
        TestBook book = TestBook.create(dir);
        AppServices services = book.services();
        Path outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
        book.db.write(s -> s.createNativeMutationQuery("UPDATE customer SET edi_sender_id = '4405197800' WHERE id = ?1")
                .setParameter(1, book.acmeId).executeUpdate());
        byte[] sample;
        try (InputStream in = InboxOrderAckTest.class.getResourceAsStream("/samples/capture/x12/nodex12-850.edi")) {
            sample = in.readAllBytes();
        }
        services.inbox().take(book.clerk(), List.of(new InboundMessage("nodex12-850.edi", sample)), BatchProgress.NONE);
        InboxRow row = services.inbox().list(book.clerk()).rows().get(0);
        assertThat(row.status()).isEqualTo(InboxStatus.TO_REVIEW);

        services.inbox().review().save(book.clerk(), row.itemId(), new OrderDraft(null, null, book.acmeId, book.acmeShipToId,
                OrderChannel.EDI, "08292233294", null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 3, null, null))), false);

        String ack = ackOf(outbox, "08292233294");
        assertThat(segment(ack, "BAK")).endsWith("*08292233294*20101127");
        assertThat(codes(ack)).isEqualTo("PR*999999999*4405197800");
    }
}
