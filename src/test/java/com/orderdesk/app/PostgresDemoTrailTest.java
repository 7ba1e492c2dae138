package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.persistence.PostgresSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The demo book's bulk audit writing on a real PostgreSQL server (it was tested on SQLite only): the
 * credit manager's decisions behind the risky customers and a bench's held orders go into the trail in
 * one batch inside the bulk transaction, chained and sealed by hand; on PostgreSQL too every held or
 * lowered customer has its entry, every hold its check, and the trail verifies seal by seal.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresDemoTrailTest {
    @Test
    void aBulkBooksDecisionsAndHoldsAreChainedAndSealedOnPostgres() {
        try (PostgresSchema schema = PostgresSchema.create();
             BookStart.DemoWritten written = BookStart.createDemo(schema.config(), DemoBookFiguresTest.CLOCK,
                     new DemoSize(80, 500, 6, 42), 40, DemoBook.Extent.BULK_ONLY, p -> { })) {
            AppServices s = written.services();
            var r = written.result().orElseThrow();
            List<Object[]> held = s.db().read(x -> x.createNativeQuery("SELECT o.id,"
                    + " (SELECT COUNT(*) FROM audit_entry a WHERE a.doc_type = 'ORDER' AND a.doc_id = o.order_no"
                    + "  AND a.action = 'CREDIT_CHECK_HOLD' AND a.username = o.entered_by)"
                    + " FROM sales_order o WHERE o.status = 'CREDIT_HOLD' ORDER BY o.id", Object[].class).getResultList());
            assertThat(held).hasSizeGreaterThanOrEqualTo(40).hasSize(r.heldOrders());
            assertThat(held.stream().filter(h -> ((Number) h[1]).longValue() != 1).map(h -> h[0]).toList())
                    .as("held orders without one hold entry").isEmpty();

            CustomerDecisionsInTrail.Findings f = CustomerDecisionsInTrail.read(s.db());
            assertThat(f.held()).as("customers on manual hold").isPositive();
            assertThat(f.lowered()).as("customers whose limit was lowered").isPositive();
            assertThat(f.unexplained()).as("customers the trail does not explain").isEmpty();

            AuditVerification verified = s.auditTrail().verify(DemoBook.user("admin", r.key()), p -> { }, () -> false);
            assertThat(verified.problems()).as(verified.summary()).isEmpty();
            assertThat(verified.entriesChecked()).isGreaterThanOrEqualTo(held.size() + f.held() + f.lowered());
        }
    }
}
