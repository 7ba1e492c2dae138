package com.orderdesk.persistence.invoicing;

import com.orderdesk.persistence.StoredValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * A customer's invoices open on a past day, with their open amount on that day (issue 15: a
 * statement "as of" a date shows what was owed then, not today's balances). The stored open
 * amount is today's; every movement since the day is added back, counted the way the figures
 * engine's ledgers count them (persistence/kpi ReceivablesReader): cash applications (cash,
 * discount, deduction; reversals negative) posted after the day, the part a credit memo issued
 * after the day used, claim settlements issued after it, and the unexplained rest of an invoice
 * marked paid without its cash on its paid-on day (today when unknown). Invoices issued after the
 * day are not listed.
 */
final class OpenAsOf {
    private static final String INVOICES = "SELECT i.id, i.issue_date, i.total_cents, i.open_cents, i.paid_on FROM invoice i"
            + " WHERE i.customer_id = :c AND i.issue_date <= :d ORDER BY i.id";
    /*
     * The amounts are read as stored, each with its row's id, and added up here: summed in SQL, 'abc' is 0
     * ('abc' + 1000 is 1000) and the day's open amount came out wrong without a word (decision 12).
     */
    private static final String CASH = "SELECT a.invoice_id, a.posted_at, a.applied_cents, a.discount_cents, a.deduction_cents,"
            + " a.id FROM cash_application a JOIN invoice i ON i.id = a.invoice_id WHERE i.customer_id = :c AND i.issue_date <= :d";
    private static final String MEMOS = "SELECT m.invoice_id, m.issue_date, m.total_cents, m.open_cents, m.id FROM credit_memo m"
            + " JOIN invoice i ON i.id = m.invoice_id WHERE i.customer_id = :c AND i.issue_date <= :d";
    private static final String CLAIMS = "SELECT c.invoice_id, s.issued_on, s.kind, s.amount_cents, s.invoice_delta_cents, s.id"
            + " FROM claim_settlement s JOIN claim_case c ON c.id = s.case_id JOIN invoice i ON i.id = c.invoice_id"
            + " WHERE i.customer_id = :c AND i.issue_date <= :d";

    private OpenAsOf() {
    }

    /** What one invoice was settled by: in all, and after the day. */
    private static final class Moves {
        final LocalDate issued;
        final long storedSettled;
        final long open;
        final LocalDate paidOn;
        long settled;
        long after;

        Moves(LocalDate issued, long total, long open, LocalDate paidOn) {
            this.issued = issued;
            this.storedSettled = total - open;
            this.open = open;
            this.paidOn = paidOn;
        }
    }

    /**
     * The open amount in cents on {@code asOf} of each of the customer's invoices issued by then
     * that was open on that day, by invoice id (in id order).
     *
     * @param today the day an invoice marked paid without its cash and with no paid-on day was settled
     * @param zone  the zone in which a cash application's posting instant falls on a day
     */
    static Map<Long, Long> openOn(Session s, long customerId, LocalDate asOf, LocalDate today, ZoneId zone) {
        Map<Long, Moves> byId = new LinkedHashMap<>();
        for (Object[] r : rows(s, INVOICES, customerId, asOf)) {
            // total and open as stored: text there ('abc') names the invoice rather than open it at 0
            StoredValues stored = new StoredValues("invoice", r[0], r,
                    "id", "issue_date", "total_cents", "open_cents");
            byId.put(id(r[0]), new Moves(LocalDate.parse((String) r[1]), stored.longValue(2), stored.longValue(3),
                    r[4] == null ? null : LocalDate.parse((String) r[4])));
        }
        for (Object[] r : rows(s, CASH, customerId, asOf)) {
            StoredValues a = new StoredValues("cash_application", r[5], r, "invoice_id", "posted_at", "applied_cents",
                    "discount_cents", "deduction_cents");
            move(byId.get(id(r[0])), LocalDate.ofInstant(Instant.ofEpochMilli(a.longValue(1)), zone),
                    a.longValue(2) + a.longValue(3) + a.longValue(4), asOf);
        }
        for (Object[] r : rows(s, MEMOS, customerId, asOf)) {
            StoredValues m = new StoredValues("credit_memo", r[4], r, "invoice_id", "issue_date", "total_cents", "open_cents");
            move(byId.get(id(r[0])), LocalDate.parse((String) r[1]), m.longValue(2) - m.longValue(3), asOf);
        }
        for (Object[] r : rows(s, CLAIMS, customerId, asOf)) {
            StoredValues x = new StoredValues("claim_settlement", r[5], r, "invoice_id", "issued_on", "kind", "amount_cents",
                    "invoice_delta_cents");
            long amount = x.longValue(3);
            long delta = x.longValue(4);
            // the net move of the invoice, as the ledgers count it (a valid deduction's memo is read with the memos)
            long settled = switch ((String) r[2]) {
                case "CREDIT_MEMO" -> -(delta + amount);
                default -> -delta; // a rebill takes the memo back and parks the deduction: -amount + (amount - delta)
            };
            move(byId.get(id(r[0])), LocalDate.parse((String) r[1]), settled, asOf);
        }
        Map<Long, Long> open = new LinkedHashMap<>();
        byId.forEach((id, m) -> {
            long missing = m.storedSettled - m.settled;
            LocalDate day = m.paidOn != null ? m.paidOn : today;
            if (missing != 0 && (day.isBefore(m.issued) ? m.issued : day).isAfter(asOf)) {
                m.after += missing;
            }
            long then = m.open + m.after;
            if (then > 0) {
                open.put(id, then);
            }
        });
        return open;
    }

    private static void move(Moves m, LocalDate day, long settled, LocalDate asOf) {
        if (m == null) {
            return;
        }
        m.settled += settled;
        if (day.isAfter(asOf)) {
            m.after += settled;
        }
    }

    private static List<Object[]> rows(Session s, String sql, long customerId, LocalDate asOf) {
        return s.createNativeQuery(sql, Object[].class).setParameter("c", customerId).setParameter("d", asOf.toString())
                .getResultList();
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }
}
