package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures are the receivables: credit managers, AR staff and administrators read them, order clerks do not. */
class KpiPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void onlyThoseWhoSeeReceivablesReadTheBooksLedgers() {
        var kpi = book.services().kpi();
        var clerk = book.clerk();
        var readers = java.util.List.of(book.manager(), book.arClerk(), book.admin());
        refusedAndNothingChanged(book, "view receivables", () -> kpi.ledgers(clerk));
        refusedAndNothingChanged(book, "view receivables", () -> kpi.figures(clerk, Runnable::run));
        refusedAndNothingChanged(book, "view receivables", () -> kpi.invoiceCustomers(clerk));
        boolean[] ranMeanwhile = {false};
        refusedAndNothingChanged(book, "view receivables", () -> kpi.figures(clerk, Runnable::run, () -> ranMeanwhile[0] = true));
        assertThat(ranMeanwhile[0]).as("nothing runs for a refused user").isFalse();
        var figures = kpi.figures(book.manager(), Runnable::run);
        refusedAndNothingChanged(book, "view receivables", () -> kpi.listOrders(clerk, figures));
        refusedAndNothingChanged(book, "view receivables", () -> kpi.listShippedOrders(clerk, figures));
        for (var reader : readers) {
            assertThat(kpi.ledgers(reader).ledgers().orders()).isEmpty();
            assertThat(kpi.figures(reader, Runnable::run).read().orders().counts().entered()).isEmpty();
            assertThat(kpi.listOrders(reader, figures).orders()).isEmpty();
            assertThat(kpi.listShippedOrders(reader, figures).orders()).isEmpty();
        }
    }
}
