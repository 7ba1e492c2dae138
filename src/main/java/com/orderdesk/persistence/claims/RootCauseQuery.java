package com.orderdesk.persistence.claims;

import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The facts of the cases opened in a period for the root-cause view: reason, customer, the node
 * the invoice's shipment left from (an older invoice without one: its order's first shipment) and
 * the invoice's lines (products and net amounts), in two queries (lines in chunks).
 */
final class RootCauseQuery {
    private static final String CASES = "SELECT c.id, c.case_no, c.reason, cu.customer_no, cu.name, n.code, n.name,"
            + " c.amount_cents, c.valid_cents, c.invoice_id FROM claim_case c JOIN customer cu ON cu.id = c.customer_id"
            + " JOIN invoice i ON i.id = c.invoice_id"
            + " LEFT JOIN shipment sh ON sh.id = COALESCE(i.shipment_id, (SELECT MIN(s2.id) FROM shipment s2 WHERE s2.order_id = i.order_id))"
            + " LEFT JOIN fulfillment_node n ON n.id = sh.node_id"
            + " WHERE c.opened_on >= :from AND c.opened_on <= :to AND c.withdrawn = :no ORDER BY c.id";
    private static final int CHUNK = 500;

    private RootCauseQuery() {
    }

    static List<RootCauses.CaseFact> run(Session s, LocalDate from, LocalDate to) {
        List<Object[]> cases = s.createNativeQuery(CASES, Object[].class).setParameter("from", from.toString())
                .setParameter("to", to.toString()).setParameter("no", false).getResultList();
        List<Long> invoiceIds = cases.stream().map(r -> ((Number) r[9]).longValue()).distinct().toList();
        Map<Long, List<RootCauses.ProductShare>> lines = new HashMap<>();
        for (int i = 0; i < invoiceIds.size(); i += CHUNK) {
            List<Long> chunk = invoiceIds.subList(i, Math.min(invoiceIds.size(), i + CHUNK));
            for (Object[] r : s.createNativeQuery("SELECT invoice_id, sku, description, net_cents FROM invoice_line"
                    + " WHERE invoice_id IN (:ids) ORDER BY invoice_id, line_no", Object[].class).setParameter("ids", chunk)
                    .getResultList()) {
                lines.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new RootCauses.ProductShare((String) r[1], (String) r[2], Money.ofCents(((Number) r[3]).longValue())));
            }
        }
        List<RootCauses.CaseFact> facts = new ArrayList<>();
        for (Object[] r : cases) {
            ClaimReason reason;
            try {
                reason = ClaimReason.valueOf((String) r[2]);
            } catch (IllegalArgumentException newerReason) {
                reason = ClaimReason.OTHER;
            }
            facts.add(new RootCauses.CaseFact((String) r[1], reason, (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    Money.ofCents(((Number) r[7]).longValue()), r[8] == null ? null : Money.ofCents(((Number) r[8]).longValue()),
                    lines.getOrDefault(((Number) r[9]).longValue(), List.of())));
        }
        return facts;
    }
}
