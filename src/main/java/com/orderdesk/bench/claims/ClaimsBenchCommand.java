package com.orderdesk.bench.claims;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the claims desk on a real SQLite book: opening the queue (every case with its customer
 * and invoice, as the screen loads it) and reading one case's evidence (lines, shipments, payment,
 * contract prices on the order date, earlier cases, history, proposal). Builds a demo book and adds
 * cases in bulk (plain SQL, spread over every status, reason and owner) up to --cases.
 */
@Command(name = "claims-bench", mixinStandardHelpOptions = true,
        description = "Time opening the claims queue and a case's evidence on a book with --cases cases (built in a new file).")
public final class ClaimsBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "New SQLite file to build and measure.")
    Path db;

    @Option(names = "--cases", defaultValue = "20000", description = "Cases in the book (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--customers", defaultValue = "600", description = "Customers of the demo book (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--orders", defaultValue = "3000", description = "Orders of the demo book (default ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--opens", defaultValue = "20", description = "Queue opens to time (default ${DEFAULT-VALUE}).")
    int opens;

    @Option(names = "--evidence", defaultValue = "200", description = "Evidence reads to time (default ${DEFAULT-VALUE}).")
    int evidence;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(db)) {
            err.println("claims-bench: --db: " + db + " already exists; give a new file");
            return 2;
        }
        if (cases < 1 || opens < 1 || evidence < 1) {
            err.println("claims-bench: --cases, --opens and --evidence must be at least 1");
            return 2;
        }
        Clock clock = Clock.systemDefaultZone();
        long t0 = System.nanoTime();
        BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(db), clock,
                new DemoSize(customers, orders, 9, 20261126L), 0, DemoBook.Extent.WHOLE, p -> { });
        var r = written.result().orElseThrow();
        SignedInUser ar = DemoBook.userOf(Role.AR_CLERK, r.key());
        try (AppServices services = written.services()) {
            int added = BulkCases.fill(services.unitOfWork(), cases, clock, new Random(14));
            out.printf("created %s: %,d customers, %,d orders, %,d cases added in bulk, in %.1f s%n", db, r.customers(),
                    r.orders(), added, (System.nanoTime() - t0) / 1e9);
            ClaimUseCases desk = services.claims();
            desk.queue(ar); // warm-up: JIT and page cache, as a desk that has been open a while
            double[] openMs = new double[opens];
            List<ClaimRow> queue = null;
            for (int i = 0; i < opens; i++) {
                long t = System.nanoTime();
                queue = desk.queue(ar).rows();
                openMs[i] = (System.nanoTime() - t) / 1e6;
            }
            out.printf("queue: %,d cases%n", queue.size());
            out.println(line("queue open", openMs, 300));
            Random pick = new Random(7);
            for (int i = 0; i < 10; i++) {
                desk.evidence(ar, queue.get(pick.nextInt(queue.size())).id());
            }
            double[] evidenceMs = new double[evidence];
            for (int i = 0; i < evidence; i++) {
                long id = queue.get(pick.nextInt(queue.size())).id();
                long t = System.nanoTime();
                desk.evidence(ar, id);
                evidenceMs[i] = (System.nanoTime() - t) / 1e6;
            }
            out.println(line("evidence", evidenceMs, 100));
            out.printf("machine: %d cores, load average %s (shared machine: figures taken under load are provisional)%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String line(String what, double[] ms, double targetMs) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        double p95 = s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
        return String.format("%-11s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms  (target <= %.0f ms: %s)", what, s.length,
                median, p95, s[s.length - 1], targetMs, p95 <= targetMs ? "met at p95"
                        : median <= targetMs ? "met at the median only" : "NOT met");
    }
}
