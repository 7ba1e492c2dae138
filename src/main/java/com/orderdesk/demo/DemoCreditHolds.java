package com.orderdesk.demo;

import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo history's open orders through the credit check a live order's save runs, once the book has
 * the paid history's cash: the day's payment predictions are made first (as Arthur), a few customers
 * they give a fair chance of paying a month late go to the HIGH risk class, then every order before
 * fulfillment is checked by {@code CreditUseCases#checkAsEntered} as the clerk who entered it. So each
 * hold has the save's audit entry and timeline step, and a "predicted to pay very late" hold quotes the
 * prediction the desk shows beside it. The bulk pass ({@link DemoCreditPass}) made the other risky
 * customers; its statuses are decided again here. The HIGH class is Carmen's decision through the credit
 * desk's use case ({@code CreditUseCases#changeCreditLimit}), so the trail says who classed them and why. She also
 * records the credit reviews falling due soonest through {@code CreditUseCases#recordReview}; the customers whose
 * review is overdue keep it (their holds are the desk's work in the demo).
 */
final class DemoCreditHolds {
    /** Customers held for their prediction: as many as each of the bulk pass's scenarios has, at least. */
    private static final int MIN_PREDICTED_LATE = 2;
    static final String PREDICTED_LATE_NOTE = "Predicted to pay a month late or worse: high risk until the payments pick up.";
    /** Customers whose credit review Carmen has recorded: the ones falling due soonest. */
    private static final int REVIEWED = 5;
    /** Reviews coming due within this many days are the ones she does ahead. */
    private static final int REVIEW_AHEAD_DAYS = 60;
    static final String REVIEW_NOTE = "Annual review: statements, trade references and payment record checked.";
    static final String SHORT_REVIEW_NOTE = "Statements only up to the half year: reviewed again in six months.";

    private DemoCreditHolds() {
    }

    /** @return how many orders are held */
    static int run(Database db, DemoBook.Parts parts, AuditKey key) {
        try {
            parts.collections().refreshPredictions(DemoBook.user("arthur", key));
        } catch (RuntimeException e) {
            // the holds stand without predictions: the desk then shows none either
            org.slf4j.LoggerFactory.getLogger(DemoCreditHolds.class).warn("Demo payment predictions left out: {}", e.toString());
        }
        Map<String, List<Long>> byClerk;
        Map<Long, Money> late;
        Map<Long, java.time.LocalDate> dueSoon;
        java.time.LocalDate today = java.time.LocalDate.now(parts.clock());
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                late = predictedLate(c);
                dueSoon = reviewsDueSoon(c, today);
                byClerk = openOrdersByClerk(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo's credit holds could not be prepared: " + e.getMessage(), e);
        }
        // Carmen classes them HIGH through the credit desk's use case, audited as hers (none has a held order to re-check)
        SignedInUser carmen = DemoBook.user("carmen", key);
        for (Map.Entry<Long, Money> e : late.entrySet()) {
            parts.credit().changeCreditLimit(carmen, e.getKey(), e.getValue(), RiskClass.HIGH, PREDICTED_LATE_NOTE);
        }
        // and records the reviews falling due soonest, through the credit desk's use case (customers whose review is
        // overdue keep it: those holds are the desk's work); one she wants to see again at the half year
        int reviewed = 0;
        for (Map.Entry<Long, java.time.LocalDate> e : dueSoon.entrySet()) {
            boolean shortOne = reviewed++ == 0;
            parts.credit().recordReview(carmen, e.getKey(), e.getValue(), shortOne ? today.plusMonths(6)
                    : parts.credit().defaultNextReview(carmen), shortOne ? SHORT_REVIEW_NOTE : REVIEW_NOTE);
        }
        int held = 0;
        for (Map.Entry<String, List<Long>> e : byClerk.entrySet()) {
            held += parts.credit().checkAsEntered(DemoBook.user(e.getKey(), key), e.getValue());
        }
        return held;
    }

    /**
     * Customers with an order awaiting credit and none held yet whose prediction is past the HIGH class's
     * bar, in customer order (the same book gives the same ones), moved to the HIGH class; as many as the
     * bulk pass gives each way of being risky: their ids and limits (null: none), to be classed HIGH.
     */
    private static Map<Long, Money> predictedLate(Connection c) throws SQLException {
        List<Long> late = new ArrayList<>();
        Map<Long, Money> limits = new HashMap<>();
        int candidates;
        try (PreparedStatement ps = c.prepareStatement("SELECT o.customer_id, MAX(p.p_late30), SUM(CASE WHEN o.status ="
                + " 'CREDIT_HOLD' THEN 1 ELSE 0 END), MAX(cu.credit_limit_cents) FROM sales_order o"
                + " JOIN customer cu ON cu.id = o.customer_id LEFT JOIN collection_prediction p"
                + " ON p.customer_id = o.customer_id WHERE o.status IN ('ENTERED', 'CREDIT_HOLD', 'RELEASED')"
                + " GROUP BY o.customer_id ORDER BY o.customer_id"); ResultSet rs = ps.executeQuery()) {
            double bar = CreditPolicy.defaults().forClass(RiskClass.HIGH).maxPredictedLate30();
            int n = 0;
            while (rs.next()) {
                n++;
                double pLate30 = rs.getDouble(2);
                if (!rs.wasNull() && pLate30 > bar && rs.getLong(3) == 0) {
                    late.add(rs.getLong(1));
                    long limit = rs.getLong(4);
                    limits.put(rs.getLong(1), rs.wasNull() ? null : Money.ofCents(limit));
                }
            }
            candidates = n;
        }
        int wanted = Math.max(MIN_PREDICTED_LATE, candidates / 40);
        Map<Long, Money> out = new LinkedHashMap<>();
        for (long id : late.subList(0, Math.min(wanted, late.size()))) {
            out.put(id, limits.get(id));
        }
        return out;
    }

    /** The customers (not on manual hold) whose credit review falls due within {@link #REVIEW_AHEAD_DAYS}, soonest first. */
    private static Map<Long, java.time.LocalDate> reviewsDueSoon(Connection c, java.time.LocalDate today) throws SQLException {
        Map<Long, java.time.LocalDate> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, credit_review_date FROM customer WHERE manual_hold = ?"
                + " AND credit_review_date >= ? AND credit_review_date <= ? ORDER BY credit_review_date, id LIMIT " + REVIEWED)) {
            ps.setBoolean(1, false); // a boolean on PostgreSQL, 0 or 1 on SQLite: "= 0" failed on PostgreSQL
            ps.setString(2, today.toString());
            ps.setString(3, today.plusDays(REVIEW_AHEAD_DAYS).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), java.time.LocalDate.parse(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * The history's orders awaiting credit by the clerk who entered them, in order: those with no audit
     * entry (the inbox's orders, and those the shipments step routed, went through the use cases already).
     */
    private static Map<String, List<Long>> openOrdersByClerk(Connection c) throws SQLException {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.entered_by FROM sales_order o"
                + " WHERE o.status IN ('ENTERED', 'CREDIT_HOLD', 'RELEASED') AND NOT EXISTS (SELECT 1 FROM audit_entry a"
                + " WHERE a.doc_type = 'ORDER' AND a.doc_id = o.order_no) ORDER BY o.entered_by, o.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        return out;
    }
}
