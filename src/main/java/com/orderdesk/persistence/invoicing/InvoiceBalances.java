package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.invoicing.print.InvoiceBalance;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** An invoice's balance as its print states it, read from its cash rows and credit memos. */
final class InvoiceBalances {
    private InvoiceBalances() {
    }

    /**
     * A reversed application no longer pays the invoice, nor does the reversal row itself. An invoice with no
     * cash row at all is a history one (the demo's and imported ones): what its memos did not close was paid,
     * on the day in {@code paid_on}.
     */
    static InvoiceBalance of(Session s, Invoice invoice) {
        List<CashApplication> rows = s.createSelectionQuery("from CashApplication a join fetch a.payment where a.invoice = :i",
                CashApplication.class).setParameter("i", invoice).getResultList();
        Set<Long> reversed = new HashSet<>();
        rows.stream().filter(a -> a.reversalOf() != null).forEach(a -> reversed.add(a.reversalOf().id()));
        Money applied = Money.ZERO;
        LocalDate lastReceipt = null;
        for (CashApplication a : rows) {
            if (a.reversalOf() == null && !reversed.contains(a.id())) {
                applied = applied.plus(a.applied());
                LocalDate day = a.payment().receivedDate();
                lastReceipt = lastReceipt == null || day.isAfter(lastReceipt) ? day : lastReceipt;
            }
        }
        List<InvoiceBalance.Credit> memos = s.createSelectionQuery("from CreditMemo m where m.invoice = :i", CreditMemo.class)
                .setParameter("i", invoice).getResultList().stream()
                .map(m -> new InvoiceBalance.Credit(m.number(), m.issueDate(), m.total())).toList();
        boolean history = rows.isEmpty();
        return InvoiceBalance.of(invoice.total(), invoice.openAmount(), history ? null : applied,
                history ? historyPaidOn(s, invoice) : lastReceipt, memos);
    }

    private static LocalDate historyPaidOn(Session s, Invoice invoice) {
        Object day = s.createNativeQuery("select paid_on from invoice where id = :id", Object.class)
                .setParameter("id", invoice.id()).getSingleResultOrNull();
        try {
            return day == null ? null : LocalDate.parse(day.toString());
        } catch (RuntimeException e) {
            return null; // a damaged day: the print goes without the stamp, as before
        }
    }
}
