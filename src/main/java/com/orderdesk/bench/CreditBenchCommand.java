package com.orderdesk.bench;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the credit-hold desk on a real database: opening the queue (every held order with its
 * customer and reasons, as the screen loads it) and releasing one order (authorisation, status,
 * release record, audit entry, one transaction). Releases orders, so run it on a benchmark copy.
 */
@Command(name = "bench-credit", mixinStandardHelpOptions = true,
        description = "Time opening the credit-hold queue and releasing held orders (releases some of them).")
public final class CreditBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    BenchBookOptions book;

    @Option(names = "--create", description = "Build the database first: --customers customers, --orders orders, at least --held held orders.")
    boolean create;

    @Option(names = "--held", defaultValue = "10000", description = "Held orders wanted when creating (default ${DEFAULT-VALUE}).")
    int held;

    /** Without --create: the credit manager to act as (the password from $ORDERDESK_PASSWORD). */
    @picocli.CommandLine.Mixin
    SignInOptions signIn;

    @Option(names = "--opens", defaultValue = "10", description = "Queue opens to time (default ${DEFAULT-VALUE}).")
    int opens;

    @Option(names = "--releases", defaultValue = "100", description = "Releases to time (default ${DEFAULT-VALUE}).")
    int releases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fileProblem = book.fileProblem("bench-credit", create, "--create");
        if (fileProblem != null) {
            err.println(fileProblem);
            return 2;
        }
        if (opens < 1 || releases < 1) {
            err.println("bench-credit: --opens and --releases must be at least 1");
            return 2;
        }
        BenchBookOptions.Opened opened = book.open(create, held, Role.CREDIT_MANAGER, Permission.RELEASE_CREDIT_HOLD, signIn,
                Clock.systemDefaultZone(), out, r -> String.format("%,d held", r.heldOrders()));
        SignedInUser manager = opened.user();
        try (AppServices services = opened.services()) {
            CreditUseCases desk = services.credit();
            long customerCount = services.unitOfWork().read(() -> com.orderdesk.persistence.CurrentSession.get()
                    .createSelectionQuery("select count(c) from Customer c", Long.class).getSingleResult());

            desk.heldOrders(manager); // warm-up: JIT and page cache, as a desk that has been open a while
            double[] openMs = new double[opens];
            List<HeldOrderRow> queue = null;
            for (int i = 0; i < opens; i++) {
                long t = System.nanoTime();
                queue = desk.heldOrders(manager).rows();
                openMs[i] = (System.nanoTime() - t) / 1e6;
            }
            out.printf("database: %s (%,d customers, %,d held orders)%n", book.db(), customerCount, queue.size());
            out.println(line("queue open", openMs, 500));

            int n = Math.min(releases, queue.size() - 1);
            if (n < 1) {
                err.println("bench-credit: not enough held orders to release");
                return 1;
            }
            desk.detail(manager, queue.get(queue.size() - 1).orderId());
            desk.release(manager, queue.get(queue.size() - 1).orderId(), "benchmark warm-up");
            double[] releaseMs = new double[n];
            double[] detailMs = new double[n];
            for (int i = 0; i < n; i++) {
                long id = queue.get(i).orderId();
                long t = System.nanoTime();
                desk.detail(manager, id);
                detailMs[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                desk.release(manager, id, "benchmark release");
                releaseMs[i] = (System.nanoTime() - t) / 1e6;
            }
            out.println(line("order detail", detailMs, -1));
            out.println(line("release", releaseMs, 50));
            return 0;
        }
    }

    private static String line(String what, double[] ms, double targetMs) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        double p95 = s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
        return String.format("%-13s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms%s", what, s.length, median, p95,
                s[s.length - 1], targetMs < 0 ? "" : String.format("  (target <= %.0f ms: %s)", targetMs,
                        p95 <= targetMs ? "met at p95" : median <= targetMs ? "met at the median only" : "NOT met"));
    }
}
