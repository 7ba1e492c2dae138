package com.orderdesk.persistence.claims;

import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * How open cases show in what the customer owes, for the credit check, the statement and
 * collections: a dispute's amount (inside the invoice's open amount) marked disputed, a posted
 * deduction's parked amount as an item of its own (it left the invoice but is still owed). Read
 * in the caller's session with plain SQL.
 */
public final class ClaimReceivables {
    private static final String OPEN_CASES = "SELECT c.case_no, i.invoice_no, c.amount_cents, c.parked_cents, c.opened_on,"
            + " i.due_date, p.payment_no, c.reason FROM claim_case c JOIN invoice i ON i.id = c.invoice_id"
            + " LEFT JOIN cash_payment p ON p.id = c.payment_id"
            + " WHERE c.customer_id = :c AND c.status IN ('OPEN', 'RESEARCHING', 'WAITING_ON_CUSTOMER') ORDER BY c.opened_on, c.id";

    private ClaimReceivables() {
    }

    /** One open case as the receivables see it. */
    record OpenCase(String caseNo, String invoiceNo, Money amount, Money parked, LocalDate openedOn, LocalDate invoiceDue,
                    String paymentNo, String reason) {
        Money inOpenAmount() {
            return amount.minus(parked);
        }
    }

    static List<OpenCase> openCases(Session s, long customerId) {
        List<OpenCase> out = new ArrayList<>();
        for (Object[] r : s.createNativeQuery(OPEN_CASES, Object[].class).setParameter("c", customerId).getResultList()) {
            out.add(new OpenCase((String) r[0], (String) r[1], Money.ofCents(((Number) r[2]).longValue()),
                    Money.ofCents(((Number) r[3]).longValue()), LocalDate.parse((String) r[4]), LocalDate.parse((String) r[5]),
                    (String) r[6], (String) r[7]));
        }
        return out;
    }

    /** Per invoice with a case open: disputed in its open amount, parked on cases, and the case numbers. */
    public static Map<String, DisputedAmount> byInvoice(Session s, long customerId) {
        Map<String, DisputedAmount> out = new LinkedHashMap<>();
        for (OpenCase c : openCases(s, customerId)) {
            DisputedAmount prev = out.get(c.invoiceNo());
            List<String> numbers = new ArrayList<>(prev == null ? List.of() : prev.caseNumbers());
            numbers.add(c.caseNo());
            out.put(c.invoiceNo(), new DisputedAmount(c.invoiceNo(),
                    (prev == null ? Money.ZERO : prev.inOpenAmount()).plus(c.inOpenAmount()),
                    (prev == null ? Money.ZERO : prev.parked()).plus(c.parked()), numbers));
        }
        return out;
    }

    /**
     * The credit check's open items with the customer's open cases: the disputed part of each
     * invoice marked (kept out of the past-due tests for the grace period after its oldest case),
     * and each posted deduction still parked on a case as an item of its own, disputed whole.
     */
    public static List<OpenItem> withDisputes(Session s, long customerId, List<OpenItem> items) {
        List<OpenCase> cases = openCases(s, customerId);
        if (cases.isEmpty()) {
            return items;
        }
        int grace = ClaimSettingsQuery.read(s).disputeGraceDays();
        Map<String, Money> inOpen = new LinkedHashMap<>();
        Map<String, LocalDate> since = new LinkedHashMap<>();
        List<OpenItem> out = new ArrayList<>();
        for (OpenCase c : cases) {
            if (c.inOpenAmount().isPositive()) {
                inOpen.merge(c.invoiceNo(), c.inOpenAmount(), Money::plus);
                since.putIfAbsent(c.invoiceNo(), c.openedOn());
            }
        }
        for (OpenItem i : items) {
            Money d = inOpen.get(i.documentNumber());
            out.add(d == null ? i : i.withDispute(d, since.get(i.documentNumber()).plusDays(grace)));
        }
        for (OpenCase c : cases) {
            if (c.parked().isPositive()) {
                out.add(new OpenItem(c.caseNo(), c.openedOn(), c.invoiceDue(), c.parked(), c.parked(), c.openedOn().plusDays(grace)));
            }
        }
        return out;
    }

    /**
     * The statement's items with open cases shown apart: an invoice's disputed part as its own
     * line, and each parked deduction as a line (both marked disputed, so the aging leaves them out).
     */
    public static List<StatementDocument.Item> onStatement(Session s, long customerId, LocalDate asOf,
                                                           List<StatementDocument.Item> items) {
        List<OpenCase> cases = openCases(s, customerId).stream().filter(c -> !c.openedOn().isAfter(asOf)).toList();
        if (cases.isEmpty()) {
            return items;
        }
        Map<String, List<OpenCase>> byInvoice = new LinkedHashMap<>();
        cases.stream().filter(c -> c.inOpenAmount().isPositive())
                .forEach(c -> byInvoice.computeIfAbsent(c.invoiceNo(), k -> new ArrayList<>()).add(c));
        List<StatementDocument.Item> out = new ArrayList<>();
        for (StatementDocument.Item item : items) {
            List<OpenCase> disputes = byInvoice.get(item.documentNumber());
            if (disputes == null || item.isCredit()) {
                out.add(item);
                continue;
            }
            Money left = item.open();
            for (OpenCase c : disputes) {
                Money part = c.inOpenAmount().min(left);
                if (!part.isPositive()) {
                    continue;
                }
                left = left.minus(part);
                out.add(new StatementDocument.Item(c.caseNo(), "Disputed", c.openedOn(), item.dueDate(), c.amount(), part,
                        "On " + item.documentNumber() + ": " + c.reason().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        true));
            }
            if (left.isPositive()) {
                out.add(new StatementDocument.Item(item.documentNumber(), item.type(), item.date(), item.dueDate(),
                        item.original(), left, item.reference(), false));
            }
        }
        for (OpenCase c : cases) {
            if (c.parked().isPositive()) {
                out.add(new StatementDocument.Item(c.caseNo(), "Deduction", c.openedOn(), c.invoiceDue(), c.amount(), c.parked(),
                        "Deducted from " + c.invoiceNo() + (c.paymentNo() == null ? "" : " on " + c.paymentNo()) + ", in review",
                        true));
            }
        }
        return out;
    }

    static ClaimSettings settings(Session s) {
        return ClaimSettingsQuery.read(s);
    }
}
