package com.orderdesk.persistence.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers handed out by plain statements on the unit's connection: consecutive across two desks
 * (two session factories) on one SQLite file, given back when the unit rolls back, and never
 * for a series the book does not have.
 */
class DocumentNumberAllocatorTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksOnOneFileTakeTurnsWithoutAGap() {
        TestBook book = TestBook.create(dir);
        try (Database second = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Database desk = i % 2 == 0 ? book.db : second;
                numbers.add(desk.write(s -> DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER)));
            }
            assertThat(numbers).containsExactly("SO-100001", "SO-100002", "SO-100003", "SO-100004", "SO-100005",
                    "SO-100006");
        } finally {
            book.db.close();
        }
    }

    @Test
    void aUnitRolledBackGivesItsNumbersBack() {
        TestBook book = TestBook.create(dir);
        try {
            assertThatThrownBy(() -> book.db.write(s -> {
                DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER);
                DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER);
                throw new IllegalStateException("the save failed");
            })).hasMessageContaining("the save failed");

            String next = book.db.write(s -> DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER));
            assertThat(next).isEqualTo("SO-100001");
        } finally {
            book.db.close();
        }
    }

    @Test
    void twoNumbersInOneUnitFollowEachOther() {
        TestBook book = TestBook.create(dir);
        try {
            List<String> both = book.db.write(s -> List.of(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER),
                    DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER)));
            assertThat(both).containsExactly("SO-100001", "SO-100002");
        } finally {
            book.db.close();
        }
    }

    @Test
    void aSeriesTheBookDoesNotHaveIsRefused() {
        TestBook book = TestBook.create(dir);
        try {
            assertThatThrownBy(() -> book.db.write(s -> DocumentNumberAllocator.next(s, "NO_SUCH_SERIES")))
                    .hasStackTraceContaining("No numbering series NO_SUCH_SERIES");
        } finally {
            book.db.close();
        }
    }
}
