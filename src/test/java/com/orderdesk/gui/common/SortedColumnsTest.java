package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defect (dates pass of 5 December 2026): dates and day counts were shown through text columns, so a
 * click on the header sorted "Apr 2, 2027" before "Dec 5, 2026" and "10 days" before "9 days" (orders,
 * cash, returns, contract prices, inbox, stock history, worklist, dunning). They sort by value now.
 */
class SortedColumnsTest {
    record Row(String name, LocalDate day, Instant at, long days) {
    }

    private static final Formats US = Formats.forLocale(Locale.US);
    private static final List<Row> ROWS = List.of(
            new Row("b", LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T09:00:00Z"), 9),
            new Row("a", LocalDate.of(2027, 4, 2), Instant.parse("2026-11-30T18:00:00Z"), 10),
            new Row("c", null, null, 100));

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    private static List<String> sortedBy(TableColumn<Row, ?> column) {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(ROWS));
        table.getColumns().add(column);
        column.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(column));
        table.sort();
        return table.getItems().stream().map(Row::name).toList();
    }

    @Test
    void datesSortByDayNotByTheirText() throws Exception {
        FxTestSupport.onFxRun(() -> {
            assertThat(sortedBy(DateColumn.of("Date", Row::day, US, 100))).containsExactly("c", "b", "a");
            // an end that never comes sorts after every date, and reads as the screen says it
            TableColumn<Row, LocalDate> to = DateColumn.openEnded("To", Row::day, US, 100, "open");
            assertThat(sortedBy(to)).containsExactly("b", "a", "c");
        });
    }

    @Test
    void momentsSortByTimeAndDayCountsAsNumbers() throws Exception {
        FxTestSupport.onFxRun(() -> {
            assertThat(sortedBy(DateColumn.ofInstant("When", Row::at, US, ZoneId.of("UTC"), 160))).containsExactly("c", "a", "b");
            assertThat(sortedBy(CountColumn.worded("Oldest", Row::days, n -> n + " days", 90))).containsExactly("b", "a", "c");
            TableColumn<Row, Long> days = CountColumn.of("Days", Row::days, 60);
            assertThat(days.getStyleClass()).as("right-aligned as amounts are").contains("money-column");
        });
    }
}
