package com.orderdesk.persistence.cash;

import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.PaymentState;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.persistence.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Reads for the cash-matching screen: the day's list and one payment's detail. */
final class CashQueries {
    private final Database db;

    CashQueries(Database db) {
        this.db = db;
    }

    List<DeskPayment> payments(LocalDate day) {
        return db.read(s -> s.createSelectionQuery("from CashPayment p left join fetch p.customer"
                        + " where p.receivedDate = :day or (p.state = :open and p.receivedDate < :day)"
                        + " order by p.receivedDate desc, p.id", CashPayment.class)
                .setParameter("day", day).setParameter("open", PaymentState.OPEN)
                .getResultList().stream().map(CashQueries::row).toList());
    }

    static DeskPayment row(CashPayment p) {
        return new DeskPayment(p.id(), p.number(), p.kind(), p.receivedDate(), p.amount(), p.payerName(),
                p.customer() == null ? null : p.customer().number(), p.customer() == null ? null : p.customer().name(),
                DeskStatus.of(p.state(), p.matchStatus(), p.postedAuto()), p.unapplied(), p.matchReason(), source(p));
    }

    static String source(CashPayment p) {
        if (p.sourceFile() != null) {
            String file = p.sourceFile().replaceAll(".*[/\\\\]", "");
            return file + (p.sourceLine() == null ? "" : ":" + p.sourceLine());
        }
        return p.stubImage() != null ? "cheque, stub " + p.stubImage().replaceAll(".*[/\\\\]", "") : "cheque entered by " + p.enteredBy();
    }

    PaymentDetail detail(long id) {
        return db.read(s -> {
            CashPayment p = s.createSelectionQuery("from CashPayment p left join fetch p.customer where p.id = :id",
                    CashPayment.class).setParameter("id", id).uniqueResult();
            if (p == null) {
                throw new StoreException("Payment " + id + " does not exist.");
            }
            List<PaymentDetail.Remittance> remittance = p.remittance().stream()
                    .map(r -> new PaymentDetail.Remittance(r.invoiceRef(), r.amount() == null ? null : r.amount().amount(), r.note()))
                    .toList();
            List<PaymentDetail.Proposed> proposal = p.proposal().stream()
                    .map(l -> new PaymentDetail.Proposed(l.invoiceNo(), l.applied().amount(), l.discount().amount(),
                            l.deduction().amount(), l.status()))
                    .toList();
            List<OpenInvoice> invoices = p.customer() == null ? List.of() : openInvoices(s, p.customer().id(), p.receivedDate());
            return new PaymentDetail(row(p), p.version(), p.reference(), p.chequeNo(), p.payerAccountKey(), p.sourceFile(),
                    p.sourceLine(), p.bankReference(), p.stubImage(), remittance, p.matchStatus(), p.matchConfidence(),
                    p.matchReason(), proposal, invoices, posted(s, id));
        });
    }

    List<OpenInvoice> openInvoices(String customerNo, LocalDate received) {
        return db.read(s -> {
            List<Long> ids = s.createSelectionQuery("select c.id from Customer c where c.number = :n", Long.class)
                    .setParameter("n", customerNo).getResultList();
            return ids.isEmpty() ? List.<OpenInvoice>of() : openInvoices(s, ids.get(0), received);
        });
    }

    /** The customer's and its children's open invoices, oldest first. */
    private static List<OpenInvoice> openInvoices(Session s, long customerId, LocalDate received) {
        List<OpenInvoice> out = new ArrayList<>();
        for (Invoice i : s.createSelectionQuery("from Invoice i join fetch i.customer c left join c.parent p"
                        + " where (c.id = :id or p.id = :id) and i.status in (:open, :part) order by i.issueDate, i.number",
                        Invoice.class)
                .setParameter("id", customerId).setParameter("open", InvoiceStatus.OPEN)
                .setParameter("part", InvoiceStatus.PARTLY_PAID).getResultList()) {
            out.add(toOpen(i, received));
        }
        return out;
    }

    static OpenInvoice toOpen(Invoice i, LocalDate received) {
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (i.discountPct() != null && i.discountUntil() != null && received != null && !received.isAfter(i.discountUntil())) {
            discount = i.openAmount().amount().multiply(i.discountPct()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return new OpenInvoice(i.number(), i.customer().number(), i.issueDate(), i.dueDate(), i.total().amount(),
                i.openAmount().amount(), discount, i.status().name());
    }

    private static List<PaymentDetail.Posted> posted(Session s, long paymentId) {
        return s.createSelectionQuery("from CashApplication a left join fetch a.invoice where a.payment.id = :id"
                        + " and a.reversalOf is null and not exists (from CashApplication r where r.reversalOf = a)"
                        + " order by a.id", CashApplication.class)
                .setParameter("id", paymentId).getResultList().stream()
                .map(a -> new PaymentDetail.Posted(a.invoice() == null ? null : a.invoice().number(), a.applied().amount(),
                        a.discount().amount(), a.deduction().amount(), a.reasonCode(), a.postedBy(), a.origin()))
                .toList();
    }
}
