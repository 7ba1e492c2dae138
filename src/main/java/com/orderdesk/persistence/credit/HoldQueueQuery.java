package com.orderdesk.persistence.credit;

import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole credit-hold queue in two plain JDBC queries (orders with their customers, then
 * the reason codes of all held orders), so 10,000 held orders open well within half a second
 * without building an entity per row.
 */
final class HoldQueueQuery {
    private static final String ORDERS = "SELECT o.id, o.order_no, c.id, c.customer_no, c.name, c.risk_class, "
            + "o.total_cents, o.entered_at, o.entered_by, o.changed_by FROM sales_order o "
            + "JOIN customer c ON c.id = o.customer_id WHERE o.status = 'CREDIT_HOLD' ORDER BY o.entered_at, o.id";
    private static final String REASONS = "SELECT r.order_id, r.code FROM credit_hold_reason r "
            + "JOIN sales_order o ON o.id = r.order_id WHERE o.status = 'CREDIT_HOLD'";

    private HoldQueueQuery() {
    }

    static List<HeldOrderRow> run(Connection c) throws SQLException {
        Map<Long, Set<CreditReason>> reasons = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(REASONS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CreditReason code = parse(rs.getString(2));
                if (code != null) {
                    reasons.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(CreditReason.class)).add(code);
                }
            }
        }
        List<HeldOrderRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ORDERS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new HeldOrderRow(id, rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        RiskClass.valueOf(rs.getString(6)), Money.ofCents(rs.getLong(7)),
                        Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9), rs.getString(10),
                        reasons.getOrDefault(id, Set.of())));
            }
        }
        return out;
    }

    /** A code a newer version wrote is skipped rather than failing the whole queue. */
    private static CreditReason parse(String code) {
        try {
            return CreditReason.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
