package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.persistence.BadDatabaseException;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.ServerCheck;
import java.time.Clock;

/** Opens the book a command names, or ends the command with exit status 2 and one line saying what is wrong. */
final class BookAccess {
    private BookAccess() {
    }

    static AppServices openExisting(DatabaseOptions options, Clock clock) {
        DatabaseConfig config;
        try {
            config = options.toConfig();
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
        if (config == null) {
            throw new CommandFailure(2, "Name the book with --db FILE or --db-url jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        try {
            return BookStart.openExisting(config, clock);
        } catch (BadDatabaseException | ServerCheck.Unavailable e) {
            throw new CommandFailure(2, e.getMessage());
        }
    }
}
