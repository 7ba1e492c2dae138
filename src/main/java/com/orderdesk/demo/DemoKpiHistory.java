package com.orderdesk.demo;

import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the finance dashboard needs from the demo history and the history does not say (issue 16):
 * which of the history's orders a person touched after keying (about one phone order in eight and one
 * email order in three: amended by the clerk an hour after entry, as {@code order_touch} rows), and the cash behind
 * the history's paid invoices (one posted payment per paid invoice on its paid-on day, and one for the
 * part paid of a part-paid invoice, seven in ten
 * applied by the matching engine with no one confirming, the rest by Arthur at the cash desk). In
 * one transaction; does nothing the second time (the payments' dedup keys say it ran).
 */
public final class DemoKpiHistory {
    private static final String PREFIX = "history:";

    /** What was added. */
    public record Result(int touches, int payments) {
    }

    private DemoKpiHistory() {
    }

    public static Result run(Database db, Clock clock) {
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                if (ran(c)) {
                    return new Result(0, 0);
                }
                int touches = touches(c);
                int payments = payments(c, clock);
                c.commit();
                return new Result(touches, payments);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo's cash history could not be written: " + e.getMessage(), e);
        }
    }

    private static boolean ran(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cash_payment WHERE dedup_key LIKE ?")) {
            ps.setString(1, PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * A fixed share of the history's orders by channel, picked by id (the same book gives the same
     * touches). Only orders with no audit entry: the history has none, while an order the demo took
     * through the use cases (the inbox's, today's keyed ones) has its trail and its real touches; a
     * made-up amendment there counted an order the inbox and the trail call "saved touchless" as touched.
     */
    private static int touches(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_touch (order_id, username, action, at)"
                + " SELECT o.id, o.entered_by, 'ORDER_SAVE', o.entered_at + 3600000 FROM sales_order o"
                + " WHERE o.status <> 'ENTERED' AND (o.id * 7919) % 100 < CASE o.channel WHEN 'EMAIL' THEN 33 ELSE 12 END"
                + " AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.doc_type = 'ORDER' AND a.doc_id = o.order_no)")) {
            return ps.executeUpdate();
        }
    }

    private record Paid(long invoiceId, long customerId, String invoiceNo, LocalDate paidOn, long cents) {
    }

    /**
     * The history's part-paid invoices (one in ten of those not paid) carry no day and no cash for the
     * part paid: the figures put it on today (BookLedgers reconciles), so every figure at an earlier
     * date (opening receivables, CEI, each month's DSO) counted those invoices whole. Finance's check of
     * 7 December: $52,446.57 on 90 invoices of the demo book. The part is paid halfway from the issue
     * date to the due date, or to today when not yet due.
     */
    private static List<Paid> partlyPaid(Connection c, LocalDate today) throws SQLException {
        List<Paid> paid = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.customer_id, i.invoice_no, i.issue_date, i.due_date,"
                + " i.total_cents - i.open_cents - i.credited_cents FROM invoice i WHERE i.status = 'PARTLY_PAID'"
                + " AND NOT EXISTS (SELECT 1 FROM cash_application a WHERE a.invoice_id = i.id) ORDER BY i.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate issued = LocalDate.parse(rs.getString(4));
                LocalDate due = LocalDate.parse(rs.getString(5));
                LocalDate until = due.isBefore(today) ? due : today;
                LocalDate day = until.isAfter(issued) ? issued.plusDays(java.time.temporal.ChronoUnit.DAYS.between(issued, until) / 2)
                        : issued;
                if (rs.getLong(6) > 0) {
                    paid.add(new Paid(rs.getLong(1), rs.getLong(2), rs.getString(3), day, rs.getLong(6)));
                }
            }
        }
        return paid;
    }

    private static int payments(Connection c, Clock clock) throws SQLException {
        List<Paid> paid = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.customer_id, i.invoice_no, i.paid_on,"
                + " i.total_cents - i.open_cents - i.credited_cents FROM invoice i WHERE i.status = 'PAID' AND i.paid_on IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM cash_application a WHERE a.invoice_id = i.id) ORDER BY i.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(5) > 0) {
                    paid.add(new Paid(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalDate.parse(rs.getString(4)), rs.getLong(5)));
                }
            }
        }
        paid.addAll(partlyPaid(c, LocalDate.now(clock)));
        try (PreparedStatement pay = c.prepareStatement("INSERT INTO cash_payment (payment_no, kind, received_date, amount_cents,"
                + " currency, payer_name, reference, dedup_key, customer_id, match_status, match_reason, state, posted_auto,"
                + " unapplied_cents, entered_by, entered_at, version) VALUES (?, ?, ?, ?, 'USD', NULL, ?, ?, ?, ?, ?, 'POSTED', ?, 0,"
                + " ?, ?, 0)");
             PreparedStatement apply = c.prepareStatement("INSERT INTO cash_application (payment_id, invoice_id, applied_cents,"
                     + " discount_cents, deduction_cents, origin, posted_at, posted_by) SELECT id, ?, ?, 0, 0, ?, ?, ?"
                     + " FROM cash_payment WHERE dedup_key = ?")) {
            for (Paid p : paid) {
                boolean auto = Math.floorMod(p.invoiceId() * 31, 10) < 7;
                // noon of the day paid, but never after the book is made: a payment of today "posted at noon" at
                // 01:00 kept a promise recorded at 01:22 at once (its check counts postings after the promise)
                long at = Math.min(p.paidOn().atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant().toEpochMilli(),
                        clock.millis());
                String key = PREFIX + p.invoiceNo();
                pay.setString(1, "HP-" + p.invoiceNo().replace("INV-", ""));
                pay.setString(2, auto ? "BAI2" : "CHEQUE");
                pay.setString(3, p.paidOn().toString());
                pay.setLong(4, p.cents());
                pay.setString(5, p.invoiceNo());
                pay.setString(6, key);
                pay.setLong(7, p.customerId());
                pay.setString(8, auto ? "AUTO" : null);
                pay.setString(9, auto ? "invoice number in the remittance, amount exact" : null);
                pay.setBoolean(10, auto);
                pay.setString(11, auto ? "history" : "arthur");
                pay.setLong(12, at);
                pay.addBatch();
                apply.setLong(1, p.invoiceId());
                apply.setLong(2, p.cents());
                apply.setString(3, auto ? "AUTO" : "MANUAL");
                apply.setLong(4, at);
                apply.setString(5, auto ? "history" : "arthur");
                apply.setString(6, key);
                apply.addBatch();
            }
            pay.executeBatch();
            apply.executeBatch();
        }
        return paid.size();
    }
}
