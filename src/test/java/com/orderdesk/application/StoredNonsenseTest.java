package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nonsense written into the book by hand (sqlite3, a script, an older version): an amount 'abc', a
 * date '2026-13-45', a status 'XYZ'. The lists the invoices, collections and customers screens read
 * name the bad row (or do not read the column) and show the others.
 */
class StoredNonsenseTest {
    @TempDir
    Path dir;
    CashFixture fx;
    TestBook book;
    AppServices services;

    @BeforeEach
    void openInvoices() {
        fx = new CashFixture(dir);
        book = fx.book;
        services = book.services();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    /** As someone at sqlite3 would, past the trigger that keeps an issued invoice from changing. */
    private void sqlPastTheInvoiceTrigger(String statement) throws SQLException {
        sql("DROP TRIGGER invoice_never_changes");
        sql(statement);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db")); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /**
     * A due date that is no date is named and the others list. (An amount 'abc' in open_cents is NOT
     * caught: the SQLite driver reads text in an integer column as 0, so the desk shows it as
     * paid, and the collections worklist's SUM counts it as 0; left for a follow-up, said in badinput15's report.)
     */
    @Test
    void anInvoiceWithADueDateThatIsNoDateIsNamedAndTheOthersList() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET due_date = '2026-13-45' WHERE invoice_no = 'INV-000102'");
        var list = services.invoicing().list(book.arClerk(), DocumentFilter.all(TestBook.TODAY));
        assertThat(list.damaged()).singleElement().asString().contains("INV-000102", "13");
        assertThat(list.rows()).hasSize(2);
    }

    /** The desk's list shows an invoice's standing from its open amount, never its stored status: all three still list. */
    @Test
    void anInvoiceWithAStatusThatIsNonsenseStillLists() throws SQLException {
        sql("UPDATE invoice SET status = 'XYZ' WHERE invoice_no = 'INV-000201'");
        var list = services.invoicing().list(book.arClerk(), DocumentFilter.all(TestBook.TODAY));
        assertThat(list.rows()).hasSize(3);
    }

    @Test
    void customersWithACreditLimitAndARiskClassThatAreNonsense() throws SQLException {
        sql("UPDATE customer SET credit_limit_cents = 'abc' WHERE id = " + book.acmeId);
        sql("UPDATE customer SET risk_class = 'XYZ' WHERE id = " + book.exemptId);
        var list = services.customerMaintenance().list(book.clerk(), "", 100);
        assertThat(list.rows()).extracting(r -> r.id()).contains(book.acmeId, book.exemptId);
    }
}
