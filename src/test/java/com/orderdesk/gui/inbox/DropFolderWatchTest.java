package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.application.capture.InboxUseCases.Folders;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop folder's watch: a folder of many mixed messages is taken in once each, a file still
 * being written is left until it stops growing, and a folder an administrator changes is read from
 * the next look on, without a restart. The looks are made by calling {@code sweep()} directly.
 */
class DropFolderWatchTest {
    @TempDir
    Path dir;
    private TestBook book;
    private SignedInUser clerk;
    private Path drop;
    private final List<ImportSummary> taken = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private DropFolderWatch watch;

    @BeforeEach
    void book() throws Exception {
        book = TestBook.create(dir);
        clerk = book.clerk();
        InboxMessages.prepare(book, Files.createDirectories(dir.resolve("outbox")));
        drop = Files.createDirectories(dir.resolve("drop"));
        book.services().inbox().settings().change(book.admin(), new Folders(drop, dir.resolve("outbox")), null);
        OrderDeskServices orders = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> clerk);
        // a long quiet time: only "the same size and time as at the last look" lets a file in, whatever the machine's speed
        watch = new DropFolderWatch(new InboxDeskServices(book.services().inbox(), orders, () -> clerk), taken::add, problems::add,
                Duration.ofHours(1));
    }

    private static String mail(String subject, String body) {
        return "From: Dana Ortiz <dana@acme.example>\r\nTo: orders@northwind-supply.example\r\nSubject: " + subject
                + "\r\nDate: Thu, 26 Nov 2026 09:12:00 -0600\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body.replace("\n", "\r\n");
    }

    private static String edi(int n) {
        String control = String.format("%09d", 1000 + n);
        return "ISA*00*          *00*          *ZZ*ACMEJAN        *ZZ*ORDERDESK      *261126*0912*U*00401*" + control + "*0*P*>~\n"
                + "GS*PO*ACMEJAN*ORDERDESK*20261126*0912*" + (1000 + n) + "*X*004010~\nST*850*0001~\n"
                + "BEG*00*SA*45000" + (80000 + n) + "**20261126~\nPO1*1*" + (1 + n % 9) + "*BX*10.99**VP*GLV-NIT-L~\n"
                + "CTT*1~\nSE*5*0001~\nGE*1*" + (1000 + n) + "~\nIEA*1*" + control + "~\n";
    }

    /** 200 messages: 80 orders nobody needs to look at, 40 to review, 40 questions, 40 EDI 850s. */
    private void twoHundredMixedMessages() throws Exception {
        for (int i = 0; i < 200; i++) {
            String name;
            String text;
            switch (i % 5) {
                case 0, 1 -> {
                    name = String.format("po-%03d.eml", i);
                    text = mail("PO 9" + i, "Hello,\n\nPlease ship:\n\n" + (1 + i % 7) + " x GLV-NIT-L\n\nThanks,\nDana Ortiz\n");
                }
                case 2 -> {
                    name = String.format("review-%03d.eml", i);
                    text = mail("PO 8" + i, "Hello,\n\nPlease ship:\n\n2 x GLV-NIT-L\n" + (1 + i % 4) + " blue mop heads\n\nThanks,\nDana\n");
                }
                case 3 -> {
                    name = String.format("question-%03d.eml", i);
                    text = mail("Delivery times", "Hello,\n\nCould you tell me when the next truck to Chicago leaves?\n\nThanks,\nDana\n");
                }
                default -> {
                    name = String.format("acme-%03d.edi", i);
                    text = edi(i);
                }
            }
            Files.writeString(drop.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    private Map<String, Long> messagesByFile() {
        List<InboxRow> rows = book.services().inbox().list(clerk).rows();
        return rows.stream().collect(Collectors.groupingBy(InboxRow::fileName, Collectors.mapping(InboxRow::messageId,
                Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    }

    @Test
    void twoHundredMixedMessagesAreTakenOnceEachAndAFileStillBeingWrittenWaitsUntilItIsWhole() throws Exception {
        twoHundredMixedMessages();
        String slow = mail("PO 7781", "Hello,\n\nPlease ship:\n\n5 x GLV-NIT-L\n2 x TWL-ROLL-8\n\nThanks,\nDana Ortiz\n");
        Path slowFile = drop.resolve("slow.eml");
        Files.writeString(slowFile, slow.substring(0, 120));

        watch.sweep(); // first look: every file is new, none known to be whole yet
        assertThat(taken).isEmpty();
        Files.writeString(slowFile, slow.substring(120), StandardOpenOption.APPEND);
        watch.sweep(); // the 200 did not change since: taken; slow.eml grew: left
        watch.sweep(); // slow.eml stayed the same: taken whole
        watch.sweep(); // nothing new
        watch.sweep();

        assertThat(problems).isEmpty();
        assertThat(taken).extracting(ImportSummary::read).containsExactly(200, 1);
        assertThat(taken.get(0).alreadyTaken()).isEmpty();
        Map<String, Long> byFile = messagesByFile();
        assertThat(byFile).hasSize(201);
        assertThat(byFile.values()).allMatch(n -> n == 1);
        List<InboxRow> rows = book.services().inbox().list(clerk).rows();
        assertThat(rows.stream().filter(r -> r.status() == InboxStatus.SAVED_TOUCHLESS).count()).isEqualTo(80 + 40 + 1);
        assertThat(rows.stream().filter(r -> r.status() == InboxStatus.NOT_AN_ORDER).count()).isEqualTo(40);
        InboxRow slowRow = rows.stream().filter(r -> r.fileName().equals("slow.eml")).findFirst().orElseThrow();
        assertThat(slowRow.status()).as("read whole: both lines, not the first 120 bytes").isEqualTo(InboxStatus.SAVED_TOUCHLESS);
        assertThat(book.services().inbox().review().original(clerk, slowRow.messageId()).text()).contains("2 x TWL-ROLL-8");
    }

    @Test
    void aDropFolderChangedByAnAdministratorIsReadAtTheNextLookWithoutARestart() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        Files.writeString(share.resolve("po-1.eml"), mail("PO 6001", "Please ship:\n\n3 x GLV-NIT-L\n\nThanks,\nDana Ortiz\n"));
        watch.sweep();
        watch.sweep();
        assertThat(taken).isEmpty();

        book.services().inbox().settings().change(book.admin(), new Folders(share, dir.resolve("outbox")), "moved to the share");
        watch.sweep();
        watch.sweep();

        assertThat(taken).extracting(ImportSummary::sentence).containsExactly("1 message: 1 saved touchless");
        assertThat(messagesByFile()).containsOnlyKeys("po-1.eml");
    }
}
