package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad row already stored (written by an older version, a script, a disk error) is named and left
 * out; the lists still show every other row, and batch work goes on with the others.
 */
class DamagedRowsTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    List<Long> orders;

    @BeforeEach
    void fourReleasedOrders() {
        book = TestBook.create(dir);
        services = book.services();
        orders = List.of(
                FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2),
                FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 3),
                FulfillmentFixture.releasedOrder(book, book.towelId, "TWL-ROLL-8", 1),
                FulfillmentFixture.releasedOrder(book, book.towelId, "TWL-ROLL-8", 2));
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void anOrderWithADateThatIsNoDateIsNamedAndTheOthersStillList() throws SQLException {
        sql("UPDATE sales_order SET order_date = 'yesterday' WHERE id = " + orders.get(1));

        Listing<OrderListRow> list = services.orders().list(book.clerk(), OrderFilter.all(100));

        assertThat(list.rows()).hasSize(3);
        assertThat(list.damaged()).singleElement().asString().contains(number(1)).contains("yesterday");
        assertThat(list.damageNote()).startsWith("1 row of the book could not be read and is left out: ");
    }

    @Test
    void anOrderWithAnUnknownStatusIsNamedAndTheOthersStillList() throws SQLException {
        sql("UPDATE sales_order SET status = 'LOST_IN_SPACE' WHERE id = " + orders.get(2));

        Listing<OrderListRow> list = services.orders().list(book.clerk(), OrderFilter.all(100));

        assertThat(list.rows()).extracting(OrderListRow::number).containsExactlyInAnyOrder(number(0), number(1), number(3));
        assertThat(list.damaged()).singleElement().asString().contains(number(2)).contains("LOST_IN_SPACE");
    }

    @Test
    void anOrderWhoseCustomerIsGoneStaysVisibleAsSuchAndRoutingGoesOnWithTheRest() throws SQLException {
        sql("UPDATE sales_order SET customer_id = 999999 WHERE id = " + orders.get(0));

        // the order itself is readable: it stays in the queue, saying what is missing, so a person can see it
        var queue = services.fulfillment().queue(book.clerk());
        assertThat(queue.rows()).hasSize(4);
        assertThat(queue.rows()).filteredOn(r -> r.orderId() == orders.get(0)).singleElement()
                .satisfies(r -> assertThat(r.customerName()).isEqualTo("(customer missing)"));

        List<RoutingOutcome> outcomes = services.fulfillment().routeAllReleased(book.clerk());
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.stream().filter(o -> !o.shipmentNumbers().isEmpty())).hasSize(3);
        assertThat(outcomes.get(0).shipmentNumbers()).isEmpty();
        assertThat(orderStatuses()).containsExactly("RELEASED", "ALLOCATED", "ALLOCATED", "ALLOCATED");
    }

    @Test
    void aDamagedOrderInTheListOfAnotherCustomerFilterDoesNotShowUp() throws SQLException {
        sql("UPDATE sales_order SET order_date = '2026-13-45' WHERE id = " + orders.get(3));

        Listing<OrderListRow> list = services.orders().list(book.clerk(), OrderFilter.all(100));

        assertThat(list.rows()).hasSize(3);
        assertThat(list.damaged()).singleElement().asString().contains(number(3));
    }

    private String number(int i) {
        return book.db.read(s -> (String) s.createNativeQuery("SELECT order_no FROM sales_order WHERE id = :id", Object.class)
                .setParameter("id", orders.get(i)).getSingleResult());
    }

    private List<Object> orderStatuses() {
        return book.db.read(s -> s.createNativeQuery("SELECT status FROM sales_order ORDER BY id", Object.class).getResultList());
    }

    /** What a script or an older program might have written: the schema's loose typing lets it in. */
    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute(statement);
        }
    }
}
