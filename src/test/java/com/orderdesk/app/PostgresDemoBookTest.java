package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.persistence.PostgresSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A first start on PostgreSQL stopped halfway (the window closed while the demo book is written in
 * place, step by step) no longer leaves a half book that every later start opens as the demo: the
 * next start finds the book marked "writing", takes the lock the stopped writer held, clears the book
 * and writes it whole. While another desk still writes (holds the lock), a start leaves its rows alone.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresDemoBookTest {
    static final DemoSize SMALL = new DemoSize(40, 200, 5, 42);
    static final List<String> WHOLE_BOOK = List.of("customer", "shipment", "claim_case", "cash_payment",
            "cash_forecast_week");

    @Test
    void aFirstStartCancelledHalfwayIsWrittenWholeByTheNextStart() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            stopHalfway(schema);
            assertThat(count(schema, "customer")).as("the stopped start's history is in the book").isPositive();
            assertThat(count(schema, "shipment")).as("but not its shipments").isZero();

            try (AppServices services = BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL,
                    p -> { }, () -> false)) {
                assertThat(DemoDataGenerator.isEmpty(services.db())).isFalse();
            }
            for (String table : WHOLE_BOOK) {
                assertThat(count(schema, table)).as(table).isPositive();
            }
            assertThat(count(schema, "app_user")).as("one set of demo users, not two").isEqualTo(DemoDataGenerator.USERS.size());

            // a whole book is the desk's from now on: a later start changes nothing in it
            execute(schema, "update company_setting set setting_value = 'Kept Co.' where setting_key = 'company.name'");
            BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            assertThat(text(schema, "select setting_value from company_setting where setting_key = 'company.name'"))
                    .isEqualTo("Kept Co.");
            assertThat(text(schema, "select setting_value from company_setting where setting_key = 'demo.book'"))
                    .isEqualTo("complete");
        }
    }

    @Test
    void aStartWaitsForAnotherDeskStillWritingAndLeavesItsRowsAlone() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            stopHalfway(schema);
            long customers = count(schema, "customer");
            AtomicInteger polls = new AtomicInteger();
            try (Connection otherDesk = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
                 Statement st = otherDesk.createStatement()) {
                st.execute("select pg_advisory_lock(hashtext('orderdesk.demo-book'), hashtext(current_schema()))");
                // the window closed after a few looks at the lock: the start stops waiting, changes nothing
                assertThatThrownBy(() -> BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL,
                        p -> { }, () -> polls.incrementAndGet() > 3))
                        .isInstanceOf(DemoDataGenerator.Cancelled.class);
            }
            assertThat(polls.get()).as("it waited").isGreaterThan(3);
            assertThat(count(schema, "customer")).as("the other desk's rows are left alone").isEqualTo(customers);
            assertThat(count(schema, "shipment")).isZero();

            // the other desk is gone (its session closed): the next start writes the book whole
            BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, p -> { }, () -> false).close();
            for (String table : WHOLE_BOOK) {
                assertThat(count(schema, table)).as(table).isPositive();
            }
        }
    }

    @Test
    void demoDataOnAHalfBookWritesItWholeAndMarksItComplete() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            stopHalfway(schema);
            BookStart.createDemo(schema.config(), DemoBookFiguresTest.CLOCK, SMALL, 0, DemoBook.Extent.WHOLE, p -> { }).close();
            for (String table : WHOLE_BOOK) {
                assertThat(count(schema, table)).as(table).isPositive();
            }
            assertThat(text(schema, "select setting_value from company_setting where setting_key = 'demo.book'"))
                    .isEqualTo("complete");
        }
    }

    /** A first start whose window is closed once the demo book is 30 % written (its history committed). */
    static void stopHalfway(PostgresSchema schema) {
        boolean[] cancel = {false};
        assertThatThrownBy(() -> BookStart.openForWindow(schema.config(), DemoBookFiguresTest.CLOCK, SMALL,
                p -> cancel[0] |= p >= 0.3, () -> cancel[0]))
                .isInstanceOf(DemoDataGenerator.Cancelled.class);
    }

    static void execute(PostgresSchema schema, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static String text(PostgresSchema schema, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The rows of a table, read over plain JDBC as another desk would. */
    static long count(PostgresSchema schema, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
