package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dunning screen's status when the run left an invoice off every letter because its open amount, written by hand,
 * is no whole number: only the log said so. The run's result now lists it and the status says it (decision 0012).
 */
class DunningLeftOutTest {
    private static final LocalDate RUN = LocalDate.of(2027, 1, 15);
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;

    @BeforeEach
    void openInvoices() {
        book = new CashFixture(dir).book;
        services = book.services();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    /** As someone at sqlite3 would, past the trigger that keeps an issued invoice from changing. */
    private void sqlPastTheInvoiceTrigger(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db")); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER invoice_never_changes");
            s.executeUpdate(statement);
        }
    }

    private DunningUseCases.Proposal proposal() {
        return new DunningViewModel(services.dunning(), (l, d, f) -> f, book::arClerk).propose(RUN, BatchProgress.NONE);
    }

    @Test
    void theStatusNamesTheInvoiceLeftOutWithADamagedAmount() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        DunningUseCases.Proposal proposal = proposal();
        assertThat(proposal.leftOut()).containsExactly("INV-000102");
        assertThat(DunningViewModel.leftOut(proposal)).isEqualTo("1 invoice left out: INV-000102 has a damaged amount");
    }

    @Test
    void twoInvoicesLeftOutAreNamedTogether() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = CASE invoice_no WHEN 'INV-000102' THEN 'abc' ELSE 12.5 END"
                + " WHERE invoice_no IN ('INV-000102', 'INV-000201')");
        assertThat(DunningViewModel.leftOut(proposal()))
                .isEqualTo("2 invoices left out: INV-000102, INV-000201 have a damaged amount");
    }

    /** A good book: nothing is added to the status, and the letters are those proposed before. */
    @Test
    void aGoodBookAddsNothing() {
        DunningUseCases.Proposal proposal = proposal();
        assertThat(proposal.leftOut()).isEmpty();
        assertThat(DunningViewModel.leftOut(proposal)).isEmpty();
        assertThat(proposal.letters()).flatExtracting(l -> l.items()).extracting(i -> i.invoiceNo())
                .containsExactlyInAnyOrder("INV-000101", "INV-000102", "INV-000201");
    }
}
