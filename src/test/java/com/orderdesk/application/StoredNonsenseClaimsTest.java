package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.LoggedWarnings;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
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
 * StoredNonsenseTest's sibling on the claims desk's book: an open amount written by hand as text ('abc') or a
 * fraction is left out of the short-payment sweep and named in its log line; the other invoices are swept.
 */
class StoredNonsenseClaimsTest {
    @TempDir
    Path dir;
    ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    /** As someone at sqlite3 would, past the trigger that keeps an issued invoice from changing. */
    private void sqlPastTheInvoiceTrigger(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db")); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER invoice_never_changes");
            s.executeUpdate(statement);
        }
    }

    /** Both invoices paid short 15 days ago without a word: the one whose open amount is no number gets no case. */
    @Test
    void theShortPaymentSweepOpensACaseForTheGoodInvoiceAndNamesTheOther() throws SQLException {
        f.payWithDeduction("INV-010001", "200.00", "0", null, null, TestBook.TODAY.minusDays(15));
        f.payWithDeduction("INV-010002", "100.00", "0", null, null, TestBook.TODAY.minusDays(15));
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 'abc' WHERE invoice_no = 'INV-010002'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            assertThat(f.claims().sweepShortPayments(f.ar())).containsExactly("CASE-100001");
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("short-payment sweep", "INV-010002", "open_cents",
                    "\"abc\""));
        }
        assertThat(f.claims().queue(f.ar()).rows()).extracting(r -> r.invoiceNumber()).containsExactly("INV-010001");
    }

    /** A fraction (31.5 cents) is no whole number either: no case of 0.31 is opened for it. */
    @Test
    void theShortPaymentSweepLeavesOutAnOpenAmountThatIsAFraction() throws SQLException {
        f.payWithDeduction("INV-010001", "200.00", "0", null, null, TestBook.TODAY.minusDays(15));
        sqlPastTheInvoiceTrigger("UPDATE invoice SET open_cents = 31.5 WHERE invoice_no = 'INV-010001'");
        try (LoggedWarnings log = new LoggedWarnings()) {
            assertThat(f.claims().sweepShortPayments(f.ar())).isEmpty();
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("INV-010001", "open_cents", "\"31.5\""));
        }
    }
}
