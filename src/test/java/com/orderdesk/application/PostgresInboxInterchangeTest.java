package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The record of interchanges taken (V29_12, ReceivedInterchange) on PostgreSQL: a repeat is refused there too. Runs when ORDERDESK_TEST_PG_URL is set. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresInboxInterchangeTest {
    @TempDir
    Path dir;

    @Test
    void theSameInterchangeDroppedTwiceIsTakenOnceOnAPostgresBook() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            TestBook book = TestBook.create(schema.config());
            try {
                AppServices services = book.services();
                Path outbox = Files.createDirectories(dir.resolve("outbox"));
                InboxMessages.prepare(book, outbox);
                services.inbox().take(book.clerk(), List.of(InboxMessages.edi850()), BatchProgress.NONE);
                services.inbox().take(book.clerk(), List.of(new InboundMessage("resent.edi", InboxMessages.edi850().bytes())),
                        BatchProgress.NONE);

                List<InboxRow> rows = services.inbox().list(book.clerk()).rows();
                assertThat(rows).extracting(r -> r.source() + " " + r.status())
                        .containsExactlyInAnyOrder("acme-850.edi " + InboxStatus.SAVED_TOUCHLESS, "resent.edi " + InboxStatus.REJECTED);
                long kept = book.db.read(s -> ((Number) s.createNativeQuery("SELECT COUNT(*) FROM received_interchange", Object.class)
                        .getSingleResult()).longValue());
                assertThat(kept).isEqualTo(1);
                try (Stream<Path> files = Files.list(outbox)) {
                    assertThat(files.map(p -> p.getFileName().toString().substring(0, 4)).sorted().toList())
                            .containsExactly("855-", "997-", "TA1-");
                }
            } finally {
                book.db.close();
            }
        }
    }

    /**
     * Two desks over one PostgreSQL book take in the same interchange at the same moment. Before, the
     * second failed on received_interchange's unique index ("Taking in race-1.edi was refused: a record
     * with the same number already exists") and answered nothing; now it answers a TA1 025 and takes no order.
     */
    @Test
    void twoDesksTakingTheSameInterchangeAtOnceTakeItOnceAndTheOtherAnswersTa1Note025() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            TestBook book = TestBook.create(schema.config());
            try (com.orderdesk.persistence.Database second = com.orderdesk.persistence.Database.open(schema.config())) {
                Path outbox = Files.createDirectories(dir.resolve("outbox"));
                InboxMessages.prepare(book, outbox);
                InterchangeRace.run(book, second, outbox, 6);
            } finally {
                book.db.close();
            }
        }
    }

    /**
     * Two files with the same two interchanges in opposite order, taken by two desks at once: before,
     * the desks claimed them in file order and deadlocked (40P01), one of them failing to take its
     * file; now both files are taken, each interchange's order once (see {@link OppositeInterchanges}).
     */
    @Test
    void twoDesksTakingTheSameTwoInterchangesInOppositeOrderAtOnceDoNotDeadlock() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            TestBook book = TestBook.create(schema.config());
            try (com.orderdesk.persistence.Database second = com.orderdesk.persistence.Database.open(schema.config())) {
                InboxMessages.prepare(book, Files.createDirectories(dir.resolve("outbox")));
                OppositeInterchanges.run(schema, book, second);
            } finally {
                book.db.close();
            }
        }
    }
}
