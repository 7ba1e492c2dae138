package com.orderdesk.application;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks sharing one SQLite book take in the same interchange at the same moment: the one that
 * comes second (by the book's write lock) answers a TA1 025 and takes no order, as it would a
 * moment later. The PostgreSQL run is {@link PostgresInboxInterchangeTest}.
 */
class InboxInterchangeRaceTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksTakingTheSameInterchangeAtOnceTakeItOnceAndTheOtherAnswersTa1Note025() throws Exception {
        TestBook book = TestBook.create(dir);
        Path outbox = dir.resolve("outbox");
        InboxMessages.prepare(book, outbox);
        try (Database second = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            InterchangeRace.run(book, second, outbox, 6);
        } finally {
            book.db.close();
        }
    }
}
