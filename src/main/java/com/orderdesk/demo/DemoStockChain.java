package com.orderdesk.demo;

import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo's stock movements so they add up with the history's shipments. Written in the bulk
 * transaction, before the orders were shipped, each movement's count after it followed only the
 * movements before it, while the history's shipments left without lowering the stock (their goods went
 * before the demo's count): the stock screen's history read "receipt +72 -> 533" and then a newer
 * "shipment -8 -> 533". Movements are kept as made (no update), so they are written once the shipments
 * are known: each count after is derived back from the node's count now through every newer line,
 * movements and shipments alike, as {@code StockLedger} reads the history. On hand stays as stocked;
 * the opening count is what the chain says it was (never lower than before: shipments only add to it).
 */
final class DemoStockChain {
    private record Line(long at, boolean shipment, long order, int qty) {
    }

    /** Newest first, as the history lists them: by time, a movement before a shipment of the same moment. */
    private static final Comparator<Line> NEWEST_FIRST = Comparator.comparingLong(Line::at).reversed()
            .thenComparing(Line::shipment).thenComparing(Comparator.comparingLong(Line::order).reversed());

    private DemoStockChain() {
    }

    /** In a transaction of its own, after the history's shipments. */
    static void write(Database db, List<DemoStockAndPrices.Move> moves) {
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, moves);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo's stock history could not be written: " + e.getMessage(), e);
        }
    }

    /** {@code moves} oldest first; written in that order, with the counts the shipments already in the book give. */
    static void write(Connection c, List<DemoStockAndPrices.Move> moves) throws SQLException {
        Map<String, List<Line>> lines = new HashMap<>(); // "product/node" -> its movements (by index) and shipments
        for (int i = 0; i < moves.size(); i++) {
            DemoStockAndPrices.Move m = moves.get(i);
            lines.computeIfAbsent(m.product() + "/" + m.node(), k -> new ArrayList<>()).add(new Line(m.at(), false, i, m.qty()));
        }
        if (moves.isEmpty()) {
            return;
        }
        // as the stock history reads shipments: shipped (or invoiced), at the moment shipped or else the ship date
        try (PreparedStatement ps = c.prepareStatement("SELECT sl.product_id, s.node_id, s.shipped_at, s.ship_date,"
                + " sl.qty_planned, sl.id FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id"
                + " WHERE s.status IN ('SHIPPED', 'INVOICED')"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Line> item = lines.get(rs.getLong(1) + "/" + rs.getLong(2));
                if (item != null) {
                    long at = rs.getLong(3);
                    if (rs.wasNull()) {
                        String day = rs.getString(4);
                        at = day == null ? 0 : LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    }
                    item.add(new Line(at, true, rs.getLong(6), -rs.getInt(5)));
                }
            }
        }
        Map<String, Integer> onHand = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, node_id, on_hand FROM inventory");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                onHand.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getInt(3));
            }
        }
        int[] afters = new int[moves.size()];
        for (Map.Entry<String, List<Line>> item : lines.entrySet()) {
            List<Line> newestFirst = item.getValue();
            newestFirst.sort(NEWEST_FIRST);
            int after = onHand.getOrDefault(item.getKey(), 0);
            for (Line l : newestFirst) {
                if (!l.shipment()) {
                    afters[(int) l.order()] = after;
                }
                after -= l.qty();
            }
        }
        try (BatchInsert ins = new BatchInsert(c, "stock_movement", "product_id", "node_id", "kind", "reason", "qty",
                "on_hand_after", "reference", "other_node_id", "note", "moved_at", "moved_by")) {
            for (int i = 0; i < moves.size(); i++) {
                DemoStockAndPrices.Move m = moves.get(i);
                ins.row(m.product(), m.node(), m.kind(), m.reason(), m.qty(), afters[i], m.reference(), m.otherNode(), m.note(),
                        m.at(), m.by());
            }
        }
    }
}
