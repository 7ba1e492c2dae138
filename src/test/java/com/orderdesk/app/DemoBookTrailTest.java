package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole demo book's credit holds and stock history, made by the paths a live book's are: each hold
 * audited by the credit check that held it (a fresh book's desk showed an empty history for 163 of its
 * 166 holds), each "predicted to pay very late" quoting the prediction the desk shows (SO-102368 read
 * "No payment history" beside paid invoices: its prediction was made before the paid history's cash),
 * and each node's stock movements chaining to its count now through the history's shipments (they never
 * lowered the stock: "receipt +72 -> 533", then a newer "shipment -8 -> 533").
 */
class DemoBookTrailTest {
    @TempDir
    static Path dir;
    private static BookStart.DemoWritten written;

    @BeforeAll
    static void writeBook() {
        written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), DemoBookFiguresTest.CLOCK,
                new DemoSize(150, 900, 6, 42), 0, DemoBook.Extent.WHOLE, p -> { });
    }

    @AfterAll
    static void close() {
        written.close();
    }

    @Test
    void everyHeldOrderWasHeldByAnAuditedCreditCheckWithItsTimelineStep() {
        AppServices s = written.services();
        List<Object[]> held = s.db().read(x -> x.createNativeQuery("SELECT o.id, o.entered_by,"
                + " (SELECT COUNT(*) FROM audit_entry a WHERE a.doc_type = 'ORDER' AND a.doc_id = o.order_no"
                + "  AND a.action = 'CREDIT_CHECK_HOLD' AND a.username = o.entered_by)"
                + " FROM sales_order o WHERE o.status = 'CREDIT_HOLD' ORDER BY o.id", Object[].class).getResultList());
        assertThat(held).hasSizeGreaterThan(20);
        assertThat(held.stream().filter(r -> ((Number) r[2]).longValue() != 1).map(r -> r[0]).toList())
                .as("held orders without one hold entry under the clerk who entered them").isEmpty();
        Object[] first = held.get(0);
        List<TimelineEvent> timeline = s.orders().timeline(DemoBook.user("carmen", written.result().orElseThrow().key()),
                ((Number) first[0]).longValue());
        assertThat(timeline).anyMatch(e -> e.kind() == TimelineEvent.Kind.CREDIT_HOLD && first[1].equals(e.user()));
        // every reason the policy knows is on the desk, each hold with its reasons
        List<String> codes = s.db().read(x -> x.createNativeQuery("SELECT DISTINCT r.code FROM credit_hold_reason r"
                + " JOIN sales_order o ON o.id = r.order_id WHERE o.status = 'CREDIT_HOLD'", String.class).getResultList());
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(CreditReason.values()).map(Enum::name).toList());
        assertThat(count("SELECT COUNT(*) FROM sales_order o WHERE o.status = 'CREDIT_HOLD' AND NOT EXISTS"
                + " (SELECT 1 FROM credit_hold_reason h WHERE h.order_id = o.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE status = 'ENTERED'")).as("orders never checked").isZero();
    }

    @Test
    void aHoldForThePredictionQuotesThePredictionTheDeskShows() {
        List<Object[]> rows = written.services().db().read(x -> x.createNativeQuery("SELECT o.order_no, r.message, p.behaviour,"
                + " p.p_late30 FROM credit_hold_reason r JOIN sales_order o ON o.id = r.order_id"
                + " LEFT JOIN collection_prediction p ON p.customer_id = o.customer_id"
                + " WHERE r.code = 'PREDICTED_VERY_LATE' AND o.status = 'CREDIT_HOLD'", Object[].class).getResultList());
        assertThat(rows).isNotEmpty();
        List<String> disagreeing = new ArrayList<>();
        for (Object[] r : rows) {
            String message = (String) r[1];
            String behaviour = (String) r[2];
            long percent = Math.round(100 * ((Number) r[3]).doubleValue());
            if (behaviour == null || !message.contains(Character.toUpperCase(behaviour.charAt(0)) + behaviour.substring(1))
                    || !message.contains(percent + "%")) {
                disagreeing.add(r[0] + ": " + message + " / shown: " + percent + "% " + behaviour);
            }
        }
        assertThat(disagreeing).as("holds quoting another prediction than the stored one").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM credit_hold_reason r JOIN sales_order o ON o.id = r.order_id"
                + " WHERE r.code = 'PREDICTED_VERY_LATE' AND r.message LIKE '%No payment history%' AND EXISTS (SELECT 1"
                + " FROM invoice i JOIN cash_application a ON a.invoice_id = i.id WHERE i.customer_id = o.customer_id"
                + " AND i.status = 'PAID' AND a.applied_cents > 0)"))
                .as("holds saying 'no payment history' of a customer with paid invoices").isZero();
    }

    @Test
    void everyNodesMovementsChainToItsCountNowThroughTheShipments() {
        Map<String, Integer> onHand = new HashMap<>();
        for (Object[] r : rows("SELECT product_id || '/' || node_id, on_hand FROM inventory")) {
            onHand.put((String) r[0], ((Number) r[1]).intValue());
        }
        // every line as the stock screen's history lists it, newest first: movements with their stored count, shipments
        List<Object[]> lines = rows("SELECT k, at, qty, after FROM ("
                + " SELECT product_id || '/' || node_id AS k, moved_at AS at, 0 AS ship, id, qty, on_hand_after AS after"
                + " FROM stock_movement"
                + " UNION ALL SELECT sl.product_id || '/' || s.node_id, COALESCE(s.shipped_at,"
                + "  CAST(strftime('%s', s.ship_date) AS INTEGER) * 1000), 1, sl.id, -sl.qty_planned, NULL"
                + " FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id WHERE s.status IN ('SHIPPED', 'INVOICED')"
                + "  AND EXISTS (SELECT 1 FROM stock_movement m WHERE m.product_id = sl.product_id AND m.node_id = s.node_id)"
                + ") ORDER BY k, at DESC, ship, id DESC");
        assertThat(lines).hasSizeGreaterThan(100);
        Map<String, Integer> count = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int shipmentsAmongMovements = 0;
        Map<String, Integer> lowest = new HashMap<>(); // the lowest count before any of the item's lines
        for (Object[] l : lines) {
            String item = (String) l[0];
            int expected = count.computeIfAbsent(item, k -> onHand.getOrDefault(k, 0));
            if (l[3] == null) {
                shipmentsAmongMovements++;
            } else if (((Number) l[3]).intValue() != expected) {
                broken.add(item + " at " + l[1] + ": stored " + l[3] + ", the newer lines say " + expected);
            }
            count.put(item, expected - ((Number) l[2]).intValue());
            lowest.merge(item, expected - ((Number) l[2]).intValue(), Math::min);
        }
        assertThat(shipmentsAmongMovements).as("shipments at the items with movements").isPositive();
        assertThat(broken).as("movements whose count after does not chain to the count now").isEmpty();
        // worked back from the count now, no count before a line (the oldest's included: the opening stock) is
        // below zero: such a history cannot have happened (179 of 598 items of the default book opened below zero)
        List<String> belowZero = lowest.entrySet().stream().filter(e -> e.getValue() < 0)
                .map(e -> e.getKey() + " down to " + e.getValue() + ", opened at " + count.get(e.getKey())).sorted().toList();
        assertThat(lowest).hasSizeGreaterThan(50);
        assertThat(belowZero).as("items whose stock history goes below zero").isEmpty();
    }

    /**
     * The bulk pass puts customers on manual hold and lowers their limits with plain SQL; each is the credit
     * manager's decision, in the trail as the credit desk's use case writes it (the audit viewer and a
     * customer's history showed holds and limits nobody had decided), and the trail still verifies.
     */
    @Test
    void everyHeldOrLoweredCustomerHasTheCreditManagersEntryAndTheTrailVerifies() {
        CustomerDecisionsInTrail.Findings f = CustomerDecisionsInTrail.read(written.services().db());
        assertThat(f.held()).as("customers on manual hold").isGreaterThan(1);
        assertThat(f.lowered()).as("customers whose limit was lowered").isGreaterThan(1);
        assertThat(f.unexplained()).as("customers the trail does not explain").isEmpty();
        var key = written.result().orElseThrow().key();
        com.orderdesk.logic.audit.AuditVerification verified = written.services().auditTrail()
                .verify(DemoBook.user("admin", key), p -> { }, () -> false);
        assertThat(verified.problems()).as(verified.summary()).isEmpty();
        // the desk quotes the hold's note from the trail, as a live book's
        assertThat(count("SELECT COUNT(*) FROM credit_hold_reason WHERE code = 'MANUAL_HOLD'"
                + " AND message NOT LIKE '%: Deliveries in dispute%'")).as("manual holds without their note").isZero();
    }

    private static long count(String sql) {
        return written.services().db().read(x -> ((Number) x.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    private static List<Object[]> rows(String sql) {
        return written.services().db().read(x -> x.createNativeQuery(sql, Object[].class).getResultList());
    }
}
