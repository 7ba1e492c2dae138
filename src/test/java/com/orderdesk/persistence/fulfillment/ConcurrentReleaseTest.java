package com.orderdesk.persistence.fulfillment;

import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.releasedOrder;
import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desks (two database connections on one file) release orders for scarce stock at the same moment. */
class ConcurrentReleaseTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksReleasingAtOnceNeverPromiseTheSameUnitTwice() throws Exception {
        TestBook book = TestBook.create(dir);
        try (Database second = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            twoDesksNeverPromiseTheSameUnitTwice(book, second);
        } finally {
            book.db.close();
        }
    }

    /** {@code second}: another connection pool on the same book (another desk). */
    static void twoDesksNeverPromiseTheSameUnitTwice(TestBook book, Database second) throws Exception {
        // towels: 12 on hand at Atlanta, 2 safety stock -> 10 can be promised; 8 orders want 3 each
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(releasedOrder(book, book.towelId, "TWL-ROLL-8", 3));
        }
        FulfillmentAsUsers deskA = new FulfillmentAsUsers(book);
        FulfillmentAsUsers deskB = new FulfillmentAsUsers(book, com.orderdesk.app.AppServices.over(second, TestBook.TAX,
                TestBook.CLOCK, TestBook.KEY_ITERATIONS));
        deskA.user("clerk"); // made before the desks race
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RoutingOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            FulfillmentAsUsers desk = i % 2 == 0 ? deskA : deskB;
            long id = orders.get(i);
            futures.add(pool.submit(() -> {
                start.await();
                return desk.route(id, "clerk");
            }));
        }
        start.countDown();
        int backordered = 0;
        for (Future<RoutingOutcome> f : futures) {
            backordered += f.get().backorderedUnits();
        }
        pool.shutdown();

        assertThat(reserved(book.db, "DC-ATL", book.towelId)).isEqualTo(10);
        long planned = book.db.read(s -> s.createSelectionQuery("select coalesce(sum(l.quantityPlanned), 0) from ShipmentLine l "
                + "where l.product.id = :p", Long.class).setParameter("p", book.towelId).getSingleResult());
        assertThat(planned).isEqualTo(10);
        assertThat(backordered).isEqualTo(8 * 3 - 10);
    }
}
