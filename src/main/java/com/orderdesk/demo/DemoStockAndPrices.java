package com.orderdesk.demo;

import com.orderdesk.logic.catalog.Gtin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo book's products, contract prices and stock as a desk that has kept them in the app for
 * a while would have them (issue 11): case quantities and GTINs on the products, last year's
 * contracts ended and announced rises from the 1st of next month, and the last six weeks of stock
 * movements (supplier receipts with their delivery notes, transfers from the distribution centres
 * to the stores, counts and damage) for about a third of the products.
 *
 * <p>Runs inside the generator's transaction, after the inventory and before the orders. The
 * movements are written forward in time from an opening quantity, so each row's on-hand-after
 * follows from the one before and the last equals the node's on hand. The order history's shipments
 * come later and do not lower the stock; {@link DemoStockChain} then derives the counts again through
 * them, from the node's on hand back.
 */
final class DemoStockAndPrices {
    private static final String[] SUPPLIERS = {"Carolina Safety Products", "Pacific Paper Mills", "Gulf Chemical Supply",
            "Midwest Poly Bag Co.", "Keystone Office Wholesale"};
    private static final String[] DAMAGE = {"Carton crushed on the dock", "Forklift damage in aisle 14", "Water damage (roof leak)",
            "Split on unloading"};
    private static final String[] CLERKS = {"olivia", "marcus", "priya", "admin"};

    private final Random rnd;
    private final LocalDate today;

    DemoStockAndPrices(Random rnd, LocalDate today) {
        this.rnd = rnd;
        this.today = today;
    }

    /** Case quantity by unit of sale, and a UPC-A (stored as GTIN-14) for nine products in ten. */
    void productCodes(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, unit FROM product ORDER BY id");
             PreparedStatement up = c.prepareStatement("UPDATE product SET case_qty = ?, gtin = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                int caseQty = switch (rs.getString(2)) {
                    case "EA" -> new int[] {1, 6, 12, 24}[rnd.nextInt(4)];
                    case "BX", "PK", "RM" -> new int[] {4, 5, 10}[rnd.nextInt(3)];
                    case "RL" -> new int[] {6, 12}[rnd.nextInt(2)];
                    case "PR", "DZ" -> 12;
                    default -> 1;
                };
                up.setInt(1, caseQty);
                // a made-up GS1 company prefix (0 84215) and the product id as item reference
                up.setString(2, rnd.nextInt(10) == 0 ? null : "00" + Gtin.withCheckDigit(String.format("084215%05d", id)));
                up.setLong(3, id);
                up.addBatch();
            }
            up.executeBatch();
        }
    }

    /**
     * Dated contracts around the open ones the customers already have (from 200 days ago, before
     * any demo order): for about a third, last year's contract (ended the day before, a little
     * cheaper); for about a quarter, a rise of 3 % from the 1st of next month, the current one
     * ending the day before.
     */
    void datedContracts(Connection c) throws SQLException {
        record Contract(long id, long customer, long product, long cents, String from) {
        }
        List<Contract> open = new ArrayList<>();
        long nextId = 1;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, customer_id, product_id, price_cents, valid_from FROM customer_price ORDER BY id")) {
            while (rs.next()) {
                open.add(new Contract(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
                nextId = Math.max(nextId, rs.getLong(1) + 1);
            }
        }
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        try (BatchInsert ins = new BatchInsert(c, "customer_price", "id", "customer_id", "product_id", "price_cents", "valid_from",
                "valid_to");
             PreparedStatement end = c.prepareStatement("UPDATE customer_price SET valid_to = ? WHERE id = ?")) {
            for (Contract k : open) {
                LocalDate from = LocalDate.parse(k.from());
                if (rnd.nextInt(3) == 0) {
                    ins.row(nextId++, k.customer(), k.product(), Math.round(k.cents() * 0.97), from.minusYears(1).toString(),
                            from.minusDays(1).toString());
                }
                if (rnd.nextInt(4) == 0) {
                    ins.row(nextId++, k.customer(), k.product(), Math.round(k.cents() * 1.03), nextMonth.toString(), null);
                    end.setString(1, nextMonth.minusDays(1).toString());
                    end.setLong(2, k.id());
                    end.addBatch();
                }
            }
            end.executeBatch();
        }
    }

    /** One stock movement before its on-hand-after is known. */
    /** A planned movement; its count after it is set when it is written ({@link DemoStockChain}). */
    record Move(long at, long node, long product, String kind, String reason, int qty, String reference,
                Long otherNode, String note, String by) {
    }

    /**
     * Six weeks of movements for about a third of the products, oldest first; the nodes' on hand stays as
     * stocked unless a movement would have taken it below zero on the way, and what came in is cut to what that
     * count allows ({@link #withinStock}), so no item's history opens below zero. The movements are written by
     * {@link DemoStockChain}, once the history's shipments that come between them are known.
     */
    List<Move> movements(Connection c) throws SQLException {
        Map<Long, Map<Long, int[]>> stock = new LinkedHashMap<>(); // product -> node -> {on hand}
        Map<Long, String> nodeType = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.product_id, i.node_id, i.on_hand, n.node_type FROM inventory i "
                     + "JOIN fulfillment_node n ON n.id = i.node_id ORDER BY i.product_id, i.node_id")) {
            while (rs.next()) {
                stock.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), new int[] {rs.getInt(3)});
                nodeType.put(rs.getLong(2), rs.getString(4));
            }
        }
        List<Move> moves = new ArrayList<>();
        for (var e : stock.entrySet()) {
            if (rnd.nextInt(3) != 0) {
                continue;
            }
            long product = e.getKey();
            List<Long> dcs = e.getValue().keySet().stream().filter(n -> "DC".equals(nodeType.get(n))).toList();
            List<Long> stores = e.getValue().keySet().stream().filter(n -> "STORE".equals(nodeType.get(n))).toList();
            for (long dc : dcs) {
                for (int r = 1 + rnd.nextInt(2); r > 0; r--) {
                    moves.add(new Move(at(), dc, product, "RECEIPT", null, 24 * (2 + rnd.nextInt(12)),
                            "DN-" + (40000 + rnd.nextInt(60000)), null, SUPPLIERS[rnd.nextInt(SUPPLIERS.length)], by()));
                }
                if (rnd.nextInt(4) == 0) {
                    int delta = rnd.nextBoolean() ? -(1 + rnd.nextInt(3)) : 1 + rnd.nextInt(2);
                    moves.add(new Move(at(), dc, product, "ADJUSTMENT", "COUNT", delta, "CC-" + (1000 + rnd.nextInt(9000)),
                            null, "Cycle count", by()));
                }
                if (rnd.nextInt(6) == 0) {
                    moves.add(new Move(at(), dc, product, "ADJUSTMENT", "DAMAGE", -(1 + rnd.nextInt(3)), null, null,
                            DAMAGE[rnd.nextInt(DAMAGE.length)], by()));
                }
            }
            if (!dcs.isEmpty() && !stores.isEmpty() && rnd.nextInt(2) == 0) {
                long from = dcs.get(rnd.nextInt(dcs.size()));
                long to = stores.get(rnd.nextInt(stores.size()));
                int qty = 6 + rnd.nextInt(19);
                long when = at();
                String ref = "TR-" + (2000 + rnd.nextInt(8000));
                String who = by();
                moves.add(new Move(when, from, product, "TRANSFER_OUT", null, -qty, ref, to, "Store replenishment", who));
                moves.add(new Move(when, to, product, "TRANSFER_IN", null, qty, ref, from, "Store replenishment", who));
            }
        }
        moves.sort(Comparator.comparingLong(Move::at));
        // opening quantity per item: the stocked on hand less the net of its movements, never below zero on the way
        Map<String, int[]> running = new LinkedHashMap<>();
        Map<String, Integer> lowest = new LinkedHashMap<>();
        for (Move m : moves) {
            int[] r = running.computeIfAbsent(m.product() + "/" + m.node(), k -> new int[1]);
            r[0] += m.qty();
            lowest.merge(m.product() + "/" + m.node(), r[0], Math::min);
        }
        Map<String, Integer> now = new LinkedHashMap<>();
        try (PreparedStatement up = c.prepareStatement("UPDATE inventory SET on_hand = ? WHERE product_id = ? AND node_id = ?")) {
            for (var item : running.entrySet()) {
                String[] key = item.getKey().split("/");
                int stocked = stock.get(Long.parseLong(key[0])).get(Long.parseLong(key[1]))[0];
                int opening = Math.max(stocked - item.getValue()[0], -lowest.get(item.getKey()));
                now.put(item.getKey(), opening + item.getValue()[0]);
                if (opening + item.getValue()[0] != stocked) {
                    up.setInt(1, opening + item.getValue()[0]);
                    up.setLong(2, Long.parseLong(key[0]));
                    up.setLong(3, Long.parseLong(key[1]));
                    up.addBatch();
                }
            }
            up.executeBatch();
        }
        return withinStock(moves, now);
    }

    /**
     * The movements cut to what the count now allows: worked back from it, an incoming movement larger than
     * the count after it would leave the count before it below zero (a receipt of 192 at a DC holding 146 now,
     * with nothing shipped since: it opened at -45; 179 of 598 items of the default book opened below zero).
     * Each receipt is cut to the whole cases of 24 the count after it holds, a count correction or transfer in
     * to that count; a transfer's two halves stay equal (the stores' first, only they receive transfers), and a
     * movement cut to nothing is left out. The counts now stay as they are, so the book's figures do; the
     * history's shipments, whose goods went before the count, only raise the counts before them.
     */
    static List<Move> withinStock(List<Move> oldestFirst, Map<String, Integer> countNow) {
        Move[] kept = oldestFirst.toArray(Move[]::new);
        Map<String, Integer> takenIn = new LinkedHashMap<>(); // a transfer -> what the store took in
        for (boolean stores : new boolean[] {true, false}) {
            Map<String, Integer> count = new LinkedHashMap<>(countNow);
            for (int i = kept.length - 1; i >= 0; i--) {
                Move m = kept[i];
                boolean in = m.kind().equals("TRANSFER_IN");
                if (in != stores) {
                    continue;
                }
                int qty = m.kind().equals("TRANSFER_OUT") ? -takenIn.getOrDefault(transfer(m, m.node(), m.otherNode()), -m.qty()) : m.qty();
                String item = m.product() + "/" + m.node();
                int after = count.getOrDefault(item, 0);
                if (qty > after) {
                    qty = m.kind().equals("RECEIPT") ? after / 24 * 24 : after;
                }
                if (in) {
                    takenIn.put(transfer(m, m.otherNode(), m.node()), qty);
                }
                count.put(item, after - qty);
                kept[i] = qty == m.qty() ? m : new Move(m.at(), m.node(), m.product(), m.kind(), m.reason(), qty, m.reference(),
                        m.otherNode(), m.note(), m.by());
            }
        }
        return java.util.Arrays.stream(kept).filter(m -> m.qty() != 0).toList();
    }

    private static String transfer(Move m, long from, Long to) {
        return m.reference() + "/" + m.at() + "/" + m.product() + "/" + from + "/" + to;
    }

    /** A working-hours moment in the last six weeks (UTC epoch milliseconds, as the app stores them). */
    private long at() {
        return today.minusDays(1 + rnd.nextInt(42)).atTime(7 + rnd.nextInt(10), rnd.nextInt(60)).toInstant(ZoneOffset.UTC)
                .toEpochMilli();
    }

    private String by() {
        return CLERKS[rnd.nextInt(CLERKS.length)];
    }
}
