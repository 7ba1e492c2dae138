package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's made-up touches are for its history only: an order taken in through the use cases has
 * an audit trail, and its touches are the ones the use cases recorded. On the demo book of 6
 * December the inbox and the trail said SO-103001 was saved touchless; the dashboard counted it
 * touched (an amendment "an hour after entry" that never happened, dated an hour ahead).
 */
class DemoKpiHistoryTest {
    @TempDir
    Path dir;

    /** Acme's mail with PO 79nn: every field certain, so saved touchless. */
    private static InboundMessage mail(int n) {
        String text = "From: Dana Ortiz <dana@acme.example>\r\nTo: orders@northwind-supply.example\r\nSubject: PO 79" + n
                + "\r\nDate: Thu, 26 Nov 2026 09:12:00 -0600\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hello,\r\n\r\nPlease ship:\r\n\r\n5 x GLV-NIT-L\r\n\r\nThanks,\r\nDana Ortiz\r\n";
        return new InboundMessage("po-79" + n + ".eml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ordersWithAnAuditTrailKeepTheirOwnTouchesAndGetNoMadeUpOne() {
        TestBook book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        // twelve mails saved touchless, with their audit entries: ids 1 to 12, of which the history's
        // rule ((id * 7919) % 100 < 33 for email) picks 1, 6, 11 and 12
        for (int i = 0; i < 12; i++) {
            var summary = book.services().inbox().take(book.clerk(), List.of(mail(i)), BatchProgress.NONE);
            assertThat(summary.count(InboxStatus.SAVED_TOUCHLESS)).isEqualTo(1);
        }

        DemoKpiHistory.Result result = DemoKpiHistory.run(book.db, TestBook.CLOCK);

        assertThat(result.touches()).isZero();
        List<Ledgers.Order> orders = book.services().kpi().ledgers(book.manager()).ledgers().orders();
        assertThat(orders).hasSize(12).noneMatch(Ledgers.Order::touched);
        assertThat(KpiBook.of(book.services().kpi().ledgers(book.manager()).ledgers()).figures(TestBook.TODAY, 1)
                .touchlessByChannel().get(OrderChannel.EMAIL)).isEqualByComparingTo("1");
        book.db.close();
    }

    /**
     * Tour of 7 December (demo book made at 01:00): today's paid invoices were posted "at noon", eleven
     * hours ahead, so a promise arthur recorded at 01:22 was kept at once by a payment the book says
     * was posted after it. A history posting is never later than the moment the book is made.
     */
    @Test
    void aPaymentOfTodayIsPostedNoLaterThanTheBookIsMade() throws Exception {
        TestBook book = TestBook.create(dir);
        book.db.write(s -> {
            var acme = s.find(com.orderdesk.model.customer.Customer.class, book.acmeId);
            s.persist(new com.orderdesk.model.invoicing.Invoice("INV-000777", acme, null, TestBook.TODAY.minusDays(30),
                    TestBook.TODAY, "NET 30", null, null, com.orderdesk.model.common.Money.of("100.00"),
                    com.orderdesk.model.common.Money.ZERO, com.orderdesk.model.common.Money.ZERO,
                    com.orderdesk.model.common.Money.of("100.00")));
            return null;
        });
        try (var c = book.db.openJdbcConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE invoice SET status = 'PAID', open_cents = 0, paid_on = '" + TestBook.TODAY
                    + "' WHERE invoice_no = 'INV-000777'");
        }
        java.time.Instant madeAt = TestBook.TODAY.atTime(1, 0).toInstant(java.time.ZoneOffset.UTC);

        DemoKpiHistory.Result result = DemoKpiHistory.run(book.db, java.time.Clock.fixed(madeAt, java.time.ZoneOffset.UTC));

        assertThat(result.payments()).isEqualTo(1);
        try (var c = book.db.openJdbcConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT a.posted_at, p.entered_at FROM cash_application a"
                     + " JOIN cash_payment p ON p.id = a.payment_id WHERE p.payment_no = 'HP-000777'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).as("posted at").isLessThanOrEqualTo(madeAt.toEpochMilli());
            assertThat(rs.getLong(2)).as("entered at").isLessThanOrEqualTo(madeAt.toEpochMilli());
        }
        book.db.close();
    }

    /**
     * Finance's check of 7 December (fin13): the history's part-paid invoices had no cash and no day
     * for the part paid, so the figures put it on today and every figure at an earlier date (opening
     * receivables, CEI, each month's DSO) counted them whole; the dashboard's footer named 88 such
     * invoices on a fresh demo book. Their part paid is now cash on a day of its own.
     */
    @Test
    void aPartPaidHistoryInvoiceHasTheCashOfItsPartPaidOnADayBeforeToday() throws Exception {
        TestBook book = TestBook.create(dir);
        java.time.LocalDate issued = TestBook.TODAY.minusDays(40);
        book.db.write(s -> {
            var acme = s.find(com.orderdesk.model.customer.Customer.class, book.acmeId);
            s.persist(new com.orderdesk.model.invoicing.Invoice("INV-000778", acme, null, issued, issued.plusDays(30), "NET 30",
                    null, null, com.orderdesk.model.common.Money.of("100.00"), com.orderdesk.model.common.Money.ZERO,
                    com.orderdesk.model.common.Money.ZERO, com.orderdesk.model.common.Money.of("100.00")));
            return null;
        });
        try (var c = book.db.openJdbcConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE invoice SET status = 'PARTLY_PAID', open_cents = 4000 WHERE invoice_no = 'INV-000778'");
        }

        DemoKpiHistory.run(book.db, TestBook.CLOCK);

        var read = book.services().kpi().ledgers(book.manager());
        assertThat(read.reconciled()).as("invoices settled with no dated cash").isZero();
        // halfway from the issue date to the due date: 60.00 paid 15 days after issue
        KpiBook figures = KpiBook.of(read.ledgers());
        assertThat(figures.drillDown().openAmounts(issued.plusDays(14)).get("INV-000778")).isEqualByComparingTo("100.00");
        assertThat(figures.drillDown().openAmounts(issued.plusDays(15)).get("INV-000778")).isEqualByComparingTo("40.00");
        assertThat(figures.drillDown().openAmounts(TestBook.TODAY).get("INV-000778")).isEqualByComparingTo("40.00");
        book.db.close();
    }
}
