package com.orderdesk.bench.kpi;

import com.orderdesk.bench.Timed;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kpi-bench}: generates the ledgers of a large book and times the KPI engine on them, the
 * part of the finance dashboard's opening that does not depend on the database: indexing the
 * ledgers once, then the period's figures with the previous period and the weekly and monthly
 * series, and a drill-down.
 */
@Command(name = "kpi-bench", mixinStandardHelpOptions = true,
        description = {"Generates ledgers of a large book (default: 100,000 customers, 1,000,000 invoices, their "
                + "settlements and payments, 500,000 orders) and times the KPI engine: indexing, the figures of one "
                + "period, the dashboard's report (period, previous period, weekly and monthly series) and drill-downs.",
                "With --write DIR the ledgers are also written as the kpi command's CSV files."})
public final class KpiBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "100000", paramLabel = "N", description = "Customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--invoices", defaultValue = "1000000", paramLabel = "N", description = "Invoices over two years (default: ${DEFAULT-VALUE}).")
    int invoices;

    @Option(names = "--orders", defaultValue = "500000", paramLabel = "N", description = "Orders over two years (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--as-of", defaultValue = "2026-12-31", paramLabel = "YYYY-MM-DD", description = "As-of date (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--days", defaultValue = "90", paramLabel = "P", description = "Period length (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Repetitions of each timing (the first includes JIT warm-up).")
    int runs;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write invoices.csv, settlements.csv, payments.csv, orders.csv here.")
    Path write;

    @Override
    public Integer call() throws IOException {
        if (customers < 1 || invoices < 1 || orders < 0 || days < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--customers, --invoices, --days and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Ledgers ledgers = KpiLedgerGenerator.generate(customers, invoices, orders, seed, asOf);
        out.printf(Locale.ROOT, "Generated %,d invoices, %,d settlements, %,d payments, %,d orders for %,d customers (seed %d) in %.1f s%n",
                ledgers.invoices().size(), ledgers.settlements().size(), ledgers.payments().size(), ledgers.orders().size(),
                customers, seed, (System.nanoTime() - t0) / 1e9);
        if (write != null) {
            com.orderdesk.cli.KpiLedgerWriter.write(ledgers, write);
            out.println("Wrote the four ledger files to " + write);
        }
        out.println("Times in ms: elapsed (CPU of this thread), fastest run / median of " + runs
                + " runs; the machine may be shared, so elapsed includes waiting for a core.");
        KpiBook[] book = new KpiBook[1];
        // The generated records are young; collect now so the first timing does not pay for
        // promoting them (in the application they age while the book is read from the database).
        System.gc();
        time(out, "index the ledgers (KpiBook.of), one thread", () -> book[0] = KpiBook.of(ledgers));
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            time(out, "index the ledgers, orders on a second thread", () -> book[0] = KpiBook.of(ledgers, second));
        } finally {
            second.shutdown();
        }
        Period period = Period.endingOn(asOf, days);
        KpiFigures[] figures = new KpiFigures[1];
        time(out, "figures of the " + days + "-day period", () -> figures[0] = book[0].figures(period));
        KpiReport[] report = new KpiReport[1];
        time(out, "dashboard report (period, previous, weeks, months)", () -> report[0] = book[0].report(period));
        Period year = Period.endingOn(asOf, 365);
        time(out, "dashboard report for 365 days", () -> book[0].report(year));
        int[] drilled = new int[2];
        time(out, "drill-down: invoices over 90 days past due", () -> drilled[0] = book[0].drillDown().openInvoices(asOf, AgingBucket.OVER_90).size());
        time(out, "drill-down: touched orders of the period", () -> drilled[1] = book[0].drillDown().ordersTouched(period, null).size());
        printFigures(out, figures[0], report[0], drilled);
        out.flush();
        return 0;
    }

    private void time(PrintWriter out, String what, Supplier<Object> work) {
        long[] elapsed = new long[runs];
        long[] cpu = new long[runs];
        for (int run = 0; run < runs; run++) {
            Timed<Object> timed = Timed.of(Timed.THREAD_CPU, work::get);
            elapsed[run] = timed.elapsedNanos();
            cpu[run] = timed.cpuNanos();
        }
        long first = elapsed[0];
        long firstCpu = cpu[0];
        Arrays.sort(elapsed);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "  %-52s first %7.1f (%7.1f)  fastest %7.1f (%7.1f)  median %7.1f (%7.1f)%n", what,
                first / 1e6, firstCpu / 1e6, elapsed[0] / 1e6, cpu[0] / 1e6, elapsed[runs / 2] / 1e6, cpu[runs / 2] / 1e6);
        out.flush();
    }

    private static void printFigures(PrintWriter out, KpiFigures f, KpiReport report, int[] drilled) {
        out.printf(Locale.ROOT, "Figures for %s: AR %s (current %s), aging %s / %s / %s / %s / %s%n", f.period(), f.arTotal(),
                f.arCurrent(), f.aging().current(), f.aging().days1To30(), f.aging().days31To60(), f.aging().days61To90(),
                f.aging().over90());
        out.printf(Locale.ROOT, "  DSO %s, best possible %s, delinquent %s, countback %s, CEI %s%n", f.dso(), f.bestPossibleDso(),
                f.averageDaysDelinquent(), f.dsoCountback(), f.cei());
        out.printf(Locale.ROOT, "  touchless %s %s, auto cash %s, split %s, cost/order %s, perfect %s, days to ship %s, to pay %s%n",
                f.touchlessOrderRate(), f.touchlessByChannel(), f.autoCashRate(), f.splitShipmentRate(), f.costPerOrder(),
                f.perfectOrderRate(), f.daysToShip(), f.daysToPay());
        out.printf(Locale.ROOT, "  series: %d weeks, %d months; drill-down: %,d invoices over 90 days, %,d touched orders%n",
                report.byWeek().size(), report.byMonth().size(), drilled[0], drilled[1]);
    }
}
