package com.orderdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Chooses the database: the command line ({@code --db FILE} or {@code --db-url}) wins, then the
 * environment variable {@code ORDERDESK_DB} (with {@code ORDERDESK_DB_USER}/{@code ORDERDESK_DB_PASSWORD}),
 * then {@code db=} in {@code settings.properties} in the data folder (a SQLite file path or a
 * {@code jdbc:postgresql:} URL with {@code db.user} and either {@code db.password.env}, the name of
 * an environment variable holding the password, or {@code db.password}), else {@code orderdesk.db}
 * in the data folder. An unsupported address is refused with {@link IllegalArgumentException}.
 */
public final class Settings {
    private final Path dataFolder;
    private final Properties props;
    private final Map<String, String> env;

    Settings(Path dataFolder, Properties props, Map<String, String> env) {
        this.dataFolder = dataFolder;
        this.props = props;
        this.env = env;
    }

    public static Settings load() {
        Path folder = DataLocation.dataFolder();
        Properties p = new Properties();
        Path file = folder.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new Settings(folder, p, System.getenv());
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public DatabaseConfig database(Path commandLineDb) {
        return database(commandLineDb == null ? null : DatabaseConfig.sqlite(commandLineDb));
    }

    /** {@code commandLine} (already built from the command-line options) wins when it is not null. */
    public DatabaseConfig database(DatabaseConfig commandLine) {
        if (commandLine != null) {
            return commandLine;
        }
        String fromEnv = env.get("ORDERDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DatabaseConfig.fromUrlOrFile(fromEnv, env.get("ORDERDESK_DB_USER"), env.get("ORDERDESK_DB_PASSWORD"));
        }
        String configured = props.getProperty("db");
        if (configured != null && !configured.isBlank()) {
            return DatabaseConfig.fromUrlOrFile(configured.trim(), props.getProperty("db.user"), configuredPassword());
        }
        return DatabaseConfig.sqlite(dataFolder.resolve("orderdesk.db"));
    }

    private String configuredPassword() {
        String variable = props.getProperty("db.password.env");
        if (variable != null && !variable.isBlank()) {
            String value = env.get(variable.trim());
            if (value == null) {
                throw new IllegalArgumentException("settings.properties: db.password.env names the environment variable "
                        + variable.trim() + ", which is not set.");
            }
            return value;
        }
        return props.getProperty("db.password");
    }
}
