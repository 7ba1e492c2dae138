package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.PostgresSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoDataCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new DemoDataCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anUnknownUrlSchemeIsOneSentenceAndStatus2() {
        assertThat(run("--db-url", "jdbc:mysql://localhost/orders")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: --db-url: unsupported database address \"jdbc:mysql://localhost/orders\";"
                + " use jdbc:postgresql://HOST:PORT/DATABASE (or --db FILE for SQLite)." + System.lineSeparator());
    }

    @Test
    void anUnreachableServerIsOneSentenceAndStatus2() {
        // nothing listens on port 1: the connection is refused at once
        assertThat(run("--db-url", "jdbc:postgresql://127.0.0.1:1/orders", "--db-user", "desk", "--customers", "5", "--orders", "5"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: Cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused);"
                + " check that it is running and that the address and port are right." + System.lineSeparator());
    }

    @Test
    void withoutADatabaseItSaysHowToNameOne() {
        assertThat(run("--customers", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("name the database to fill with --db FILE or --db-url");
    }

    @Test
    void fillsASqliteFile() {
        Path file = dir.resolve("demo.db");
        assertThat(run("--db", file.toString(), "--customers", "12", "--orders", "20", "--max-lines", "3")).isEqualTo(0);
        assertThat(out.toString()).startsWith("Wrote " + file.toAbsolutePath() + ": 12 customers");
        try (Database db = Database.open(DatabaseConfig.sqlite(file))) {
            assertThat(orders(db)).isEqualTo(20L);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void fillsAPostgresDatabaseWithThePasswordReadFromTheNamedVariable() {
        try (PostgresSchema schema = PostgresSchema.create()) {
            int status = run("--db-url", schema.jdbcUrl(), "--db-user", PostgresSchema.user(),
                    "--db-password-env", "ORDERDESK_TEST_PG_PASSWORD", "--customers", "15", "--orders", "25", "--max-lines", "3");
            assertThat(status).as(err.toString()).isEqualTo(0);
            assertThat(out.toString()).startsWith("Wrote " + PostgresSchema.url().substring("jdbc:".length()) + " as "
                    + PostgresSchema.user() + ": 15 customers").doesNotContain(PostgresSchema.password());
            try (Database db = Database.open(schema.config())) {
                assertThat(orders(db)).isEqualTo(25L);
            }
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void aWrongPasswordIsOneSentenceAndStatus2() {
        // HOME is set everywhere and is certainly not the test user's password
        assertThat(run("--db-url", PostgresSchema.url(), "--db-user", PostgresSchema.user(), "--db-password-env", "HOME"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("demo-data: The PostgreSQL server at " + serverAddress() + " refused the sign-in of user "
                + PostgresSchema.user() + ": wrong password, unknown user, or not allowed from this computer." + System.lineSeparator());
    }

    private static long orders(Database db) {
        return db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
    }

    private static String serverAddress() {
        return DatabaseConfig.postgresql(PostgresSchema.url(), null, null).serverAddress();
    }
}
