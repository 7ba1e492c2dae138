package com.orderdesk.bench;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The set-up the book benchmarks share ({@code bench-credit}, {@code collections-bench}): the
 * database file, the size of the demo book built with {@code --create} (seed fixed, so two runs build
 * the same book), and either that new book with the demo user of the desk measured (the bench made
 * the book, so it holds its key) or an existing book signed in as a person.
 */
public final class BenchBookOptions {
    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "SQLite database to measure; with --create it is built first (must not exist yet).")
    Path db;

    @Option(names = "--customers", defaultValue = "100000", description = "Customers when creating (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--orders", defaultValue = "120000", description = "Orders of history when creating (default ${DEFAULT-VALUE}).")
    int orders;

    /** The book measured and the user acting on it. */
    record Opened(AppServices services, SignedInUser user) {
    }

    Path db() {
        return db;
    }

    /**
     * Why the file does not fit {@code create} (it exists and would be built, or is missing and would
     * be opened), as the command's one error line; null when it fits. {@code existsOption} names the
     * option blamed for an existing file.
     */
    String fileProblem(String command, boolean create, String existsOption) {
        if (create && Files.exists(db)) {
            return command + ": " + existsOption + ": " + db + " already exists; give a new file";
        }
        if (!create && !Files.exists(db)) {
            return command + ": --db: " + db + ": no such database file (add --create to build one)";
        }
        return null;
    }

    /**
     * Builds the demo book ({@code held} held orders wanted) and prints "created FILE: N customers,
     * N orders, {@code counts}, in S s", acting as the demo's {@code role}; or opens the existing
     * book and signs in with {@code permission}.
     */
    Opened open(boolean create, int held, Role role, Permission permission, SignInOptions signIn, Clock clock,
                PrintWriter out, Function<DemoDataGenerator.Result, String> counts) {
        if (create) {
            long t0 = System.nanoTime();
            BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(db), clock,
                    new DemoSize(customers, orders, 9, 20261126L), held, DemoBook.Extent.BULK_ONLY, p -> { });
            var r = written.result().orElseThrow();
            out.printf("created %s: %,d customers, %,d orders, %s, in %.1f s%n", db, r.customers(), r.orders(), counts.apply(r),
                    (System.nanoTime() - t0) / 1e9);
            return new Opened(written.services(), DemoBook.userOf(role, r.key()));
        }
        AppServices book = BookStart.openExisting(DatabaseConfig.sqlite(db), clock);
        return new Opened(book, signIn.signIn(book.signIn(), book.authorizer(), permission));
    }
}
