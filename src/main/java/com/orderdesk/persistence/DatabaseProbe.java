package com.orderdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Looks at a SQLite database file before Flyway or Hibernate touch it, so that a file that is not
 * an Order Desk book is refused in one sentence and left exactly as it was: nothing is written,
 * no journal is created (the file is opened read-only and immutable when it has no WAL beside it).
 * Only the first start and {@code demo-data} create a book, and only where no file exists.
 */
public final class DatabaseProbe {
    /** What the caller may do when the file is absent. */
    public enum Absent { REFUSE, CREATE }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Tables every Order Desk book has had since its first version. */
    private static final Set<String> ORDER_DESK_TABLES = Set.of("app_user", "customer", "sales_order", "audit_entry");

    private DatabaseProbe() {
    }

    /**
     * Checks the SQLite file {@code config} names; returns true when it exists and is an Order Desk
     * book, false when it is absent and may be created; throws {@link BadDatabaseException} otherwise.
     * PostgreSQL databases are checked by {@link ServerCheck} and Flyway.
     */
    public static boolean check(DatabaseConfig config, Absent absent) {
        if (config.vendor() != DatabaseConfig.Vendor.SQLITE) {
            return true;
        }
        Path file = Path.of(config.displayName());
        if (!Files.exists(file)) {
            Path folder = file.toAbsolutePath().getParent();
            if (absent == Absent.REFUSE) {
                throw new BadDatabaseException(file + ": no such database file (create one with demo-data, or start the"
                        + " application once).");
            }
            if (folder != null && !Files.isDirectory(folder)) {
                throw new BadDatabaseException(file + ": the folder " + folder + " does not exist; create it first.");
            }
            if (folder != null && !writable(folder)) {
                throw new BadDatabaseException(file + ": the folder " + folder + " cannot be written to.");
            }
            return false;
        }
        if (Files.isDirectory(file)) {
            throw new BadDatabaseException(file + " is a folder, not an Order Desk database file.");
        }
        if (!Files.isReadable(file)) {
            throw new BadDatabaseException(file + " cannot be read (no permission).");
        }
        long size = size(file);
        if (size == 0) {
            throw new BadDatabaseException(file + " is empty (0 bytes), not an Order Desk database; Order Desk creates a"
                    + " new book only where no file exists.");
        }
        if (!startsWithSqliteHeader(file)) {
            throw new BadDatabaseException(file + " is not a SQLite database (it does not start with the SQLite header),"
                    + " so it is not an Order Desk book.");
        }
        if (!writable(file)) {
            throw new BadDatabaseException(file + " is read-only; Order Desk must be able to write to its book.");
        }
        Set<String> tables = tables(file);
        if (!tables.containsAll(ORDER_DESK_TABLES)) {
            throw new BadDatabaseException(file + " is a SQLite database of another program (it has none of Order Desk's"
                    + " tables: orders, customers, users, audit trail).");
        }
        return true;
    }

    /**
     * Writable, and not marked read-only: a superuser may write to any file, but a book its owner
     * marked read-only (no owner write bit) is still refused, as it is for everyone else.
     */
    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadDatabaseException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWithSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new BadDatabaseException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The file's table names, read without changing anything: immutable when no WAL lies beside
     * it (no lock, no journal), else read-only so the committed pages in the WAL are seen too.
     */
    private static Set<String> tables(Path file) {
        boolean wal = Files.exists(Path.of(file + "-wal"));
        String url = DatabaseConfig.SQLITE_PREFIX + "file:" + file.toAbsolutePath().toUri().getRawPath()
                + (wal ? "?mode=ro" : "?mode=ro&immutable=1");
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new BadDatabaseException(file + " is a damaged SQLite database (" + firstLine(e.getMessage()) + ").", e);
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
