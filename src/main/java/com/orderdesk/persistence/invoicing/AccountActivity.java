package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.invoicing.print.ActivityStatement.Movement;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * The movements of a customer's account in a period, counted exactly as {@link OpenAsOf} and the
 * open-item statement count a balance on a day, so that the balance on the day before the period
 * plus these movements is the balance on its last day: an invoice adds its total on its issue date;
 * a cash application takes away what it applied, its discount and its deduction on the day it was
 * posted (a reversal adds them back); a credit memo takes away its total on its issue date (the part
 * used on its invoice and the part still open alike); a case settlement takes away what it moved on
 * its invoice on the day it was issued; an invoice marked paid without its cash takes the rest away
 * on its paid-on day; a deduction parked on a case still open is owed again from the day the case opened.
 */
final class AccountActivity {
    private static final String INVOICES = "SELECT i.id, i.invoice_no, i.issue_date, i.total_cents, i.open_cents, i.paid_on,"
            + " o.order_no, o.customer_po FROM invoice i LEFT JOIN sales_order o ON o.id = i.order_id"
            + " WHERE i.customer_id = :c AND i.issue_date <= :to ORDER BY i.issue_date, i.id";
    private static final String CASH = "SELECT a.invoice_id, a.posted_at, a.applied_cents, a.discount_cents, a.deduction_cents,"
            + " p.payment_no, a.reversal_of_id FROM cash_application a JOIN invoice i ON i.id = a.invoice_id"
            + " JOIN cash_payment p ON p.id = a.payment_id WHERE i.customer_id = :c AND i.issue_date <= :to ORDER BY a.posted_at, a.id";
    private static final String MEMOS = "SELECT m.invoice_id, m.issue_date, m.total_cents, m.open_cents, m.memo_no FROM credit_memo m"
            + " JOIN invoice i ON i.id = m.invoice_id WHERE i.customer_id = :c AND i.issue_date <= :to ORDER BY m.issue_date, m.id";
    private static final String CLAIMS = "SELECT c.invoice_id, s.issued_on, s.kind, s.amount_cents, s.invoice_delta_cents,"
            + " s.document_no, c.case_no FROM claim_settlement s JOIN claim_case c ON c.id = s.case_id"
            + " JOIN invoice i ON i.id = c.invoice_id WHERE i.customer_id = :c AND i.issue_date <= :to ORDER BY s.issued_on, s.id";
    private static final String PARKED = "SELECT c.case_no, c.opened_on, c.parked_cents, i.invoice_no FROM claim_case c"
            + " JOIN invoice i ON i.id = c.invoice_id WHERE c.customer_id = :c AND c.parked_cents > 0"
            + " AND c.status IN ('OPEN', 'RESEARCHING', 'WAITING_ON_CUSTOMER') AND c.opened_on <= :to ORDER BY c.opened_on, c.id";

    private AccountActivity() {
    }

    private static final class Inv {
        final String number;
        final LocalDate issued;
        final long total;
        final long open;
        final LocalDate paidOn;
        long settled;

        Inv(String number, LocalDate issued, long total, long open, LocalDate paidOn) {
            this.number = number;
            this.issued = issued;
            this.total = total;
            this.open = open;
            this.paidOn = paidOn;
        }
    }

    /**
     * The movements dated {@code from} to {@code to} (both included), in date order, those of one day in
     * the order invoices, cash, credit memos, settlements, parked deductions.
     *
     * @param today the day an invoice marked paid without its cash and with no paid-on day was settled
     * @param zone  the zone in which a cash application's posting instant falls on a day
     */
    static List<Movement> between(Session s, long customerId, LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
        List<Movement> out = new ArrayList<>();
        Map<Long, Inv> invoices = new LinkedHashMap<>();
        for (Object[] r : rows(s, INVOICES, customerId, to)) {
            Inv inv = new Inv((String) r[1], LocalDate.parse((String) r[2]), cents(r[3]), cents(r[4]),
                    r[5] == null ? null : LocalDate.parse((String) r[5]));
            invoices.put(cents(r[0]), inv);
            if (in(inv.issued, from, to)) {
                out.add(new Movement(inv.issued, inv.number, "Invoice", reference((String) r[6], (String) r[7]),
                        Money.ofCents(inv.total)));
            }
        }
        for (Object[] r : rows(s, CASH, customerId, to)) {
            Inv inv = invoices.get(cents(r[0]));
            if (inv == null) {
                continue;
            }
            long applied = cents(r[2]);
            long discount = cents(r[3]);
            long deduction = cents(r[4]);
            inv.settled += applied + discount + deduction;
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(cents(r[1])), zone);
            if (!in(day, from, to)) {
                continue;
            }
            boolean reversal = r[6] != null;
            String payment = (String) r[5];
            String on = "On " + inv.number;
            add(out, day, payment, reversal ? "Payment reversed" : "Payment", on, applied);
            add(out, day, payment, reversal ? "Discount reversed" : "Discount", on, discount);
            add(out, day, payment, reversal ? "Deduction reversed" : "Deduction", on, deduction);
        }
        for (Object[] r : rows(s, MEMOS, customerId, to)) {
            Inv inv = invoices.get(cents(r[0]));
            LocalDate day = LocalDate.parse((String) r[1]);
            if (inv != null) {
                inv.settled += cents(r[2]) - cents(r[3]);
            }
            if (in(day, from, to)) {
                add(out, day, (String) r[4], "Credit memo", inv == null ? "" : "On " + inv.number, cents(r[2]));
            }
        }
        for (Object[] r : rows(s, CLAIMS, customerId, to)) {
            Inv inv = invoices.get(cents(r[0]));
            String kind = (String) r[2];
            long amount = cents(r[3]);
            long delta = cents(r[4]);
            // what it moved on the invoice, as OpenAsOf counts it (a valid deduction's memo is read with the memos)
            long settled = "CREDIT_MEMO".equals(kind) ? -(delta + amount) : -delta;
            if (inv != null) {
                inv.settled += settled;
            }
            LocalDate day = LocalDate.parse((String) r[1]);
            if (in(day, from, to)) {
                add(out, day, (String) r[5], settlementType(kind), "Case " + r[6] + (inv == null ? "" : " on " + inv.number),
                        settled);
            }
        }
        invoices.forEach((id, inv) -> {
            long missing = (inv.total - inv.open) - inv.settled;
            LocalDate day = inv.paidOn != null ? inv.paidOn : today;
            day = day.isBefore(inv.issued) ? inv.issued : day;
            if (missing != 0 && in(day, from, to)) {
                add(out, day, inv.number, "Settled", "Marked paid", missing);
            }
        });
        for (Object[] r : rows(s, PARKED, customerId, to)) {
            LocalDate day = LocalDate.parse((String) r[1]);
            if (in(day, from, to)) {
                out.add(new Movement(day, (String) r[0], "Deduction in review", "Deducted from " + r[3] + ", still owed",
                        Money.ofCents(cents(r[2]))));
            }
        }
        return out;
    }

    /** A settling movement of {@code settled} cents (positive settles, so it takes away); none for zero. */
    private static void add(List<Movement> out, LocalDate day, String number, String type, String reference, long settled) {
        if (settled != 0) {
            out.add(new Movement(day, number == null ? "" : number, type, reference, Money.ofCents(-settled)));
        }
    }

    private static String settlementType(String kind) {
        try {
            return com.orderdesk.model.claims.SettlementKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
    }

    private static String reference(String order, String po) {
        if (order == null) {
            return "";
        }
        return po == null || po.isBlank() ? order : order + " / PO " + po;
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static List<Object[]> rows(Session s, String sql, long customerId, LocalDate to) {
        return s.createNativeQuery(sql, Object[].class).setParameter("c", customerId).setParameter("to", to.toString())
                .getResultList();
    }

    private static long cents(Object o) {
        return ((Number) o).longValue();
    }
}
