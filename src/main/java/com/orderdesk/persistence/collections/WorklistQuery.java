package com.orderdesk.persistence.collections;

import com.orderdesk.logic.collections.AgingBucket;
import com.orderdesk.logic.collections.WorklistRanking;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The worklist in one plain SQL query: each customer's open and overdue amounts and oldest overdue
 * due date read live from the book's open invoices (so a payment posted an hour ago shows at the
 * next reload, and an overdue customer invoiced after the day's prediction run is listed, as not
 * predicted yet), beside the day's cached prediction of when they pay and how likely late, with each
 * customer's collector, last contact and latest promise. No entity per row, so 100,000 customers
 * open within the desk's 300 ms. The disputed amount is read live too, summed from the open cases
 * (what each keeps inside its invoice's open amount, as the claims desk counts it): it was the
 * morning run's, so a dispute opened at ten showed only the next day (performance.md, "Collections
 * worklist: disputed amount read live", for what it costs).
 * A row whose stored values cannot be read is named and left out; an invoice or an open case whose amount is no
 * whole number is named and left out of its customer's sums (decision 0012).
 */
final class WorklistQuery {
    private static final String LIVE = "SELECT customer_id, SUM(open_cents) AS open_cents,"
            + " SUM(CASE WHEN due_date < :today THEN open_cents ELSE 0 END) AS overdue_cents,"
            + " MIN(CASE WHEN due_date < :today THEN due_date END) AS oldest_due"
            + " FROM invoice WHERE open_cents > 0 AND " + StoredWholeNumbers.isWhole("open_cents") + " GROUP BY customer_id";
    /** SQLite counts text in open_cents as more than 0 (and SUM reads 'abc' as 0): such invoices are named, not summed. */
    private static final String OPEN = "open_cents > 0";
    /**
     * As ClaimReceivables counts a case: its amount less what a posted deduction parked on it. Asked per
     * listed customer through ix_claim_customer: joined as a grouped subquery it cost the query about
     * 42 ms more on the bench book with 2,250 open cases, this about 19 ms (performance.md).
     */
    private static final String DISPUTED = "(SELECT SUM(cc.amount_cents - cc.parked_cents) FROM claim_case cc"
            + " WHERE cc.customer_id = live.customer_id AND cc.status IN ('OPEN', 'RESEARCHING', 'WAITING_ON_CUSTOMER')"
            + " AND " + StoredWholeNumbers.isWhole("cc.amount_cents") + " AND " + StoredWholeNumbers.isWhole("cc.parked_cents") + ")";
    /** The open cases whose amounts SQLite would sum as 0 ('abc') or as a fraction: named, not summed. */
    private static final String OPEN_CASE = "status IN ('OPEN', 'RESEARCHING', 'WAITING_ON_CUSTOMER')";
    private static final String SQL = "SELECT live.customer_id, cu.customer_no, cu.name, cu.risk_class, ca.collector,"
            + " live.open_cents, live.overdue_cents, COALESCE(" + DISPUTED + ", 0), live.oldest_due, cp.first_pay, cp.last_pay,"
            + " cp.p_late30, cp.behaviour, lc.contacted_at, lc.next_action_on, pp.amount_cents, pp.promised_for, pp.status,"
            + " pp.settled_on"
            + " FROM (" + LIVE + ") live LEFT JOIN collection_prediction cp ON cp.customer_id = live.customer_id"
            + " JOIN customer cu ON cu.id = live.customer_id"
            + " LEFT JOIN collector_assignment ca ON ca.customer_id = live.customer_id"
            + " LEFT JOIN (SELECT customer_id, MAX(id) AS id FROM collection_contact GROUP BY customer_id) lci"
            + " ON lci.customer_id = live.customer_id LEFT JOIN collection_contact lc ON lc.id = lci.id"
            + " LEFT JOIN (SELECT customer_id, MAX(id) AS id FROM payment_promise GROUP BY customer_id) lpi"
            + " ON lpi.customer_id = live.customer_id LEFT JOIN payment_promise pp ON pp.id = lpi.id"
            + " WHERE live.overdue_cents > 0 OR cp.p_late30 >= :late";
    private static final String[] COLUMNS = {"customer_id", "customer_no", "name", "risk_class", "collector", "open_cents",
            "overdue_cents", "disputed_cents", "oldest_due", "first_pay", "last_pay", "p_late30", "behaviour", "contacted_at",
            "next_action_on", "amount_cents", "promised_for", "status", "settled_on"};

    private WorklistQuery() {
    }

    static Listing<WorklistRow> run(Session s, LocalDate today, ZoneId zone) {
        Listing<WorklistRow> rows = DamagedRows.read(s.createNativeQuery(SQL, Object[].class).setParameter("late", WorklistRanking.PREDICTED_LATE)
                .setParameter("today", today.toString()).getResultList(), r -> {
            StoredValues row = new StoredValues("collection_prediction", r[0], r, COLUMNS);
            LocalDate oldestDue = row.dateOrNull(8);
            long days = AgingBucket.daysPastDue(oldestDue, today);
            LocalDate contacted = r[13] == null ? null
                    : LocalDate.ofInstant(Instant.ofEpochMilli(row.longValue(13)), zone);
            PaymentPromise.Status status = r[17] == null ? null : row.enumOf(17, PaymentPromise.Status.class);
            LocalDate brokeOn = row.dateOrNull(18);
            boolean broken = status == PaymentPromise.Status.BROKEN && (contacted == null || contacted.isBefore(brokeOn));
            long open = row.longValue(5);
            // not predicted yet (invoiced after the day's run): ranked as if just predicted late, shown as unknown
            double p = r[11] == null ? WorklistRow.NOT_PREDICTED : ((Number) r[11]).doubleValue();
            return new WorklistRow(row.longValue(0), row.text(1), row.text(2), row.enumOf(3, RiskClass.class),
                    row.textOr(4, ""), Money.ofCents(open), Money.ofCents(row.longValue(6)), Money.ofCents(row.longValue(7)),
                    oldestDue, row.dateOrNull(9), row.dateOrNull(10), p, row.textOr(12, ""), contacted, row.dateOrNull(14),
                    r[15] == null ? null : Money.ofCents(row.longValue(15)), row.dateOrNull(16), status, broken, days,
                    WorklistRanking.stake(open, r[11] == null ? WorklistRanking.PREDICTED_LATE : p, days));
        });
        List<String> notSummed = StoredWholeNumbers.named(s, "invoice", "invoice", "invoice_no", "open_cents", OPEN);
        List<String> notDisputed = new ArrayList<>();
        for (String column : new String[] {"amount_cents", "parked_cents"}) {
            StoredWholeNumbers.named(s, "claim_case", "case", "case_no", column, OPEN_CASE).forEach(name ->
                    notDisputed.add(name + "; left out of its customer's disputed amount"));
        }
        if (notSummed.isEmpty() && notDisputed.isEmpty()) {
            return rows;
        }
        List<String> damaged = new ArrayList<>(rows.damaged());
        notSummed.forEach(name -> damaged.add(name + "; left out of its customer's amounts"));
        damaged.addAll(notDisputed);
        return new Listing<>(rows.rows(), damaged);
    }
}
