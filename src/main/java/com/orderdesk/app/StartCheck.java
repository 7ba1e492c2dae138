package com.orderdesk.app;

import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.DatabaseProbe;
import com.orderdesk.persistence.ServerCheck;
import java.nio.file.Path;

/**
 * What the desk checks before it opens a book, in one place for the command line ({@code --db FILE},
 * {@code --db-url URL}) and for a file chosen in the refusal window: a server that answers, a SQLite file that is an
 * Order Desk book, or a file name not used yet (a new book with the demo data is written there). Nothing is written
 * by the check; a refusal is thrown as one sentence ({@link com.orderdesk.persistence.BadDatabaseException},
 * {@link ServerCheck.Unavailable}).
 */
public final class StartCheck {
    private StartCheck() {
    }

    /** {@code config}, once the server answers and a SQLite file is a book or absent; else throws with the sentence. */
    public static DatabaseConfig checked(DatabaseConfig config) {
        ServerCheck.check(config);
        DatabaseProbe.check(config, DatabaseProbe.Absent.CREATE);
        return config;
    }

    /** The folder a SQLite book lies in (where a person looks for the right book first); null for a server. */
    public static Path folderOf(DatabaseConfig config) {
        if (config == null || config.vendor() != DatabaseConfig.Vendor.SQLITE) {
            return null;
        }
        return Path.of(config.displayName()).toAbsolutePath().getParent();
    }

    /** The file as {@code --db FILE} names it, checked the same way. */
    public static DatabaseConfig file(Path file) {
        return checked(DatabaseConfig.sqlite(file));
    }
}
