package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Which database a desk opens: command line, then ORDERDESK_DB*, then settings.properties, then the data folder. */
class SettingsTest {
    @TempDir
    Path dataFolder;

    final Properties props = new Properties();
    final Map<String, String> env = new HashMap<>();

    Settings settings() {
        return new Settings(dataFolder, props, env);
    }

    @Test
    void withNothingSetItIsTheSqliteFileInTheDataFolder() {
        DatabaseConfig c = settings().database((Path) null);
        assertThat(c.vendor()).isEqualTo(DatabaseConfig.Vendor.SQLITE);
        assertThat(c.displayName()).isEqualTo(dataFolder.resolve("orderdesk.db").toAbsolutePath().toString());
    }

    @Test
    void theEnvironmentNamesAPostgresServerWithUserAndPassword() {
        env.put("ORDERDESK_DB", "jdbc:postgresql://db.example:5432/orders");
        env.put("ORDERDESK_DB_USER", "desk2");
        env.put("ORDERDESK_DB_PASSWORD", "pw2");
        props.setProperty("db", "ignored.db");
        DatabaseConfig c = settings().database((Path) null);
        assertThat(c.vendor()).isEqualTo(DatabaseConfig.Vendor.POSTGRESQL);
        assertThat(c.user()).isEqualTo("desk2");
        assertThat(c.password()).isEqualTo("pw2");
    }

    @Test
    void settingsPropertiesNameTheServerAndTheVariableHoldingThePassword() {
        props.setProperty("db", "jdbc:postgresql://db.example/orders");
        props.setProperty("db.user", "desk3");
        props.setProperty("db.password.env", "DESK3_PW");
        env.put("DESK3_PW", "from-env");
        DatabaseConfig c = settings().database((Path) null);
        assertThat(c.user()).isEqualTo("desk3");
        assertThat(c.password()).isEqualTo("from-env");

        env.remove("DESK3_PW");
        assertThatThrownBy(() -> settings().database((Path) null))
                .hasMessage("settings.properties: db.password.env names the environment variable DESK3_PW, which is not set.");

        props.remove("db.password.env");
        props.setProperty("db.password", "plain");
        assertThat(settings().database((Path) null).password()).isEqualTo("plain");
    }

    @Test
    void theCommandLineWinsAndAnUnknownSchemeIsRefusedNotTakenForAFileName() {
        env.put("ORDERDESK_DB", "jdbc:postgresql://db.example/orders");
        assertThat(settings().database(dataFolder.resolve("mine.db")).vendor()).isEqualTo(DatabaseConfig.Vendor.SQLITE);

        env.put("ORDERDESK_DB", "jdbc:mysql://db.example/orders");
        assertThatThrownBy(() -> settings().database((Path) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unsupported database address \"jdbc:mysql://db.example/orders\": Order Desk opens "
                        + "jdbc:postgresql://HOST:PORT/DATABASE or a SQLite file.");
        env.put("ORDERDESK_DB", "jdbc:sqlite:" + dataFolder.resolve("x.db"));
        assertThat(settings().database((Path) null).displayName()).isEqualTo(dataFolder.resolve("x.db").toAbsolutePath().toString());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void aDeskConfiguredThroughTheEnvironmentOpensThePostgresBook() {
        try (PostgresSchema schema = PostgresSchema.create()) {
            env.put("ORDERDESK_DB", schema.jdbcUrl());
            env.put("ORDERDESK_DB_USER", PostgresSchema.user());
            env.put("ORDERDESK_DB_PASSWORD", PostgresSchema.password());
            TestBook book = TestBook.create(settings().database((Path) null));
            try {
                assertThat(book.db.config().vendor()).isEqualTo(DatabaseConfig.Vendor.POSTGRESQL);
                long orders = book.db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o", Long.class)
                        .getSingleResult());
                assertThat(orders).isZero();
                long customers = book.db.read(s -> s.createSelectionQuery("select count(c) from Customer c", Long.class).getSingleResult());
                assertThat(customers).isEqualTo(2);
            } finally {
                book.db.close();
            }
        }
    }
}
