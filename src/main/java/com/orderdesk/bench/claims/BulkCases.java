package com.orderdesk.bench.claims;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.persistence.CurrentSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Adds cases in bulk for the benchmark only (plain SQL through the session, in one transaction): each against a real
 * invoice of the book, with its customer and order, spread over every status, reason and owner, and
 * two history lines each. The demo book's cases go through the use cases; 20,000 of them that way
 * would take far longer than the measurement and measure nothing more.
 */
final class BulkCases {
    private static final String[] OWNERS = {null, "arthur", "ar1", "beatrice"};

    private BulkCases() {
    }

    static int fill(UnitOfWork uow, int cases, Clock clock, Random random) {
        return uow.write("Adding benchmark cases", () -> {
            var s = CurrentSession.get();
            List<Object[]> invoices = s.createNativeQuery("SELECT id, customer_id, order_id, total_cents FROM invoice ORDER BY id",
                    Object[].class).getResultList();
            int start = ((Number) s.createNativeQuery("SELECT count(*) FROM claim_case", Object.class).getSingleResult()).intValue();
            if (invoices.isEmpty()) {
                throw new IllegalStateException("the book has no invoices to open cases on");
            }
            LocalDate today = LocalDate.now(clock);
            long now = clock.millis();
            ClaimStatus[] statuses = ClaimStatus.values();
            ClaimReason[] reasons = ClaimReason.values();
            String insert = "INSERT INTO claim_case (case_no, kind, origin, customer_id, invoice_id, order_id, amount_cents,"
                    + " parked_cents, reason, owner, opened_on, due_on, status, valid_cents, resolution_no, withdrawn, opened_by,"
                    + " opened_at, version) VALUES (?1,?2,'CASH_POSTING',?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,false,'bench',?15,0)";
            String note = "INSERT INTO claim_note (case_id, at, username, kind, text) VALUES"
                    + " ((SELECT id FROM claim_case WHERE case_no = ?1), ?2, ?3, ?4, ?5)";
            for (int i = 0; i < cases - start; i++) {
                Object[] inv = invoices.get(random.nextInt(invoices.size()));
                String no = String.format("CASE-B%07d", start + i + 1);
                ClaimStatus st = statuses[random.nextInt(statuses.length)];
                long total = ((Number) inv[3]).longValue();
                long amount = Math.max(100, Math.min(total, 500 + random.nextInt(250_000)));
                LocalDate opened = today.minusDays(random.nextInt(120));
                Long valid = st == ClaimStatus.RESOLVED_VALID ? Long.valueOf(amount)
                        : st == ClaimStatus.RESOLVED_PARTLY_VALID ? Long.valueOf(amount / 2) : null;
                s.createNativeMutationQuery(insert).setParameter(1, no)
                        .setParameter(2, random.nextInt(4) == 0 ? "DISPUTE" : "DEDUCTION")
                        .setParameter(3, ((Number) inv[1]).longValue()).setParameter(4, ((Number) inv[0]).longValue())
                        .setParameter(5, inv[2] == null ? null : ((Number) inv[2]).longValue(), Long.class)
                        .setParameter(6, amount).setParameter(7, st.isOpen() ? amount : 0L)
                        .setParameter(8, reasons[random.nextInt(reasons.length)].name())
                        .setParameter(9, OWNERS[random.nextInt(OWNERS.length)], String.class)
                        .setParameter(10, opened.toString()).setParameter(11, opened.plusDays(30).toString())
                        .setParameter(12, st.name()).setParameter(13, valid, Long.class).setParameter(14, st.isOpen() ? 0 : 1)
                        .setParameter(15, now).executeUpdate();
                s.createNativeMutationQuery(note).setParameter(1, no).setParameter(2, now).setParameter(3, "bench")
                        .setParameter(4, "EVENT").setParameter(5, "Opened by the benchmark.").executeUpdate();
                s.createNativeMutationQuery(note).setParameter(1, no).setParameter(2, now + 1).setParameter(3, "arthur")
                        .setParameter(4, "NOTE").setParameter(5, "Asked the customer for proof of delivery.").executeUpdate();
            }
            return Math.max(0, cases - start);
        });
    }
}
