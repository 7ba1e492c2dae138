package com.orderdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Chooses the database: {@code --db FILE} on the command line wins, then the environment variable
 * {@code ORDERDESK_DB}, then {@code db=} in {@code settings.properties} in the data folder (a SQLite
 * file path or a {@code jdbc:postgresql:} URL with {@code db.user}/{@code db.password}), else
 * {@code orderdesk.db} in the data folder.
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
        if (commandLineDb != null) {
            return DatabaseConfig.sqlite(commandLineDb);
        }
        String fromEnv = env.get("ORDERDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DatabaseConfig.fromUrlOrFile(fromEnv, env.get("ORDERDESK_DB_USER"), env.get("ORDERDESK_DB_PASSWORD"));
        }
        String configured = props.getProperty("db");
        if (configured != null && !configured.isBlank()) {
            return DatabaseConfig.fromUrlOrFile(configured.trim(), props.getProperty("db.user"), props.getProperty("db.password"));
        }
        return DatabaseConfig.sqlite(dataFolder.resolve("orderdesk.db"));
    }
}
