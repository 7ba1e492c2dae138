package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
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
 * name the bad row (or do not read the column) and show the others; a whole number that is text
 * ('abc', '12x', 12.5) is named by row, column and text and left out of the sums, never read as 0.
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

    /** A due date that is no date is named and the others list. */
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

    // Whole numbers that are not: text in a column SQLite declares INTEGER (the driver read 'abc' as 0, '12x' as 12).

    @Test
    void theDesksListNamesAnInvoiceWhoseOpenAmountIsText() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        var list = services.invoicing().list(book.arClerk(), DocumentFilter.all(TestBook.TODAY));
        assertThat(list.damaged()).singleElement().asString().contains("INV-000102", "open_cents", "\"abc\"");
        assertThat(list.rows()).extracting(r -> r.number()).containsExactlyInAnyOrder("INV-000101", "INV-000201");
    }

    @Test
    void theDesksListNamesAnInvoiceWhoseTotalIsHalfANumber() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET total_cents = '12x' WHERE invoice_no = 'INV-000102'");
        var list = services.invoicing().list(book.arClerk(), DocumentFilter.all(TestBook.TODAY));
        assertThat(list.damaged()).singleElement().asString().contains("INV-000102", "total_cents", "\"12x\"");
        assertThat(list.rows()).hasSize(2);
    }

    @Test
    void theCollectionsWorklistNamesTheInvoiceAndLeavesItOutOfTheSums() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        sql("UPDATE invoice SET due_date = '2026-11-01' WHERE invoice_no = 'INV-000101'"); // overdue: listed
        var list = services.collections().worklist(book.arClerk()).listing();
        assertThat(list.damaged()).singleElement().asString().contains("INV-000102", "open_cents", "\"abc\"");
        assertThat(list.rows()).singleElement().satisfies(acme -> assertThat(acme.open()).isEqualTo(Money.of("500.00")));
    }

    @Test
    void theKpiLedgersNameTheInvoiceAndThePayment() throws Exception {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        importPayments();
        sql("UPDATE cash_payment SET amount_cents = 'nan' WHERE id = (SELECT MIN(id) FROM cash_payment)");
        var read = services.kpi().ledgers(book.admin());
        assertThat(read.damaged()).anySatisfy(d -> assertThat(d).contains("INV-000102", "open_cents", "\"abc\""))
                .anySatisfy(d -> assertThat(d).contains("payment", "amount_cents", "\"nan\""));
        assertThat(read.ledgers().invoices()).extracting(i -> i.invoiceNo()).containsExactly("INV-000101", "INV-000201");
    }

    /** The cash desk's open invoices of a customer: the clerk is told which invoice to fix, never shown it as paid. */
    @Test
    void cashMatchingsOpenInvoicesNameTheInvoice() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        assertThatThrownBy(() -> fx.desk.openInvoices("C-10001", TestBook.TODAY)).isInstanceOf(DamagedRowException.class)
                .hasMessageContaining("invoice").hasMessageContaining("open_cents").hasMessageContaining("\"abc\"");
    }

    /**
     * Auto-matching leaves the damaged invoice out of its open items (read again one at a time, as a
     * damaged date is) and still matches the two payments that name the others.
     */
    @Test
    void autoMatchingLeavesTheInvoiceOut() throws Exception {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET total_cents = '12x' WHERE invoice_no = 'INV-000102'");
        importPayments();
        var outcome = fx.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        assertThat(outcome.auto() + outcome.suggested()).as(outcome.toString()).isEqualTo(2);
    }

    @Test
    void aPaymentWhoseAmountIsText() throws Exception {
        importPayments();
        sql("UPDATE cash_payment SET amount_cents = 'nan' WHERE id = (SELECT MIN(id) FROM cash_payment)");
        var day = services.cash().payments(book.arClerk(), TestBook.TODAY);
        assertThat(day.damaged()).singleElement().asString().contains("amount_cents", "\"nan\"");
        assertThat(day.rows()).hasSize(2);
    }

    @Test
    void aCustomersCreditLimitThatIsTextIsNamedNotAZeroLimit() throws SQLException {
        sql("UPDATE customer SET credit_limit_cents = 'abc' WHERE id = " + book.acmeId);
        assertThatThrownBy(() -> services.customerMaintenance().open(book.admin(), book.acmeId))
                .isInstanceOf(DamagedRowException.class).hasMessageContaining("customer " + book.acmeId)
                .hasMessageContaining("credit_limit_cents").hasMessageContaining("\"abc\"");
        assertThatThrownBy(() -> book.db.read(s -> s.find(Customer.class, book.acmeId).creditLimit()))
                .isInstanceOf(DamagedRowException.class).hasMessageContaining("credit_limit_cents \"abc\"");
    }

    @Test
    void anOrderLinesQuantityThatIsText() throws SQLException {
        OrderLife life = new OrderLife(book).entered();
        sql("UPDATE sales_order_line SET qty = 'ten' WHERE order_id = " + life.orderId);
        assertThatThrownBy(() -> life.services.orders().load(life.clerk, life.orderId)).isInstanceOf(DamagedRowException.class)
                .hasMessageContaining("sales_order_line").hasMessageContaining("qty \"ten\"");
    }

    /** The statement run names the customer whose invoice cannot be read; it is not sent with a wrong balance. */
    @Test
    void statementsNameTheCustomerWhoseInvoiceCannotBeRead() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        var outcome = services.statements().printAll(book.arClerk(), TestBook.TODAY, doc -> dir.resolve(doc.customerNumber() + ".pdf"),
                com.orderdesk.application.BatchProgress.NONE);
        assertThat(outcome.failures()).containsOnlyKeys("C-10001");
        assertThat(outcome.failures().get("C-10001")).contains("open_cents", "\"abc\"");
        assertThat(outcome.written()).hasSize(1);
    }

    private void importPayments() throws Exception {
        fx.desk.importFile(CashFixture.write(dir, "day.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
    }
}
