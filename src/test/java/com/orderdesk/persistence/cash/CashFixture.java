package com.orderdesk.persistence.cash;

import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The test book plus open invoices: Acme (2% 10 days) owes INV-000101 500.00 and INV-000102 300.00; the schools owe INV-000201 250.00. */
public final class CashFixture {
    public final TestBook book;
    public final CashDeskAsUsers desk;

    public CashFixture(Path dir) {
        this(TestBook.create(dir));
    }

    /** The same invoices in any test book (a PostgreSQL schema's, for instance). */
    public CashFixture(TestBook testBook) {
        book = testBook;
        desk = new CashDeskAsUsers(book);
        book.db.write(s -> {
            Customer acme = s.find(Customer.class, book.acmeId);
            Customer schools = s.find(Customer.class, book.exemptId);
            LocalDate issued = TestBook.TODAY.minusDays(5);
            s.persist(invoice("INV-000101", acme, issued, "500.00", true));
            s.persist(invoice("INV-000102", acme, issued.minusDays(20), "300.00", false));
            s.persist(invoice("INV-000201", schools, issued, "250.00", false));
            return null;
        });
    }

    private static Invoice invoice(String no, Customer c, LocalDate issued, String total, boolean discount) {
        return new Invoice(no, c, null, issued, issued.plusDays(30), discount ? "2/10 NET 30" : "NET 30",
                discount ? issued.plusDays(10) : null, discount ? new BigDecimal("2") : null,
                Money.of(total), Money.ZERO, Money.ZERO, Money.of(total));
    }

    public Invoice invoice(String no) {
        return book.db.read(s -> s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", no).getSingleResult());
    }

    public String state(String invoiceNo) {
        Invoice i = invoice(invoiceNo);
        return i.status() + " " + i.openAmount();
    }

    public long payments() {
        return book.db.read(s -> s.createSelectionQuery("select count(p) from CashPayment p", Long.class).getSingleResult());
    }

    /** The whole trail checked as the audit viewer checks it: chain and head row. */
    public AuditVerification verifyAudit() {
        return book.services().auditTrail().verify(book.admin(), p -> { }, () -> false);
    }

    public long auditCount(String action) {
        return book.db.read(s -> s.createSelectionQuery("select count(a) from AuditRecord a where a.action = :a", Long.class)
                .setParameter("a", action).getSingleResult());
    }

    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three payments: Acme pays INV-000101 with the discount (490.00), the schools pay INV-000201, an unknown payer. */
    public static String paymentsCsv() {
        return """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,490.00,USD,ACME JANITORIAL SUPPLY INC,021000021:555001,INV-000101
                B-2,2026-11-26,250.00,USD,Portland Public Schools,,"inv 201"
                B-3,2026-11-26,77.70,USD,Somebody Unknown LLC,,
                """;
    }
}
