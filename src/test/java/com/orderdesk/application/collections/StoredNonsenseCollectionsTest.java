package com.orderdesk.application.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.logic.kpi.CashForecastView;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.LoggedWarnings;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.math.BigDecimal;
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
 * Amounts written into the book by hand that are no whole number ('abc', 12.5 cents), read by the collections
 * desk's sums (decision 0012): left out and named, never read as 0.
 */
class StoredNonsenseCollectionsTest {
    @TempDir
    Path dir;
    private CollectionsFixture f;

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db")); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static String ofInvoice(String invoiceNo) {
        return "invoice_id = (SELECT id FROM invoice WHERE invoice_no = '" + invoiceNo + "')";
    }

    /**
     * The schools keep their promise, but the payment's applied amount is 'abc': SUM read it as 0 and the promise was
     * called broken. Now it is not settled on an amount nobody can read, and the worklist names the row.
     */
    @Test
    void aPromiseIsNotCalledBrokenOnAPaymentWhoseAmountIsText() throws SQLException {
        f.services.collections().refreshPredictions(f.ar());
        f.services.collections().recordPromise(f.ar(), f.book.exemptId, Money.of("120.00"), TestBook.TODAY.plusDays(3), "pays Friday");
        AppServices tomorrow = f.later(1);
        f.pay(tomorrow, "C-10002", "INV-8101", "120.00", TestBook.TODAY.plusDays(1));
        sql("UPDATE cash_application SET applied_cents = 'abc' WHERE " + ofInvoice("INV-8101"));

        AppServices later = f.later(8); // past the promised day and its grace days
        try (LoggedWarnings log = new LoggedWarnings()) {
            CollectionsUseCases.Worklist list = later.collections().worklist(f.ar());
            assertThat(list.promisesBroken()).isZero();
            assertThat(list.promisesKept()).isZero();
            assertThat(list.listing().damaged()).singleElement().asString()
                    .contains("cash_application", "applied_cents", "\"abc\"", "promise check");
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("promise check", "applied_cents", "\"abc\""));
        }
        assertThat(later.collections().customerFile(f.ar(), f.book.exemptId).promises())
                .extracting(PaymentPromise::status).containsExactly(PaymentPromise.Status.OPEN);
    }

    /** The cash forecast's past weeks: an applied amount of 12.5 cents was summed (as 12 more cents); now left out and named. */
    @Test
    void theCashReceivedByWeekLeavesOutAnAppliedAmountThatIsAFraction() throws SQLException {
        LocalDate received = TestBook.TODAY.minusWeeks(2);
        f.pay("C-10001", "INV-7102", "300.00", received);
        f.pay("C-10002", "INV-8101", "120.00", received);
        sql("UPDATE cash_application SET applied_cents = 12.5 WHERE " + ofInvoice("INV-8101"));
        f.services.collections().refreshPredictions(f.ar()); // the forecast the past weeks are compared with
        try (LoggedWarnings log = new LoggedWarnings()) {
            CashForecastView view = f.services.cashForecast().forecast(f.ar());
            assertThat(view.weeks()).filteredOn(w -> w.start().equals(CashForecastView.monday(received)))
                    .singleElement().satisfies(w -> assertThat(w.actual()).isEqualByComparingTo(new BigDecimal("300.00")));
            assertThat(log.messages()).anySatisfy(m -> assertThat(m).contains("cash received", "cash_application", "applied_cents",
                    "\"12.5\""));
        }
    }

    /**
     * The worklist's disputed amount, summed live from the open cases: a case amount 'abc' was summed as 0 and said
     * nothing. Now it is left out of its customer's disputed amount and named; the other case still counts.
     */
    @Test
    void theWorklistsDisputedAmountLeavesOutACaseWhoseAmountIsTextAndNamesIt() throws SQLException {
        f.services.collections().refreshPredictions(f.ar());
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7101", ClaimReason.PRICING, Money.of("250.00"), "price agreed lower"));
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7102", ClaimReason.PRICING, Money.of("40.00"), "freight"));
        sql("UPDATE claim_case SET amount_cents = 'abc' WHERE " + ofInvoice("INV-7102"));

        var list = f.services.collections().worklist(f.ar()).listing();
        assertThat(list.rows()).filteredOn(r -> r.customerNo().equals("C-10001")).singleElement()
                .satisfies(acme -> assertThat(acme.disputed()).isEqualTo(Money.of("250.00")));
        assertThat(list.damaged()).singleElement().asString().contains("claim_case", "amount_cents", "\"abc\"", "disputed");
    }

    /** The same with a fraction: 12.5 cents was summed into the disputed amount (read as 250.12). */
    @Test
    void theWorklistsDisputedAmountLeavesOutACaseWhoseParkedAmountIsAFraction() throws SQLException {
        f.services.collections().refreshPredictions(f.ar());
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7101", ClaimReason.PRICING, Money.of("250.00"), "price agreed lower"));
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7102", ClaimReason.PRICING, Money.of("40.00"), "freight"));
        sql("UPDATE claim_case SET parked_cents = 12.5 WHERE " + ofInvoice("INV-7102"));

        var list = f.services.collections().worklist(f.ar()).listing();
        assertThat(list.rows()).filteredOn(r -> r.customerNo().equals("C-10001")).singleElement()
                .satisfies(acme -> assertThat(acme.disputed()).isEqualTo(Money.of("250.00")));
        assertThat(list.damaged()).singleElement().asString().contains("claim_case", "parked_cents", "\"12.5\"", "disputed");
    }
}
