package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message is taken in whole or not at all: the message, its rows, the record of its interchanges
 * and its orders are one unit of work (MessageIntake).
 */
class InboxWholeMessageTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    Path outbox;

    @BeforeEach
    void book() {
        book = TestBook.create(dir);
        services = book.services();
        outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
    }

    private long count(String sql) {
        return book.db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    private void sql(String statement) {
        book.db.write(s -> s.createNativeMutationQuery(statement).executeUpdate());
    }

    private List<String> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(p -> p.getFileName().toString().substring(0, 4)).sorted().toList();
        }
    }

    /**
     * The book fails while the order is saved (here a trigger stands for a full disk or a lost
     * connection). Before, the interchange had been recorded in a unit of its own: the message and
     * the interchange stayed with no order and no row for it, and the sender's second try was a
     * repeat (TA1 025) whose order nobody would take. Now nothing stays, and the second try is taken.
     */
    @Test
    void aFailureWhileTheOrderIsSavedKeepsNothingOfTheMessageAndTheNextTryIsTaken() throws IOException {
        sql("CREATE TRIGGER inbox_item_fails BEFORE INSERT ON inbox_item BEGIN SELECT RAISE(ABORT, 'refused by this test'); END");
        assertThatThrownBy(() -> services.inbox().take(book.clerk(), List.of(InboxMessages.edi850()), BatchProgress.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("acme-850.edi");
        assertThat(count("SELECT COUNT(*) FROM inbox_message")).as("messages kept").isZero();
        assertThat(count("SELECT COUNT(*) FROM received_interchange")).as("interchanges recorded").isZero();
        assertThat(count("SELECT COUNT(*) FROM sales_order")).as("orders").isZero();
        assertThat(Files.exists(outbox) ? outboxFiles() : List.of()).as("nothing answered").isEmpty();

        sql("DROP TRIGGER inbox_item_fails");
        services.inbox().take(book.clerk(), List.of(InboxMessages.edi850()), BatchProgress.NONE);
        assertThat(services.inbox().list(book.clerk()).rows()).extracting(InboxRow::status)
                .containsExactly(InboxStatus.SAVED_TOUCHLESS);
        assertThat(outboxFiles()).containsExactly("855-", "997-");
    }

    /**
     * Of two orders in one interchange, the second asks for a date already past: the book refuses it
     * (OrderValidator), so it waits to review with the book's words, while the first is saved and
     * acknowledged, and the interchange is recorded once.
     */
    @Test
    void aTouchlessOrderTheBookRefusesWaitsToReviewBesideTheOrderTaken() throws IOException {
        String x12 = new String(InboxMessages.edi850().bytes(), StandardCharsets.US_ASCII);
        String set = x12.substring(x12.indexOf("ST*850*0001~"), x12.indexOf("GE*"));
        String late = set.replace("0001~", "0002~").replace("4500077001", "4500077002")
                .replace("PO1*1*", "DTM*002*20261101~\nPO1*1*").replace("SE*6*", "SE*7*");
        String two = x12.replace(set, set + late).replace("GE*1*", "GE*2*");
        services.inbox().take(book.clerk(), List.of(new InboundMessage("two.edi", two.getBytes(StandardCharsets.US_ASCII))),
                BatchProgress.NONE);

        List<InboxRow> rows = services.inbox().list(book.clerk()).rows();
        assertThat(rows).extracting(r -> r.source() + " " + r.status())
                .containsExactlyInAnyOrder("two.edi#1 SAVED_TOUCHLESS", "two.edi#2 TO_REVIEW");
        assertThat(rows).filteredOn(r -> r.status() == InboxStatus.TO_REVIEW).singleElement().extracting(InboxRow::reasons)
                .asString().startsWith("not saved: ").contains("in the past");
        assertThat(count("SELECT COUNT(*) FROM sales_order")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM received_interchange")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_message")).isEqualTo(1);
        assertThat(outboxFiles()).containsExactly("855-", "997-");
    }
}
