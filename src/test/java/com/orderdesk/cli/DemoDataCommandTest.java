package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.DeskBenchCommand;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.PostgresSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoDataCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void buildsASmallBookAndRefusesToWriteIntoItAgain() {
        Path db = dir.resolve("demo.db");
        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "20", "--orders", "30")).isZero();
        assertThat(out.toString()).contains("20 customers").contains("30 orders");

        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "20", "--orders", "30")).isEqualTo(2);
        assertThat(err.toString()).contains("already has customers");
    }

    @Test
    void bulkOnlyLeavesOutTheShipmentsAndTheCashDayThatTheWholeBookHas() throws Exception {
        Path whole = dir.resolve("whole.db");
        Path bulk = dir.resolve("bulk.db");
        assertThat(run(new DemoDataCommand(), "--db", whole.toString(), "--customers", "40", "--orders", "200")).isZero();
        assertThat(run(new DemoDataCommand(), "--db", bulk.toString(), "--customers", "40", "--orders", "200", "--bulk-only"))
                .isZero();

        // the whole book gives allocated and shipped orders their shipments and writes a day of bank credits
        assertThat(count(whole, "shipment")).isGreaterThan(count(bulk, "shipment"));
        // the summary counts the finished book's invoices and holds (the desk's invoicing and the inbox add to the history's)
        assertThat(out.toString()).contains(String.format("%,d invoices, %,d on credit hold", count(whole, "invoice"),
                count(whole, "sales_order where status = 'CREDIT_HOLD'")));
        assertThat(count(whole, "cash_payment")).isPositive();
        assertThat(count(bulk, "cash_payment")).isZero();
        // the AR clerk may write off small claims himself: the administrator gave him 100.00, audited
        assertThat(count(whole, "write_off_limit l join app_user u on u.id = l.user_id where u.username = 'arthur'"
                + " and l.limit_cents = 10000")).isEqualTo(1);
        assertThat(count(whole, "audit_entry where action = 'WRITE_OFF_LIMIT' and doc_id = 'arthur'")).isEqualTo(1);
        // the same orders, plus those the whole book's order inbox captured from its demo messages
        long captured = count(whole, "inbox_item where order_id is not null");
        assertThat(captured).isPositive();
        assertThat(count(bulk, "sales_order")).isEqualTo(count(whole, "sales_order") - captured);
    }

    private static long count(Path db, String table) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aSizeOutOfRangeIsAClearMessageAndNoFile() {
        Path db = dir.resolve("none.db");
        assertThat(run(new DemoDataCommand(), "--db", db.toString(), "--customers", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("demo-data: customers must be at least 1, not 0");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void aNonNumberIsReportedByName() {
        assertThat(run(new DemoDataCommand(), "--db", dir.resolve("x.db").toString(), "--orders", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--orders").contains("many");
    }

    @Test
    void benchDeskNeedsAnExistingDatabase() {
        assertThat(run(new DeskBenchCommand(), "--db", dir.resolve("missing.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.db: no such database file");
    }

    @Test
    void anUnknownUrlSchemeIsOneSentenceAndStatus2() {
        assertThat(run(new DemoDataCommand(), "--db-url", "jdbc:mysql://localhost/orders")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: --db-url: unsupported database address \"jdbc:mysql://localhost/orders\";"
                + " use jdbc:postgresql://HOST:PORT/DATABASE (or --db FILE for SQLite)." + System.lineSeparator());
    }

    @Test
    void anUnreachableServerIsOneSentenceAndStatus2() {
        // nothing listens on port 1: the connection is refused at once
        assertThat(run(new DemoDataCommand(), "--db-url", "jdbc:postgresql://127.0.0.1:1/orders", "--db-user", "desk",
                "--customers", "5", "--orders", "5")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: Cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused);"
                + " check that it is running and that the address and port are right." + System.lineSeparator());
    }

    @Test
    void withoutADatabaseItSaysHowToNameOne() {
        assertThat(run(new DemoDataCommand(), "--customers", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("name the database to fill with --db FILE or --db-url");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void fillsAPostgresDatabaseWithThePasswordReadFromTheNamedVariable() {
        try (PostgresSchema schema = PostgresSchema.create()) {
            int status = run(new DemoDataCommand(), "--db-url", schema.jdbcUrl(), "--db-user", PostgresSchema.user(),
                    "--db-password-env", "ORDERDESK_TEST_PG_PASSWORD", "--customers", "15", "--orders", "25", "--max-lines", "3");
            assertThat(status).as(err.toString()).isEqualTo(0);
            assertThat(out.toString()).startsWith("Wrote " + PostgresSchema.url().substring("jdbc:".length()) + " schema " + schema.name() + " as "
                    + PostgresSchema.user() + ": 15 customers").doesNotContain(PostgresSchema.password());
            try (Database db = Database.open(schema.config())) {
                assertThat(orders(db)).as("the 25 asked for; the inbox's captured orders come on top").isEqualTo(25L);
            }
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void aWrongPasswordIsOneSentenceAndStatus2() {
        // HOME is set everywhere and is certainly not the test user's password
        assertThat(run(new DemoDataCommand(), "--db-url", PostgresSchema.url(), "--db-user", PostgresSchema.user(),
                "--db-password-env", "HOME")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: The PostgreSQL server at " + serverAddress() + " refused the sign-in of user "
                + PostgresSchema.user() + ": wrong password, unknown user, or not allowed from this computer." + System.lineSeparator());
    }

    private static long orders(Database db) {
        return db.read(s -> s.createNativeQuery("select count(*) from sales_order where id not in"
                + " (select order_id from inbox_item where order_id is not null)", Long.class).getSingleResult());
    }

    private static String serverAddress() {
        return DatabaseConfig.postgresql(PostgresSchema.url(), null, null).serverAddress();
    }
}
