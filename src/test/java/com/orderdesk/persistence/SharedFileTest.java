package com.orderdesk.persistence;

import com.orderdesk.logic.store.StoreException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.application.order.OrderUseCases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of the application on one SQLite file: every save lands, numbers stay unique and gapless. */
class SharedFileTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksSavingAtOnceLoseNothingAndShareOneGaplessSeries() throws Exception {
        TestBook book = TestBook.create(dir);
        try (Database second = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            OrderUseCases deskA = book.services().orders();
            var clerk = book.user("clerk", com.orderdesk.model.security.Role.ORDER_CLERK);
            OrderUseCases deskB = com.orderdesk.app.AppServices.over(second, TestBook.TAX, TestBook.CLOCK).orders();
            OrderDraft draft = new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                    List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO)));
            int perDesk = 40;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < perDesk * 2; i++) {
                OrderUseCases desk = i % 2 == 0 ? deskA : deskB;
                futures.add(pool.submit(() -> {
                    start.await();
                    return desk.save(clerk, draft).number();
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            pool.shutdown();
            Collections.sort(numbers);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < perDesk * 2; i++) {
                expected.add("SO-" + (100001 + i));
            }
            assertThat(numbers).isEqualTo(expected);
            long stored = second.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
            assertThat(stored).isEqualTo(perDesk * 2L);
        } finally {
            book.db.close();
        }
    }

    @Test
    void aForeignKeyViolationBecomesAClearMessage() {
        TestBook book = TestBook.create(dir);
        try {
            assertThatThrownBy(() -> {
                try {
                    book.db.write(s -> s.createNativeMutationQuery(
                                    "insert into ship_to (customer_id, label, is_default) values (999999, 'x', false)")
                            .executeUpdate());
                } catch (RuntimeException e) {
                    throw PersistenceErrors.translate("Saving the address", e);
                }
            }).isInstanceOf(StoreException.class)
                    .hasMessage("Saving the address was refused: it refers to a record that does not exist"
                            + " (it may have been deleted by another desk).");
        } finally {
            book.db.close();
        }
    }
}
