package com.orderdesk.persistence.fulfillment;

import static com.orderdesk.persistence.fulfillment.FulfillmentFixture.releasedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.fulfillment.OrderContext;
import com.orderdesk.application.fulfillment.RoutingBook;
import com.orderdesk.application.fulfillment.StockRow;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.HibernateUnitOfWork;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of orders read at once comes with its lines and their products, in line order, and the
 * repository's read of one order by id then finds it loaded (what the demo's backfill relies on); an
 * order's routing context built on a book read once for many orders is the one a read of its own gives.
 */
class OrdersWithLinesTest {
    @TempDir
    Path dir;

    @Test
    void aBatchReadLoadsTheOrdersLinesAndProductsAndLeavesOutIdsNotFound() {
        TestBook book = TestBook.create(dir);
        try {
            long first = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 3);
            long second = releasedOrder(book, book.drumId, "DGR-55", 1);
            var repository = new HibernateFulfillmentRepository();
            new HibernateUnitOfWork(book.db).read(() -> {
                List<SalesOrder> read = repository.ordersWithLines(List.of(second, first, 999_999L));

                assertThat(read).extracting(SalesOrder::id).containsExactlyInAnyOrder(first, second);
                for (SalesOrder order : read) {
                    assertThat(Hibernate.isInitialized(order.lines())).as(order.number() + " lines").isTrue();
                    for (SalesOrderLine line : order.lines()) {
                        assertThat(Hibernate.isInitialized(line.product())).as(line.sku() + " product").isTrue();
                    }
                    assertThat(repository.order(order.id())).containsSame(order);
                }
                SalesOrder two = read.stream().filter(o -> o.id() == first).findFirst().orElseThrow();
                assertThat(two.lines()).extracting(SalesOrderLine::sku).containsExactly("GLV-NIT-L", "TWL-ROLL-8");
                assertThat(repository.ordersWithLines(List.of())).isEmpty();
                return null;
            });
        } finally {
            book.db.close();
        }
    }

    @Test
    void anOrderBuiltOnABookReadOnceForAllProductsSeesWhatAReadForItsOwnProductsSees() {
        TestBook book = TestBook.create(dir);
        try {
            long id = releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 3);
            var repository = new HibernateFulfillmentRepository();
            new HibernateUnitOfWork(book.db).read(() -> {
                SalesOrder order = repository.order(id).orElseThrow();
                var whole = OrderContext.wholeOrder(order);
                OrderContext fresh = OrderContext.build(repository, order, whole, Map.of(), Set.of(), TestBook.TODAY);
                RoutingBook all = repository.routingBook(List.of(book.gloveId, book.towelId, book.drumId));
                OrderContext onceRead = OrderContext.build(all, order, whole, Map.of(), Set.of(), TestBook.TODAY);

                assertThat(all.stock()).extracting(StockRow::productId).contains(book.drumId);
                // the drum's stock is not this order's: left out, as a read for the order's products leaves it
                assertThat(onceRead.stock()).isEqualTo(fresh.stock()).extracting(StockRow::productId).doesNotContain(book.drumId);
                assertThat(onceRead.scenario().inventory()).isEqualTo(fresh.scenario().inventory()).isNotEmpty();
                assertThat(onceRead.scenario().nodes()).isEqualTo(fresh.scenario().nodes());
                assertThat(onceRead.scenario().skus()).isEqualTo(fresh.scenario().skus());
                return null;
            });
        } finally {
            book.db.close();
        }
    }
}
