package com.orderdesk.demo;

import com.orderdesk.logic.numbering.DocumentNumbers;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a book written before invoicing stored lines (the demo history, older databases) up to what
 * the invoicing desk needs, in one transaction, and does nothing the second time:
 * <ul>
 *   <li>an order in status SHIPPED, INVOICED or PAID without any shipment gets one SHIPPED shipment
 *       of the whole order from one node (a node in the ship-to state if there is one), with a
 *       carrier and tracking number, leaving on its invoice's issue day (or two days after the order
 *       when not invoiced yet), and its invoice points at it: an invoice always has goods behind it;</li>
 *   <li>an invoice without lines gets its order's lines and one tax row with the tax it was issued
 *       with (amounts are never recomputed);</li>
 *   <li>such an invoice, issued before prints were recorded, counts as printed on its issue date
 *       (it was sent at the time; print count, date, and a print record, never a count without a
 *       date), except the last week's (counted back from the book's newest invoice), which wait in
 *       "not yet printed" as a desk's would.</li>
 * </ul>
 */
public final class InvoicingBackfill {
    /** History invoices issued this many days before the newest one or later are left unprinted. */
    static final int UNPRINTED_DAYS = 7;
    private static final String[] CARRIERS = {"UPS Ground", "FedEx Ground", "USPS Priority"};

    /** What the backfill added. */
    public record Result(int shipments, int invoiceLines, int legacyInvoicesMarkedPrinted) {
    }

    private InvoicingBackfill() {
    }

    public static Result run(Database db, Clock clock) {
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                int shipments = shipmentsForShippedOrders(c, LocalDate.now(clock));
                linkInvoicesToShipments(c);
                int lines = invoiceLines(c);
                taxRows(c);
                int printed = markLegacyPrinted(c);
                c.commit();
                return new Result(shipments, lines, printed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Preparing invoicing data failed: " + e.getMessage(), e);
        }
    }

    private static int shipmentsForShippedOrders(Connection c, LocalDate today) throws SQLException {
        List<Object[]> orders = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT o.id, o.order_date, o.ship_state,"
                + " (SELECT MIN(i.issue_date) FROM invoice i WHERE i.order_id = o.id) FROM sales_order o"
                + " WHERE o.status IN ('SHIPPED', 'INVOICED', 'PAID')"
                + " AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id) ORDER BY o.id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                orders.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        if (orders.isEmpty()) {
            return 0;
        }
        Map<String, Long> nodeByState = new HashMap<>();
        Long anyNode = null;
        try (PreparedStatement q = c.prepareStatement("SELECT id, state FROM fulfillment_node WHERE active = ? ORDER BY id")) {
            q.setBoolean(1, true);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    anyNode = anyNode == null ? rs.getLong(1) : anyNode;
                    nodeByState.putIfAbsent(rs.getString(2), rs.getLong(1));
                }
            }
        }
        if (anyNode == null) {
            return 0;
        }
        String prefix;
        long next;
        int width;
        try (PreparedStatement q = c.prepareStatement("SELECT prefix, next_value, width FROM document_sequence WHERE series = 'SHIPMENT'");
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("The SHIPMENT numbering series is missing.");
            }
            prefix = rs.getString(1);
            next = rs.getLong(2);
            width = rs.getInt(3);
        }
        try (PreparedStatement head = c.prepareStatement("INSERT INTO shipment (shipment_no, order_id, node_id, status,"
                + " planned_cost_cents, weight_grams, units, carrier, tracking_no, ship_date, shipped_at, shipped_by, version)"
                + " SELECT ?, ?, ?, ?, 0, COALESCE(SUM(l.qty * p.weight_grams), 0), COALESCE(SUM(l.qty), 0),"
                + " ?, ?, ?, ?, 'demo', 0 FROM sales_order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = ?");
             PreparedStatement lines = c.prepareStatement("INSERT INTO shipment_line (shipment_id, order_line_id, product_id,"
                     + " qty_planned, qty_shipped) SELECT s.id, l.id, l.product_id, l.qty, l.qty FROM sales_order_line l"
                     + " JOIN shipment s ON s.shipment_no = ? WHERE l.order_id = ?")) {
            for (Object[] o : orders) {
                String number = DocumentNumbers.format(prefix, next++, width);
                // an invoiced order left on its invoice's day; one still to invoice two days after it was taken
                LocalDate shipDate = o[3] != null ? LocalDate.parse((String) o[3]) : LocalDate.parse((String) o[1]).plusDays(2);
                shipDate = shipDate.isAfter(today) ? today : shipDate;
                int h = number.hashCode() & 0x7fffffff;
                head.setString(1, number);
                head.setLong(2, (Long) o[0]);
                head.setLong(3, nodeByState.getOrDefault((String) o[2], anyNode));
                // an invoiced order's shipment is done with: the invoicing desk must not offer it again
                head.setString(4, o[3] != null ? "INVOICED" : "SHIPPED");
                head.setString(5, CARRIERS[h % CARRIERS.length]);
                head.setString(6, "1Z" + Long.toString(h * 7919L, 36).toUpperCase(java.util.Locale.ROOT));
                head.setString(7, shipDate.toString());
                head.setLong(8, shipDate.atTime(16, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
                head.setLong(9, (Long) o[0]);
                head.executeUpdate();
                lines.setString(1, number);
                lines.setLong(2, (Long) o[0]);
                lines.executeUpdate();
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE document_sequence SET next_value = ? WHERE series = 'SHIPMENT'")) {
            u.setLong(1, next);
            u.executeUpdate();
        }
        return orders.size();
    }

    /** A history invoice points at the shipment that took its goods (the order's first). */
    private static void linkInvoicesToShipments(Connection c) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE invoice SET shipment_id = (SELECT MIN(s.id) FROM shipment s"
                + " WHERE s.order_id = invoice.order_id AND s.status <> 'CANCELLED') WHERE shipment_id IS NULL AND issued_at IS NULL")) {
            u.executeUpdate();
        }
    }

    private static int invoiceLines(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO invoice_line (invoice_id, line_no, order_line_id, sku,"
                + " description, qty, unit, unit_price_cents, discount_pct, gross_cents, discount_cents, net_cents, taxable)"
                + " SELECT i.id, l.line_no, l.id, l.sku, l.description, l.qty, p.unit, l.unit_price_cents, l.discount_pct,"
                + " l.qty * l.unit_price_cents, l.qty * l.unit_price_cents - l.extended_cents, l.extended_cents, l.taxable"
                + " FROM invoice i JOIN sales_order_line l ON l.order_id = i.order_id JOIN product p ON p.id = l.product_id"
                + " WHERE i.issued_at IS NULL AND NOT EXISTS (SELECT 1 FROM invoice_line x WHERE x.invoice_id = i.id)")) {
            return st.executeUpdate();
        }
    }

    /** One row per legacy invoice with tax: the order's state at the order's rate, the tax as issued. */
    private static void taxRows(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT i.id, o.ship_state, o.tax_rate, i.tax_cents,"
                + " (SELECT COALESCE(SUM(x.net_cents), 0) FROM invoice_line x WHERE x.invoice_id = i.id AND x.taxable = ?)"
                + " FROM invoice i JOIN sales_order o ON o.id = i.order_id WHERE i.issued_at IS NULL AND i.tax_cents > 0"
                + " AND NOT EXISTS (SELECT 1 FROM invoice_tax t WHERE t.invoice_id = i.id)");
             PreparedStatement ins = c.prepareStatement("INSERT INTO invoice_tax (invoice_id, code, name, rate_pct, base_cents,"
                     + " tax_cents) VALUES (?, ?, ?, ?, ?, ?)")) {
            q.setBoolean(1, true);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String state = rs.getString(2) == null ? "TAX" : rs.getString(2);
                    ins.setLong(1, rs.getLong(1));
                    ins.setString(2, state);
                    ins.setString(3, state + " sales tax");
                    ins.setString(4, new BigDecimal(rs.getString(3)).movePointRight(2).stripTrailingZeros().toPlainString());
                    ins.setLong(5, rs.getLong(5));
                    ins.setLong(6, rs.getLong(4));
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
    }

    private static int markLegacyPrinted(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        // the last week's invoices (counted back from the newest one) have not gone out yet: there is printing to do
        try (PreparedStatement q = c.prepareStatement("SELECT id, issue_date, invoice_no FROM invoice"
                + " WHERE issued_at IS NULL AND print_count = 0 AND printed_at IS NULL"
                + " AND issue_date < ? ORDER BY id")) {
            q.setString(1, newestInvoice(c).minusDays(UNPRINTED_DAYS - 1).toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3)});
                }
            }
        }
        // printed means printed on a day by someone, recorded like any print: never a count without a date
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE invoice SET print_count = 1, printed_by = 'history', printed_at = ? WHERE id = ?");
             PreparedStatement record = c.prepareStatement("INSERT INTO document_print (document_no, copy, file_name,"
                     + " printed_by, printed_at) VALUES (?, ?, NULL, 'history', ?)")) {
            for (Object[] r : rows) {
                long at = ((LocalDate) r[1]).atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
                u.setLong(1, at);
                u.setLong(2, (Long) r[0]);
                u.addBatch();
                record.setString(1, (String) r[2]);
                record.setBoolean(2, false);
                record.setLong(3, at);
                record.addBatch();
            }
            u.executeBatch();
            record.executeBatch();
        }
        return rows.size();
    }

    /**
     * The newest invoice of the book, the history's or the desk's: in the demo the desk invoiced up to
     * yesterday ({@link DemoDeskInvoicing}), so the history's unprinted week is the same week as the desk's.
     */
    private static LocalDate newestInvoice(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT MAX(issue_date) FROM invoice");
             ResultSet rs = q.executeQuery()) {
            String newest = rs.next() ? rs.getString(1) : null;
            return newest == null ? LocalDate.MIN.plusDays(UNPRINTED_DAYS) : LocalDate.parse(newest);
        }
    }
}
