package com.orderdesk.application.cash;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.MatchedPayment;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads for the cash-matching screen, in the open unit of work: the day's list and one payment's detail. */
final class CashQueries {
    private final CashRepository cash;
    private final java.time.ZoneId zone;

    CashQueries(CashRepository cash, java.time.ZoneId zone) {
        this.cash = cash;
        this.zone = zone;
    }

    Listing<DeskPayment> payments(LocalDate day) {
        Listing<CashPayment> stored = cash.paymentsForDay(day, zone);
        return new Listing<>(stored.rows().stream().map(CashQueries::row).toList(), stored.damaged());
    }

    static DeskPayment row(CashPayment p) {
        return new DeskPayment(p.id(), p.number(), p.kind(), p.receivedDate(), p.amount(), p.currency(), p.payerName(),
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
        CashPayment p = cash.payment(id).orElseThrow(() -> new StoreException("Payment " + id + " does not exist."));
        List<PaymentDetail.Remittance> remittance = p.remittance().stream()
                .map(r -> new PaymentDetail.Remittance(r.invoiceRef(), r.amount() == null ? null : r.amount().amount(), r.note()))
                .toList();
        List<PaymentDetail.Proposed> proposal = p.proposal().stream()
                .map(l -> new PaymentDetail.Proposed(l.invoiceNo(), l.applied().amount(), l.discount().amount(),
                        l.deduction().amount(), l.status()))
                .toList();
        List<OpenInvoice> invoices = p.customer() == null ? List.of() : cash.openInvoices(p.customer().id(), p.receivedDate());
        return new PaymentDetail(row(p), p.version(), p.reference(), p.chequeNo(), p.payerAccountKey(), p.sourceFile(),
                p.sourceLine(), p.bankReference(), p.stubImage(), remittance, p.matchStatus(), p.matchConfidence(),
                p.matchReason(), proposal, invoices, cash.postedLines(id));
    }

    List<MatchedPayment> matched(List<String> numbers) {
        Map<String, CashPayment> byNumber = new HashMap<>();
        cash.paymentsByNumbers(numbers).forEach(p -> byNumber.put(p.number(), p));
        List<MatchedPayment> out = new ArrayList<>(numbers.size());
        for (String n : numbers) {
            CashPayment p = byNumber.get(n);
            if (p == null) {
                throw new StoreException("Payment " + n + " does not exist.");
            }
            List<String> invoices = p.proposal().stream().map(l -> l.invoiceNo()).filter(i -> i != null).distinct().toList();
            out.add(new MatchedPayment(p.number(), p.amount().amount(), p.currency(), p.payerName(),
                    p.customer() == null ? null : p.customer().number(), p.matchStatus(), invoices, p.matchReason()));
        }
        return out;
    }

    List<OpenInvoice> openInvoices(String customerNo, LocalDate received) {
        return cash.customerId(customerNo).map(id -> cash.openInvoices(id, received)).orElse(List.of());
    }
}
