package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bench's book (bulk only, held orders asked for) keeps its credit holds as a live book does: each
 * hold audited by the credit check that held it, under the clerk who entered the order, sealed into the
 * trail so that the trail still verifies. Its holds had no entry: the credit desk's history of each was
 * empty and a bench's release was the first entry of an order held by nobody.
 */
class BenchBookTrailTest {
    @TempDir
    Path dir;

    @Test
    void everyHeldOrderOfABulkBookHasItsAuditedHoldAndTheTrailVerifies() {
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("bench.db")),
                DemoBookFiguresTest.CLOCK, new DemoSize(80, 500, 6, 42), 40, DemoBook.Extent.BULK_ONLY, p -> { })) {
            AppServices s = written.services();
            var r = written.result().orElseThrow();
            List<Object[]> held = s.db().read(x -> x.createNativeQuery("SELECT o.id, o.entered_by,"
                    + " (SELECT COUNT(*) FROM audit_entry a WHERE a.doc_type = 'ORDER' AND a.doc_id = o.order_no"
                    + "  AND a.action = 'CREDIT_CHECK_HOLD' AND a.username = o.entered_by)"
                    + " FROM sales_order o WHERE o.status = 'CREDIT_HOLD' ORDER BY o.id", Object[].class).getResultList());
            assertThat(held).hasSizeGreaterThanOrEqualTo(40).hasSize(r.heldOrders());
            assertThat(held.stream().filter(h -> ((Number) h[2]).longValue() != 1).map(h -> h[0]).toList())
                    .as("held orders without one hold entry under the clerk who entered them").isEmpty();
            Object[] first = held.get(0);
            List<TimelineEvent> timeline = s.orders().timeline(DemoBook.user("carmen", r.key()), ((Number) first[0]).longValue());
            assertThat(timeline).anyMatch(e -> e.kind() == TimelineEvent.Kind.CREDIT_HOLD && first[1].equals(e.user()));

            CustomerDecisionsInTrail.Findings f = CustomerDecisionsInTrail.read(s.db());
            assertThat(f.held() + f.lowered()).as("customers held or lowered").isGreaterThan(2);
            assertThat(f.unexplained()).as("customers the trail does not explain").isEmpty();

            AuditVerification verified = s.auditTrail().verify(DemoBook.user("admin", r.key()), p -> { }, () -> false);
            assertThat(verified.problems()).as(verified.summary()).isEmpty();
            assertThat(verified.entriesChecked()).isGreaterThanOrEqualTo(held.size());
        }
    }
}
