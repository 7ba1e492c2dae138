package com.orderdesk.bench.kpi;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.application.kpi.KpiUseCases;
import com.orderdesk.cli.DatabaseOptions;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dashboard-bench --db FILE --user NAME}: times what the dashboard does when it opens on a
 * book, as its view model does it: read the receivables and count the orders (two read units of
 * work, two threads), index them (half on a second thread), and compute the period's report (the
 * period, the previous one, its weeks and months). Several runs in one JVM: the first is the cold start a person sees first.
 */
@Command(name = "dashboard-bench", mixinStandardHelpOptions = true,
        description = "Time the finance dashboard's opening on a book: ledgers read, indexed, report of the period.")
public final class DashboardBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--runs", defaultValue = "5", description = "Openings to time (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--days", defaultValue = "90", description = "The period's length (default ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatabaseConfig config;
        try {
            config = database.toConfig();
        } catch (IllegalArgumentException e) {
            err.println("dashboard-bench: " + e.getMessage());
            return 2;
        }
        if (config == null || runs < 1 || days < 1) {
            err.println("dashboard-bench: name the book with --db FILE (build one with demo-data); --runs and --days at least 1");
            return 2;
        }
        try (AppServices book = BookStart.openExisting(config, Clock.systemDefaultZone())) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.VIEW_RECEIVABLES);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[][] ms = new double[3][runs];
            double[] cpuMs = new double[runs];
            double[] processCpuMs = new double[runs];
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            KpiUseCases.Counted read = null;
            KpiReport report = null;
            for (int r = 0; r < runs; r++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                // as the dashboard opens: each half indexed by the thread that read it, as soon as read
                KpiUseCases.Figures figures = book.kpi().figures(user, ForkJoinPool.commonPool());
                read = figures.read();
                long t1 = System.nanoTime();
                report = figures.book().report(Period.endingOn(LocalDate.now(), days));
                long t2 = System.nanoTime();
                cpuMs[r] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                processCpuMs[r] = (os.getProcessCpuTime() - p0) / 1e6;
                ms[0][r] = (t1 - t0) / 1e6;
                ms[1][r] = (t2 - t1) / 1e6;
                ms[2][r] = (t2 - t0) / 1e6;
            }
            var money = read.money();
            var counts = read.orders().counts();
            out.printf(Locale.ROOT, "Book: %,d invoices, %,d settlements (%,d invoices reconciled), %,d payments, %,d orders"
                            + " (counted on %,d channel-days; %,d shipped, counted in %,d rows); %d damaged rows left out.%n",
                    money.columns().invoiceCount(), money.columns().settlementCount(), money.reconciled(), money.payments().size(),
                    counts.entered().stream().mapToLong(e -> e.orders()).sum(), counts.entered().size(),
                    counts.shipped().size() + counts.shippedCounted().stream().mapToLong(c -> c.orders()).sum(),
                    counts.shippedCounted().size(), read.damaged().size());
            out.printf(Locale.ROOT, "Report: %d days ending %s, %d weeks, %d months; DSO %s, touchless %s.%n", days,
                    report.figures().asOf(), report.byWeek().size(), report.byMonth().size(), report.figures().dso(),
                    report.figures().touchlessOrderRate());
            out.printf(Locale.ROOT, "Elapsed ms over %d runs: first / fastest / median / p95 (load average %.1f)%n", runs,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String[] steps = {"read and index (2 connections, 2 threads)", "report of the period", "dashboard opening in all"};
            for (int s = 0; s < steps.length; s++) {
                print(out, steps[s], ms[s]);
            }
            print(out, "CPU of the opening thread", cpuMs);
            // every thread (both reads, both halves of the index, GC, JIT): under load, the figure that moves least
            print(out, "CPU of the process (all threads)", processCpuMs);
            firstDrillDowns(out, book, user, read);
            out.flush();
            return 0;
        }
    }

    /** What the first drill-downs read that the opening left out: the entered orders listed, the invoices' customers, the shipped orders listed. */
    private void firstDrillDowns(PrintWriter out, AppServices book, SignedInUser user, KpiUseCases.Counted read) {
        KpiUseCases.Figures figures = KpiUseCases.index(read, ForkJoinPool.commonPool());
        long t0 = System.nanoTime();
        KpiUseCases.Listed listed = book.kpi().listOrders(user, figures);
        int touched = listed.book().drillDown().ordersTouched(Period.endingOn(LocalDate.now(), days), null).size();
        long t1 = System.nanoTime();
        int customers = book.kpi().invoiceCustomers(user).size();
        long t2 = System.nanoTime();
        KpiUseCases.Listed shipped = book.kpi().listShippedOrders(user, figures);
        int shippedInPeriod = shipped.book().drillDown().ordersShipped(Period.endingOn(LocalDate.now(), days)).size();
        long t3 = System.nanoTime();
        out.printf(Locale.ROOT, "First drill-downs (after the openings): touched orders %.1f ms (%,d orders listed, %,d touched"
                + " in the period); invoices' customers %.1f ms (%,d); shipped orders %.1f ms (%,d listed, %,d in the period)%n",
                (t1 - t0) / 1e6, listed.orders().size(), touched, (t2 - t1) / 1e6, customers, (t3 - t2) / 1e6,
                shipped.orders().size(), shippedInPeriod);
    }

    private static void print(PrintWriter out, String what, double[] values) {
        double first = values[0];
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "  %-40s %8.1f %8.1f %8.1f %8.1f%n", what, first, sorted[0], sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)]);
    }
}
