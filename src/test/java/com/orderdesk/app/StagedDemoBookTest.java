package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start stopped halfway (the window closed while the demo book is written) leaves no half
 * book behind: the next start writes the whole demo again. It used to leave the history without
 * shipments, cash or cases, which every later start opened as the demo.
 */
class StagedDemoBookTest {
    private static final DemoSize SMALL = new DemoSize(40, 200, 5, 42);

    @TempDir
    Path dir;

    @Test
    void aFirstStartCancelledHalfwayLeavesNoBookAndTheNextStartWritesItWhole() throws Exception {
        Path book = dir.resolve("book.db");
        boolean[] cancel = {false};
        assertThatThrownBy(() -> BookStart.openForWindow(DatabaseConfig.sqlite(book), DemoBookFiguresTest.CLOCK, SMALL,
                p -> cancel[0] |= p >= 0.3, () -> cancel[0]))
                .isInstanceOf(DemoDataGenerator.Cancelled.class);
        assertThat(book).as("no half book").doesNotExist();
        assertThat(files()).as("nothing left beside it").isEmpty();

        try (AppServices services = BookStart.openForWindow(DatabaseConfig.sqlite(book), DemoBookFiguresTest.CLOCK, SMALL,
                p -> { }, () -> false)) {
            assertThat(services.db()).isNotNull();
        }
        for (String table : List.of("customer", "shipment", "claim_case", "cash_payment", "cash_forecast_week")) {
            assertThat(count(book, table)).as(table).isPositive();
        }
        assertThat(files()).as("the book alone (its log folded in)").containsExactly("book.db");
    }

    @Test
    void aStoppedStartsPartFileIsRemovedButAnotherStartsAtWorkIsLeftAlone() throws Exception {
        Path stale = Files.writeString(dir.resolve("book.db.123" + StagedDemoBook.SUFFIX), "stopped an hour ago");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path working = Files.writeString(dir.resolve("book.db.456" + StagedDemoBook.SUFFIX), "being written now");
        Path book = dir.resolve("book.db");

        BookStart.openForWindow(DatabaseConfig.sqlite(book), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();

        assertThat(stale).doesNotExist();
        assertThat(working).exists();
        assertThat(count(book, "shipment")).isPositive();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The rows of a table, read over plain JDBC as another reader of the file would. */
    static long count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
