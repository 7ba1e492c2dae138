package com.orderdesk.persistence.capture;

import com.orderdesk.application.capture.InboxRepository;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.capture.ReceivedInterchange;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/** The order inbox's tables (V15) and what capturing reads from the book, by plain SQL in the open unit of work. */
public final class HibernateInboxRepository implements InboxRepository {
    /** A message that became an order shows the order's total as it stands (after review, edits, tax), else the draft's. */
    private static final String ROW = "SELECT i.id, i.message_id, i.draft_index, m.received_at, m.file_name, i.source, i.channel,"
            + " i.status, i.customer_no, i.po_number, COALESCE(o.total_cents, i.total_cents), i.reasons, i.order_id, o.order_no"
            + " FROM inbox_item i JOIN inbox_message m ON m.id = i.message_id LEFT JOIN sales_order o ON o.id = i.order_id";

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T jdbc(Work<T> work) {
        Session s = CurrentSession.get();
        if (s.getTransaction().isActive()) {
            s.flush(); // orders saved earlier in this unit of work reach the connection first
        }
        return s.doReturningWork(work::run);
    }

    @Override
    public boolean hasMessage(String fileName, String sha256) {
        return jdbc(c -> exists(c, "SELECT 1 FROM inbox_message WHERE file_name = ? AND content_sha256 = ?", fileName, sha256));
    }

    @Override
    public java.util.OptionalLong addMessage(String fileName, String sha256, Instant receivedAt, String receivedBy, byte[] content) {
        // ON CONFLICT DO NOTHING (PostgreSQL, SQLite 3.24+) rather than a failed insert: on PostgreSQL a
        // failed statement spoils the whole transaction, and the loser of a race should yield, not fail
        return jdbc(c -> insertIfAbsent(c, "INSERT INTO inbox_message (file_name, content_sha256, received_at, received_by,"
                + " content_base64) VALUES (?, ?, ?, ?, ?) ON CONFLICT (file_name, content_sha256) DO NOTHING", fileName, sha256,
                receivedAt.toEpochMilli(), receivedBy, Base64.getEncoder().encodeToString(content)));
    }

    @Override
    public long addItem(NewItem i) {
        return jdbc(c -> insert(c, "INSERT INTO inbox_item (message_id, draft_index, source, channel, status, customer_no,"
                        + " po_number, total_cents, reasons, order_id, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.messageId(), i.draftIndex(), cut(i.source(), 300), i.channel(), i.status().name(), cut(i.customerNo(), 20),
                cut(i.poNumber(), 40), i.total() == null ? null : i.total().cents(), cut(i.reasons(), 2000), i.orderId(),
                i.decidedBy()));
    }

    @Override
    public boolean decide(long itemId, InboxStatus from, InboxStatus to, Long orderId, String decidedBy) {
        return jdbc(c -> update(c, "UPDATE inbox_item SET status = ?, order_id = ?, decided_by = ? WHERE id = ? AND status = ?",
                to.name(), orderId, decidedBy, itemId, from.name())) == 1;
    }

    @Override
    public Listing<InboxRow> list(int limit) {
        return jdbc(c -> {
            List<InboxRow> rows = new ArrayList<>();
            List<String> damaged = new ArrayList<>();
            query(c, ROW + " ORDER BY m.received_at DESC, i.id DESC LIMIT " + limit, rs -> {
                try {
                    rows.add(row(rs));
                } catch (RuntimeException e) {
                    damaged.add("inbox item " + rs.getLong(1) + " (" + e.getMessage() + ")");
                }
            });
            return new Listing<>(rows, damaged);
        });
    }

    @Override
    public Optional<InboxRow> item(long itemId) {
        return jdbc(c -> {
            List<InboxRow> rows = new ArrayList<>();
            query(c, ROW + " WHERE i.id = ?", rs -> rows.add(row(rs)), itemId);
            return rows.stream().findFirst();
        });
    }

    private static InboxRow row(ResultSet rs) throws SQLException {
        long total = rs.getLong(11);
        Money money = rs.wasNull() ? null : Money.ofCents(total);
        long order = rs.getLong(13);
        Long orderId = rs.wasNull() ? null : order;
        return new InboxRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                rs.getString(6), OrderChannel.valueOf(rs.getString(7)), InboxStatus.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), money, rs.getString(12), orderId, rs.getString(14));
    }

    @Override
    public Optional<StoredMessage> message(long messageId) {
        return jdbc(c -> {
            List<StoredMessage> out = new ArrayList<>();
            query(c, "SELECT id, file_name, received_at, received_by, content_base64 FROM inbox_message WHERE id = ?",
                    rs -> out.add(new StoredMessage(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            rs.getString(4), Base64.getDecoder().decode(rs.getString(5)))), messageId);
            return out.stream().findFirst();
        });
    }

    @Override
    public Optional<Long> messageOfOrder(long orderId) {
        return jdbc(c -> {
            List<Long> ids = new ArrayList<>();
            query(c, "SELECT message_id FROM inbox_item WHERE order_id = ? ORDER BY id", rs -> ids.add(rs.getLong(1)), orderId);
            return ids.stream().findFirst();
        });
    }

    @Override
    public Map<String, Set<String>> usedPoNumbers() {
        return jdbc(c -> {
            Map<String, Set<String>> used = new HashMap<>();
            query(c, "SELECT c.customer_no, o.customer_po FROM sales_order o JOIN customer c ON c.id = o.customer_id"
                    + " WHERE o.customer_po IS NOT NULL AND o.customer_po <> '' AND o.status <> 'CANCELLED'",
                    rs -> used.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)));
            return used;
        });
    }

    @Override
    public List<MasterData.Product> products() {
        return jdbc(c -> {
            List<MasterData.Product> out = new ArrayList<>();
            query(c, "SELECT sku, description, unit, case_qty, gtin, list_price_cents FROM product WHERE active = TRUE ORDER BY sku",
                    rs -> out.add(new MasterData.Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), BigDecimal.valueOf(rs.getLong(6), 2))));
            return out;
        });
    }

    @Override
    public List<MasterData.Price> prices(LocalDate day) {
        String d = day.toString();
        return jdbc(c -> {
            Map<String, MasterData.Price> newest = new HashMap<>();
            query(c, "SELECT c.customer_no, p.sku, cp.price_cents FROM customer_price cp JOIN customer c ON c.id = cp.customer_id"
                    + " JOIN product p ON p.id = cp.product_id WHERE (cp.valid_from IS NULL OR cp.valid_from <= ?)"
                    + " AND (cp.valid_to IS NULL OR cp.valid_to >= ?) ORDER BY cp.valid_from",
                    rs -> newest.put(rs.getString(1) + "\u0000" + rs.getString(2),
                            new MasterData.Price(rs.getString(1), rs.getString(2), BigDecimal.valueOf(rs.getLong(3), 2))), d, d);
            return List.copyOf(newest.values());
        });
    }

    @Override
    public Optional<Long> customerId(String customerNo) {
        return jdbc(c -> first(c, "SELECT id FROM customer WHERE customer_no = ? AND active = TRUE", customerNo));
    }

    @Override
    public Optional<Long> shipToId(long customerId, String code) {
        return jdbc(c -> code == null
                ? first(c, "SELECT id FROM ship_to WHERE customer_id = ? AND active = TRUE ORDER BY is_default DESC, id", customerId)
                : first(c, "SELECT id FROM ship_to WHERE customer_id = ? AND code = ? AND active = TRUE", customerId, code));
    }

    @Override
    public Map<String, Long> productIds(Collection<String> skus) {
        return jdbc(c -> {
            Map<String, Long> out = new HashMap<>();
            for (String sku : new HashSet<>(skus)) {
                first(c, "SELECT id FROM product WHERE sku = ? AND active = TRUE", sku).ifPresent(id -> out.put(sku, id));
            }
            return out;
        });
    }

    @Override
    public Map<String, String> units(Collection<String> skus) {
        return jdbc(c -> {
            Map<String, String> out = new HashMap<>();
            for (String sku : new HashSet<>(skus)) {
                query(c, "SELECT unit FROM product WHERE sku = ?", rs -> out.put(sku, rs.getString(1)), sku);
            }
            return out;
        });
    }

    @Override
    public Map<String, Integer> backordered(long orderId) {
        return jdbc(c -> {
            Map<String, Integer> out = new HashMap<>();
            query(c, "SELECT p.sku, SUM(b.qty) FROM order_backorder b JOIN product p ON p.id = b.product_id"
                    + " WHERE b.order_id = ? AND b.is_open = TRUE GROUP BY p.sku", rs -> out.put(rs.getString(1), rs.getInt(2)), orderId);
            return out;
        });
    }

    @Override
    public int nextControlNumber(String series) {
        return Integer.parseInt(DocumentNumberAllocator.next(CurrentSession.get(), series));
    }

    @Override
    public String setting(String key) {
        return jdbc(c -> {
            List<String> v = new ArrayList<>();
            query(c, "SELECT setting_value FROM company_setting WHERE setting_key = ?", rs -> v.add(rs.getString(1)), key);
            return v.isEmpty() ? null : v.get(0);
        });
    }

    @Override
    public void putSetting(String key, String value) {
        jdbc(c -> update(c, "UPDATE company_setting SET setting_value = ? WHERE setting_key = ?", value, key) > 0 ? 1
                : update(c, "INSERT INTO company_setting (setting_key, setting_value) VALUES (?, ?)", key, value));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setObject(i + 1, null);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, v.toString());
            }
        }
    }

    private static void query(Connection c, String sql, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            set(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        boolean[] found = {false};
        query(c, sql, rs -> found[0] = true, params);
        return found[0];
    }

    private static Optional<Long> first(Connection c, String sql, Object... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        query(c, sql, rs -> ids.add(rs.getLong(1)), params);
        return ids.stream().findFirst();
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            set(ps, params);
            return ps.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            set(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static java.util.OptionalLong insertIfAbsent(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            set(ps, params);
            if (ps.executeUpdate() == 0) {
                return java.util.OptionalLong.empty();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return java.util.OptionalLong.of(keys.getLong(1));
            }
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public String interchangeTakenBefore(String senderQualifier, String senderId, String controlNumber) {
        List<ReceivedInterchange> found = CurrentSession.get().createQuery("from ReceivedInterchange r where r.senderQualifier = :q"
                        + " and r.senderId = :id and r.controlNumber = :n", ReceivedInterchange.class)
                .setParameter("q", senderQualifier).setParameter("id", senderId).setParameter("n", controlNumber).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        ReceivedInterchange r = found.get(0);
        String when = WHEN.format(r.receivedAt());
        return message(r.messageId()).map(m -> when + " in " + m.fileName()).orElse(when);
    }

    @Override
    public boolean claimInterchange(String senderQualifier, String senderId, String controlNumber, String date, String time,
                                    Instant receivedAt, long messageId) {
        // on PostgreSQL the insert waits on another desk's uncommitted row of the same key, then does
        // nothing if that desk committed: the unique index decides the race without an error
        return jdbc(c -> update(c, "INSERT INTO received_interchange (sender_qualifier, sender_id, control_number,"
                + " interchange_date, interchange_time, received_at, message_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (sender_qualifier, sender_id, control_number) DO NOTHING", senderQualifier, senderId,
                controlNumber, date, time, receivedAt.toEpochMilli(), messageId)) == 1;
    }
}
