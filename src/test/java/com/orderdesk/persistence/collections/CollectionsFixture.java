package com.orderdesk.persistence.collections;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A test book with receivables: Acme (C-10001) owes a large invoice 45 days overdue and a small one
 * 10 days overdue, and has paid its earlier invoices about 20 days late; the schools (C-10002) owe
 * one small invoice 5 days overdue and have always paid on time. Both paid histories go through
 * the cash desk as a person posts them.
 */
public final class CollectionsFixture {
    public final TestBook book;
    public final AppServices services;
    private int cheque = 5000;

    public CollectionsFixture(Path dir) {
        this(TestBook.create(dir));
    }

    /** The same documents in a test book made elsewhere (a screen test's book for its class, for instance). */
    public CollectionsFixture(TestBook testBook) {
        book = testBook;
        services = book.services();
        LocalDate today = TestBook.TODAY;
        for (int m = 1; m <= 6; m++) {
            LocalDate issued = today.minusMonths(m + 2);
            invoice(book.acmeId, "INV-70" + m, issued, issued.plusDays(30), "800.00");
            pay("C-10001", "INV-70" + m, "800.00", issued.plusDays(50));
            invoice(book.exemptId, "INV-80" + m, issued, issued.plusDays(30), "150.00");
            pay("C-10002", "INV-80" + m, "150.00", issued.plusDays(29));
        }
        invoice(book.acmeId, "INV-7101", today.minusDays(75), today.minusDays(45), "5000.00");
        invoice(book.acmeId, "INV-7102", today.minusDays(40), today.minusDays(10), "300.00");
        invoice(book.exemptId, "INV-8101", today.minusDays(35), today.minusDays(5), "120.00");
    }

    /**
     * {@code count} more customers (C-20001 on), each owing one invoice 45 days overdue: a dunning
     * run then has that many letters more than Acme's, enough for a cancel to land partway.
     */
    public void overdueCustomers(int count) {
        LocalDate today = TestBook.TODAY;
        for (int i = 1; i <= count; i++) {
            int n = i;
            String no = String.format("C-2%04d", n);
            long id = book.db.write(s -> {
                Customer c = new Customer(no, "Overdue Customer " + n, "NET 30", com.orderdesk.model.customer.RiskClass.LOW,
                        LocalDate.of(2021, 1, 1));
                c.setBillTo(new com.orderdesk.model.common.Address(n + " Main St", null, "Chicago", "IL", "60602",
                        new com.orderdesk.model.common.GeoPoint(41.88, -87.63)));
                s.persist(c);
                return c.id();
            });
            invoice(id, "INV-9" + String.format("%03d", n), today.minusDays(75), today.minusDays(45), "1000.00");
        }
    }

    public SignedInUser ar() {
        return book.arClerk();
    }

    /** The same book's use cases seen {@code days} after the book's today. */
    public AppServices later(int days) {
        return AppServices.over(book.db, TestBook.TAX, Clock.fixed(TestBook.CLOCK.instant().plusSeconds(days * 86_400L),
                ZoneOffset.UTC), TestBook.KEY_ITERATIONS);
    }

    public void invoice(long customerId, String number, LocalDate issued, LocalDate due, String total) {
        book.db.write(s -> {
            Money amount = Money.of(total);
            Invoice i = new Invoice(number, s.find(Customer.class, customerId), null, issued, due, "NET 30", null, null,
                    amount, Money.ZERO, Money.ZERO, amount);
            i.issue(null, List.of(), List.of(), false, "ar1", TestBook.CLOCK.instant());
            s.persist(i);
            return null;
        });
    }

    /** The customer pays {@code amount} on {@code invoice} by cheque, received on {@code received}, posted by the AR clerk. */
    public void pay(String customerNo, String invoice, String amount, LocalDate received) {
        pay(services, customerNo, invoice, amount, received);
    }

    public void pay(AppServices with, String customerNo, String invoice, String amount, LocalDate received) {
        var cash = with.cash();
        var p = cash.enterCheque(ar(), new ChequeInput(customerNo, String.valueOf(cheque++), "021000021", "555001",
                new BigDecimal(amount), received, List.of(new ChequeInput.StubLine(invoice, new BigDecimal(amount), null)), null));
        long version = cash.detail(ar(), p.id()).version();
        cash.post(ar(), new PostRequest(p.id(), version, customerNo, List.of(new PostRequest.Line(invoice,
                new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, null))));
    }
}
