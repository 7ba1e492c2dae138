package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DatabaseOptionsTest {
    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        DatabaseOptions db;

        @Override
        public void run() {
        }
    }

    final Map<String, String> env = new HashMap<>();

    DatabaseOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        probe.db.env = env::get;
        return probe.db;
    }

    @Test
    void noOptionMeansTheSettingsDecide() {
        assertThat(parse().toConfig()).isNull();
        assertThat(parse().isEmpty()).isTrue();
    }

    @Test
    void aFileIsSqlite() {
        DatabaseConfig c = parse("--db", "book.db").toConfig();
        assertThat(c.vendor()).isEqualTo(DatabaseConfig.Vendor.SQLITE);
        assertThat(c.displayName()).isEqualTo(Path.of("book.db").toAbsolutePath().toString());
    }

    @Test
    void aPostgresUrlTakesTheUserAndThePasswordFromTheNamedVariable() {
        env.put("DESK_PG_SECRET", "s3cret!");
        DatabaseConfig c = parse("--db-url", "jdbc:postgresql://db.example:5433/orders?sslmode=require", "--db-user", "desk1",
                "--db-password-env", "DESK_PG_SECRET").toConfig();
        assertThat(c.vendor()).isEqualTo(DatabaseConfig.Vendor.POSTGRESQL);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/orders?sslmode=require");
        assertThat(c.user()).isEqualTo("desk1");
        assertThat(c.password()).isEqualTo("s3cret!");
        assertThat(c.serverAddress()).isEqualTo("db.example:5433");
        // what reaches logs and the status bar never shows the password (nor URL options)
        assertThat(c.displayName()).isEqualTo("postgresql://db.example:5433/orders as desk1");
        assertThat(c.toString()).doesNotContain("s3cret!").contains("password hidden");
    }

    @Test
    void theSchemaOfABookSharingItsDatabaseIsNamedWhereTheBookIsShown() {
        // several books in one database, each in its schema: the logs must say which one was cleared or migrated
        DatabaseConfig c = parse("--db-url", "jdbc:postgresql://db.example:5433/orders?sslmode=require&currentSchema=desk_b",
                "--db-user", "desk1").toConfig();
        assertThat(c.displayName()).isEqualTo("postgresql://db.example:5433/orders schema desk_b as desk1");
        assertThat(parse("--db-url", "jdbc:postgresql://h/orders?currentSchema=").toConfig().displayName())
                .isEqualTo("postgresql://h/orders");
    }

    @Test
    void withoutUserAndPasswordOptionsTheStandardVariablesAreRead() {
        env.put("ORDERDESK_DB_USER", "clerk");
        env.put("ORDERDESK_DB_PASSWORD", "pw");
        DatabaseConfig c = parse("--db-url", "jdbc:postgresql://localhost/orderdesk").toConfig();
        assertThat(c.user()).isEqualTo("clerk");
        assertThat(c.password()).isEqualTo("pw");
        assertThat(c.serverAddress()).isEqualTo("localhost:5432");
    }

    @Test
    void badInputIsRefusedWithOneSentenceNamingTheOption() {
        assertThatThrownBy(() -> parse("--db-url", "jdbc:mysql://localhost/orders").toConfig())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--db-url: unsupported database address \"jdbc:mysql://localhost/orders\";"
                        + " use jdbc:postgresql://HOST:PORT/DATABASE (or --db FILE for SQLite).");
        assertThatThrownBy(() -> parse("--db-url", "postgresql://localhost/orders").toConfig())
                .hasMessageStartingWith("--db-url: unsupported database address");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:postgresql://h/db?user=x&password=open").toConfig())
                .hasMessage("--db-url must not carry the password; put it in an environment variable"
                        + " and name that variable with --db-password-env.");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:postgresql://h/db", "--db-password-env", "NOT_SET_ANYWHERE").toConfig())
                .hasMessage("--db-password-env: the environment variable \"NOT_SET_ANYWHERE\" is not set;"
                        + " export it with the password, then run the command again.");
        assertThatThrownBy(() -> parse("--db", "a.db", "--db-url", "jdbc:postgresql://h/db").toConfig())
                .hasMessage("--db and --db-url both name a database; give only one of them.");
        assertThatThrownBy(() -> parse("--db", "a.db", "--db-user", "x").toConfig())
                .hasMessage("--db-user belongs with --db-url (a SQLite file has no users).");
    }
}
