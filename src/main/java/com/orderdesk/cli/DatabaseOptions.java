package com.orderdesk.cli;

import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The database options every command shares (a picocli mixin): a SQLite file with {@code --db},
 * or a PostgreSQL server with {@code --db-url}, {@code --db-user} and {@code --db-password-env}.
 * The password itself never goes on the command line (where {@code ps} and shell history show
 * it): the user names the environment variable that holds it.
 */
public final class DatabaseOptions {
    /** Read when {@code --db-password-env} is not given. */
    public static final String DEFAULT_PASSWORD_VARIABLE = "ORDERDESK_DB_PASSWORD";
    /** Read when {@code --db-user} is not given. */
    public static final String DEFAULT_USER_VARIABLE = "ORDERDESK_DB_USER";

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite database file.")
    Path file;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "PostgreSQL server instead of a file: jdbc:postgresql://HOST:PORT/DATABASE (several desks share it).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "PostgreSQL user (default: $" + DEFAULT_USER_VARIABLE + ").")
    String user;

    @Option(names = "--db-password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the PostgreSQL password (default: "
                    + DEFAULT_PASSWORD_VARIABLE + "). The password itself is never given on the command line.")
    String passwordVariable;

    /** How environment variables are read; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    /** The options as they were given, to hand the same book to another command (a benchmark runs one). */
    public java.util.List<String> asArguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (file != null) {
            args.addAll(java.util.List.of("--db", file.toString()));
        }
        if (url != null) {
            args.addAll(java.util.List.of("--db-url", url));
        }
        if (user != null) {
            args.addAll(java.util.List.of("--db-user", user));
        }
        if (passwordVariable != null) {
            args.addAll(java.util.List.of("--db-password-env", passwordVariable));
        }
        return args;
    }

    /** True when neither {@code --db} nor {@code --db-url} was given. */
    public boolean isEmpty() {
        return file == null && url == null;
    }

    /**
     * The database the options name, or null when none was given (the caller then falls back to
     * the settings). Contradictory or unsafe options are refused with a one-sentence
     * {@link IllegalArgumentException} that names the option.
     */
    public DatabaseConfig toConfig() {
        if (file != null && url != null) {
            throw new IllegalArgumentException("--db and --db-url both name a database; give only one of them.");
        }
        if (url == null) {
            if (user != null || passwordVariable != null) {
                throw new IllegalArgumentException((user != null ? "--db-user" : "--db-password-env")
                        + " belongs with --db-url (a SQLite file has no users).");
            }
            return file == null ? null : DatabaseConfig.sqlite(file);
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(DatabaseConfig.SQLITE_PREFIX)) {
            return DatabaseConfig.fromUrlOrFile(trimmed, null, null);
        }
        if (!trimmed.startsWith(DatabaseConfig.POSTGRESQL_PREFIX + "//")) {
            throw new IllegalArgumentException("--db-url: unsupported database address \"" + trimmed
                    + "\"; use jdbc:postgresql://HOST:PORT/DATABASE (or --db FILE for SQLite).");
        }
        if (lower.matches(".*[?&](password|sslpassword)=.*")) {
            throw new IllegalArgumentException("--db-url must not carry the password; put it in an environment variable"
                    + " and name that variable with --db-password-env.");
        }
        return DatabaseConfig.postgresql(trimmed, user != null ? user : env.apply(DEFAULT_USER_VARIABLE), password());
    }

    private String password() {
        if (passwordVariable == null) {
            return env.apply(DEFAULT_PASSWORD_VARIABLE);
        }
        String name = passwordVariable.trim();
        if (name.startsWith("$")) {
            name = name.substring(1);
        }
        String value = name.isEmpty() ? null : env.apply(name);
        if (value == null) {
            throw new IllegalArgumentException("--db-password-env: the environment variable \"" + name
                    + "\" is not set; export it with the password, then run the command again.");
        }
        return value;
    }
}
