package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.persistence.LoggedWarnings;
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
                .hasMessageContaining("invoice").hasMessageContaining("open_cents").hasMessageContaining("\"abc\"")
                // by its number, as the clerk knows it, not by its table id alone ("invoice 2")
                .hasMessageStartingWith("invoice INV-000102 (invoice ");
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
                BatchProgress.NONE);
        assertThat(outcome.failures()).containsOnlyKeys("C-10001");
        assertThat(outcome.failures().get("C-10001")).contains("open_cents", "\"abc\"");
        assertThat(outcome.written()).hasSize(1);
    }

    // The readers behind the commands (dunning run, payment predictions, statements as of a past day): they go on over
    // the good rows and name the left-out one, in their result or their log line.

    /** The dunning run leaves the invoice off its customer's letter and logs its name; before, the whole run stopped on it. */
    @Test
    void theDunningRunLeavesTheInvoiceOffTheLetterAndNamesIt() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-000102'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            var proposal = services.dunning().propose(book.arClerk(), java.time.LocalDate.of(2027, 1, 15), BatchProgress.NONE);
            assertThat(proposal.letters()).flatExtracting(l -> l.items()).extracting(i -> i.invoiceNo())
                    .containsExactlyInAnyOrder("INV-000101", "INV-000201");
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("dunning", "INV-000102", "open_cents", "\"abc\""));
        }
    }

    /** A fraction (12.5 cents) is no whole number either: SQLite counts it more than 0; it is left out and named. */
    @Test
    void theDunningRunLeavesOutAnOpenAmountThatIsAFraction() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 12.5 WHERE invoice_no = 'INV-000201'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            var proposal = services.dunning().propose(book.arClerk(), java.time.LocalDate.of(2027, 1, 15), BatchProgress.NONE);
            assertThat(proposal.letters()).extracting(l -> l.customerNo()).containsExactly("C-10001");
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("INV-000201", "open_cents", "\"12.5\""));
        }
    }

    /** The payment predictions (the worklist's morning run) predict the good invoices and name the one left out. */
    @Test
    void thePaymentPredictionsLeaveTheOpenInvoiceOutAndNameIt() throws SQLException {
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 12.5 WHERE invoice_no = 'INV-000102'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            assertThat(services.collections().refreshPredictions(book.arClerk())).isEqualTo(2);
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("prediction", "INV-000102", "open_cents", "\"12.5\""));
        }
        Long acmeOpen = book.db.read(s -> s.createNativeQuery("SELECT open_cents FROM collection_prediction WHERE customer_id = "
                + book.acmeId, Long.class).getSingleResult());
        assertThat(acmeOpen).isEqualTo(50_000L);
    }

    /** The paid history the predictions learn from: a paid invoice whose total is text is left out and named. */
    @Test
    void thePaymentPredictionsLeaveAPaidInvoiceWhoseTotalIsTextOutOfTheHistory() throws Exception {
        paidByAutoMatching();
        assertThat(fx.state("INV-000101")).startsWith("PAID");
        sqlPastTheInvoiceTrigger("UPDATE invoice SET total_cents = 'abc' WHERE invoice_no = 'INV-000101'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            assertThat(services.collections().refreshPredictions(book.arClerk())).isPositive();
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("INV-000101", "total_cents", "\"abc\""));
        }
    }

    /**
     * A statement as of a past day adds back the cash applied since: an applied amount 'abc' was summed in SQL as 0.
     * Now the statement is not sent with a balance read from it; the run names the customer and the row.
     */
    @Test
    void aStatementAsOfAPastDayNamesACashApplicationWhoseAmountIsText() throws Exception {
        paidByAutoMatching();
        sql("UPDATE cash_application SET applied_cents = 'abc' WHERE invoice_id = (SELECT id FROM invoice WHERE invoice_no = 'INV-000101')");
        var outcome = services.statements().printAll(book.arClerk(), TestBook.TODAY.minusDays(1),
                doc -> dir.resolve(doc.customerNumber() + ".pdf"), BatchProgress.NONE);
        assertThat(outcome.failures()).containsOnlyKeys("C-10001");
        assertThat(outcome.failures().get("C-10001")).contains("cash_application", "applied_cents", "\"abc\"");
    }

    /** The three payments imported, matched and posted: INV-000101 is paid (490.00 and its 10.00 discount). */
    private void paidByAutoMatching() throws Exception {
        importPayments();
        fx.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        fx.desk.postAllAuto(TestBook.TODAY, "ar1", p -> { }, () -> false);
    }

    private void importPayments() throws Exception {
        fx.desk.importFile(CashFixture.write(dir, "day.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
    }
}
