package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two desks (two Database instances, each with its own connection pool) saving into one
 * PostgreSQL book at the same moment: every save lands and the order numbers are unique and
 * gapless, because the number counter row is locked until each save commits.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresSharedBookTest {

    @Test
    void twoDesksSavingAtOnceLoseNothingAndShareOneGaplessSeries() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            TestBook book = TestBook.create(schema.config());
            try (Database second = Database.open(schema.config())) {
                OrderUseCases deskA = book.services().orders();
            var clerk = book.user("clerk", com.orderdesk.model.security.Role.ORDER_CLERK);
                OrderUseCases deskB = com.orderdesk.app.AppServices.over(second, TestBook.TAX, TestBook.CLOCK).orders();
                OrderDraft draft = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                        List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO),
                                new OrderLineDraft(book.towelId, "TWL-ROLL-8", 2, null, BigDecimal.ZERO)));
                int perDesk = 40;
                List<String> numbers = TwoDesksAtOnce.save(deskA, deskB, clerk, draft, perDesk, 8);
                assertThat(numbers).isEqualTo(TwoDesksAtOnce.firstNumbers(perDesk * 2));
                long stored = second.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
                long lines = second.read(s -> s.createSelectionQuery("select count(l) from SalesOrderLine l", Long.class).getSingleResult());
                long next = second.read(s -> s.createSelectionQuery(
                        "select s.nextValue from DocumentSequence s where s.series = 'ORDER'", Long.class).getSingleResult());
                assertThat(stored).isEqualTo(perDesk * 2L);
                assertThat(lines).isEqualTo(perDesk * 4L);
                assertThat(next).isEqualTo(100001L + perDesk * 2);
                // the audit head, locked by a plain JDBC update on each desk's connection, let no two
                // saves take the same place in the trail: the chain and its sealed head verify
                var trail = book.services().auditTrail().verify(book.admin(), p -> { }, () -> false);
                assertThat(trail.intact()).as(trail.toString()).isTrue();
                long entries = second.read(s -> s.createSelectionQuery("select count(a) from AuditRecord a where a.action = 'ORDER_SAVE'",
                        Long.class).getSingleResult());
                assertThat(entries).isEqualTo(perDesk * 2L);
            } finally {
                book.db.close();
            }
        }
    }
}
